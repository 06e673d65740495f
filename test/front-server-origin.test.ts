import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publicOrigin } from '@/lib/api/public-origin';
import { createFrontServer } from '@/lib/page-cache/front-server';
import { versionFile } from '@/lib/store/version-file';

/**
 * With TRUST_PROXY and no SITE_URL, API answers carry the origin each client asked for: the
 * response cache must keep one copy per origin, and the render must be told which.
 */
describe('front server with a per-request public origin', () => {
  let dir: string;
  let server: http.Server;
  let port: number;
  const renders: string[] = [];
  const settings = { SITE_URL: 'http://localhost:3000', SITE_URL_SET: false, TRUST_PROXY: true };
  const originOf = (req: http.IncomingMessage) =>
    publicOrigin((name) => [req.headers[name]].flat()[0], settings);

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'front-origin-'));
    const databaseFile = path.join(dir, 'orbit.db');
    fs.writeFileSync(versionFile(databaseFile), 'v1');
    renders.length = 0;
    // Next's part: answers with a link on the origin its request names.
    const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
      const origin = originOf(req);
      renders.push(origin);
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ next: `${origin}/api/2.3.0/launches/?offset=10` }));
    };
    server = createFrontServer({
      handle,
      databaseFile,
      live: false,
      enabled: true,
      ttlMs: 60_000,
      maxEntries: 100,
      maxBytes: 1e7,
      originOf,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function get(headers: Record<string, string>): Promise<{ body: string; cache: string }> {
    return new Promise((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port, path: '/api/2.3.0/launches/', headers },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ body, cache: String(res.headers['x-page-cache']) }));
        },
      );
      req.on('error', reject);
    });
  }

  it('answers each origin with its own links, each cached on its own', async () => {
    const a = { 'x-forwarded-host': 'orbit.example', 'x-forwarded-proto': 'https' };
    const b = { host: 'mirror.example:8080' };
    expect(await get(a)).toEqual({
      body: '{"next":"https://orbit.example/api/2.3.0/launches/?offset=10"}',
      cache: 'MISS',
    });
    expect(await get(b)).toEqual({
      body: '{"next":"http://mirror.example:8080/api/2.3.0/launches/?offset=10"}',
      cache: 'MISS',
    });
    expect((await get(a)).cache).toBe('HIT');
    expect((await get(b)).body).toContain('http://mirror.example:8080/');
    // The renders were asked for the client's origin, not the internal 127.0.0.1 address.
    expect(renders).toEqual(['https://orbit.example', 'http://mirror.example:8080']);
  });
});
