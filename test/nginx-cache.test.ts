import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachePolicy } from '@/lib/page-cache/cache-policy';
import { createFrontServer } from '@/lib/page-cache/front-server';
import { versionFile } from '@/lib/store/version-file';

/**
 * The headers the front server sends, proved against a real shared cache: Debian's nginx as a
 * caching reverse proxy in front of it, as an operator would put it. Pages are kept for one
 * second here (not a minute) so expiry fits in a test.
 */
const NGINX = '/usr/sbin/nginx';
const hasNginx = fs.existsSync(NGINX);
if (!hasNginx) console.warn(`nginx-cache.test.ts skipped: ${NGINX} not found (apt install nginx)`);

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

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
    const conf = path.join(dir, 'nginx.conf');
    fs.writeFileSync(
      conf,
      // As root, workers would run as nobody, who cannot write to this private temp dir.
      `${process.getuid?.() === 0 ? 'user root root;' : ''}
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  proxy_cache_path ${dir}/cache keys_zone=orbit:1m;
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://127.0.0.1:${upstream};
      proxy_http_version 1.1;
      proxy_cache orbit;
      proxy_cache_revalidate on;
      add_header X-Cache-Status $upstream_cache_status always;
    }
  }
}
`,
    );
    nginx = spawn(NGINX, ['-p', dir, '-e', `${dir}/error.log`, '-c', conf], { stdio: 'ignore' });
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
