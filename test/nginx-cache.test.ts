import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachePolicy } from '@/lib/page-cache/cache-policy';
import { createFrontServer } from '@/lib/page-cache/front-server';
import { versionFile } from '@/lib/store/version-file';
import { NGINX, startNginx } from '@/tools/nginx/temp-proxy';
import { freePort } from '@/tools/postgres/temp-server';

/**
 * The headers the front server sends, proved against a real shared cache: Debian's nginx as a
 * caching reverse proxy in front of it, as an operator would put it. Pages are kept for one
 * second here (not a minute) so expiry fits in a test.
 */
const hasNginx = fs.existsSync(NGINX);
if (!hasNginx) console.warn(`nginx-cache.test.ts skipped: ${NGINX} not found (apt install nginx)`);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!hasNginx)('nginx in front of the front server', () => {
  let dir: string;
  let front: http.Server;
  let nginx: ChildProcess;
  let base: string;
  const renders: string[] = [];
  let version = 1;
  const dbFile = () => path.join(dir, 'orbit.db');

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-cache-'));
    fs.writeFileSync(versionFile(dbFile()), `v${version}`);
    front = createFrontServer({
      // Next's part: a page that names the data version it was rendered from.
      handle: async (req, res) => {
        const url = req.url ?? '/';
        renders.push(url);
        if (url.startsWith('/account')) {
          res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'session=1' });
          res.end('<p>yours</p>');
          return;
        }
        if (url.startsWith('/missing')) {
          res.writeHead(404, { 'content-type': 'text/html' }).end('<p>not found</p>');
          return;
        }
        const data = fs.readFileSync(versionFile(dbFile()), 'utf8');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!DOCTYPE html><title>${url}</title><p>data ${data}</p>`);
      },
      databaseFile: dbFile(),
      live: false,
      enabled: true,
      ttlMs: 60_000,
      maxEntries: 100,
      maxBytes: 1e7,
      policyFor: (pathname, body, now) => ({
        ...cachePolicy(pathname, body, now),
        sMaxAge: 1,
        staleWhileRevalidate: 0,
      }),
    });
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
    const upstream = (front.address() as AddressInfo).port;
    const port = await freePort();
    nginx = startNginx(dir, [{ port, upstreams: [upstream], cache: true }]);
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 50; i += 1) {
      if (
        await fetch(base).then(
          () => true,
          () => false,
        )
      )
        return;
      await sleep(100);
    }
    throw new Error(`nginx did not start: ${fs.readFileSync(`${dir}/error.log`, 'utf8')}`);
  }, 15_000);

  afterAll(async () => {
    if (nginx?.exitCode === null) {
      const exited = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill('SIGTERM');
      await exited;
    }
    front?.closeAllConnections();
    await new Promise((resolve) => front?.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const get = async (pathname: string, headers: Record<string, string> = {}) => {
    const response = await fetch(base + pathname, { headers });
    return {
      response,
      status: response.status,
      cache: response.headers.get('x-cache-status'),
      body: await response.text(),
    };
  };

  it('serves the second request from its cache, and 304 to a client holding the ETag', async () => {
    const first = await get('/agencies');
    expect(first.cache).toBe('MISS');
    const second = await get('/agencies');
    expect(second.cache).toBe('HIT');
    expect(second.body).toBe(first.body);
    expect(renders.filter((u) => u === '/agencies')).toHaveLength(1);
    const etag = second.response.headers.get('etag')!;
    const conditional = await get('/agencies', { 'if-none-match': etag });
    expect(conditional.status).toBe(304);
  });

  it('revalidates an expired copy with a 304 when the data has not changed', async () => {
    await get('/programs');
    await sleep(2100);
    const revalidated = await get('/programs');
    expect(revalidated.cache).toBe('REVALIDATED');
    expect(revalidated.body).toContain(`data v${version}`);
  });

  it('shows a sync through the proxy once the page has been kept for its s-maxage', async () => {
    const before = await get('/launches/upcoming');
    expect(before.body).toContain(`data v${version}`);
    version += 1;
    fs.writeFileSync(versionFile(dbFile()), `v${version}`);
    // Within s-maxage the proxy may still answer from its copy…
    expect((await get('/launches/upcoming')).cache).toBe('HIT');
    await sleep(2100);
    // …after it, the new data version has a new ETag: a full answer, the new page.
    const after = await get('/launches/upcoming');
    expect(after.cache).toBe('EXPIRED');
    expect(after.body).toContain(`data v${version}`);
  });

  it('never stores what is private: errors and answers that set a cookie', async () => {
    for (const pathname of ['/missing', '/account']) {
      await get(pathname);
      const again = await get(pathname);
      expect(again.cache, pathname).toBe('MISS');
      expect(
        renders.filter((u) => u === pathname),
        pathname,
      ).toHaveLength(2);
    }
  });
});
