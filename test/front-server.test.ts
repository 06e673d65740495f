import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFrontServer } from '@/lib/page-cache/front-server';
import { versionFile } from '@/lib/store/version-file';

/** A stand-in for Next's request handler that counts renders and can be told what to answer. */
function fakeNext() {
  const renders: string[] = [];
  let stamp = 0;
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = req.url ?? '/';
    renders.push(url);
    await new Promise((r) => setTimeout(r, 20));
    if (url.startsWith('/old')) {
      res.writeHead(308, { location: `http://${req.headers.host}/new` }).end();
      return;
    }
    if (url.startsWith('/agencies/0')) {
      // What Next sends for notFound() thrown by a detail page: a shell only JavaScript fills.
      res
        .writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>');
      return;
    }
    if (url === '/_orbit/not-found') {
      res
        .writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          '<!DOCTYPE html><html lang="en"><body><h1>We couldn’t find that page</h1></body></html>',
        );
      return;
    }
    if (url.startsWith('/missing')) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<p>not found</p>');
      return;
    }
    if (url === '/same') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('unchanged');
      return;
    }
    stamp += 1;
    const html = `<!DOCTYPE html><title>${url}</title><p>render ${stamp}</p>`.padEnd(4000, ' ');
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'x-frame-options': 'DENY',
        // What Next sends with every dynamic page.
        'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate',
        vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch',
      })
      .end(html);
  };
  return { handle, renders };
}

describe('front server (response cache before Next)', () => {
  let dir: string;
  let server: http.Server;
  let base: string;
  let next: ReturnType<typeof fakeNext>;
  const dbFile = () => path.join(dir, 'orbit.db');

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'front-'));
    fs.writeFileSync(versionFile(dbFile()), 'v1');
    next = fakeNext();
    server = createFrontServer({
      handle: next.handle,
      databaseFile: dbFile(),
      live: false,
      enabled: true,
      ttlMs: 60_000,
      maxEntries: 100,
      maxBytes: 1e7,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('renders a page once, then serves the same bytes from memory with the headers Next set', async () => {
    const first = await fetch(`${base}/launches?b=2&a=1`);
    const firstBody = await first.text();
    expect(first.headers.get('x-page-cache')).toBe('MISS');
    const second = await fetch(`${base}/launches?a=1&b=2`);
    expect(second.headers.get('x-page-cache')).toBe('HIT');
    expect(await second.text()).toBe(firstBody);
    expect(second.headers.get('x-frame-options')).toBe('DENY');
    expect(next.renders.filter((u) => u.startsWith('/launches'))).toHaveLength(1);
  });

  it('sends the precompressed body the client accepts, and 304 for a matching ETag', async () => {
    await fetch(`${base}/agencies`);
    const raw = await new Promise<{
      encoding?: string;
      vary?: string;
      etag?: string;
      body: Buffer;
    }>((resolve, reject) => {
      // node:http, not fetch: fetch would decompress the body and hide what was sent.
      http
        .get(`${base}/agencies`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              encoding: res.headers['content-encoding'],
              vary: res.headers.vary,
              etag: res.headers.etag,
              body: Buffer.concat(chunks),
            }),
          );
        })
        .on('error', reject);
    });
    expect(raw.encoding).toBe('gzip');
    expect(raw.vary).toContain('Accept-Encoding');
    expect(zlib.gunzipSync(raw.body).toString()).toContain('<title>/agencies</title>');
    const revalidated = await fetch(`${base}/agencies`, {
      headers: { 'if-none-match': raw.etag! },
    });
    expect(revalidated.status).toBe(304);
  });

  it('renders again after the data version changes (a sync or import), never serving stale pages', async () => {
    const before = await (await fetch(`${base}/events`)).text();
    fs.writeFileSync(versionFile(dbFile()), 'v2');
    const after = await fetch(`${base}/events`);
    expect(after.headers.get('x-page-cache')).toBe('MISS');
    expect(await after.text()).not.toBe(before);
  });

  it('shares one render between concurrent misses of the same page', async () => {
    const bodies = await Promise.all(
      Array.from({ length: 8 }, () => fetch(`${base}/spacecraft`).then((r) => r.text())),
    );
    expect(new Set(bodies).size).toBe(1);
    expect(next.renders.filter((u) => u === '/spacecraft')).toHaveLength(1);
  });

  it('caches permanent redirects with a host-independent location, and never caches errors', async () => {
    const redirect = await fetch(`${base}/old`, { redirect: 'manual' });
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get('location')).toBe('/new');
    expect((await fetch(`${base}/old`, { redirect: 'manual' })).headers.get('x-page-cache')).toBe(
      'HIT',
    );

    expect((await fetch(`${base}/missing`)).status).toBe(404);
    const again = await fetch(`${base}/missing`);
    expect(again.status).toBe(404);
    expect(again.headers.get('x-page-cache')).toBe('BYPASS');
  });

  it("answers a detail page's notFound() with Next's complete 404 page, still a 404", async () => {
    const response = await fetch(`${base}/agencies/0-unknown`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('We couldn’t find that page');
    expect(html).not.toContain('__next_error__');
    expect(response.headers.get('x-page-cache')).toBe('BYPASS');
  });

  it('renders that 404 page once per data version, whichever unknown record is asked for', async () => {
    await fetch(`${base}/agencies/0-one`);
    await fetch(`${base}/agencies/0-two`);
    expect(next.renders.filter((u) => u === '/_orbit/not-found')).toHaveLength(1);
    fs.writeFileSync(versionFile(dbFile()), 'v2');
    expect(await (await fetch(`${base}/agencies/0-three`)).text()).toContain('We couldn’t find');
    expect(next.renders.filter((u) => u === '/_orbit/not-found')).toHaveLength(2);
  });

  it('passes router, personal and asset requests straight to Next', async () => {
    await fetch(`${base}/programs`);
    const rsc = await fetch(`${base}/programs`, { headers: { rsc: '1' } });
    expect(rsc.headers.get('x-page-cache')).toBeNull();
    await fetch(`${base}/_next/static/a.js`);
    await fetch(`${base}/_next/static/a.js`);
    expect(next.renders.filter((u) => u === '/_next/static/a.js')).toHaveLength(2);
    const stats = (await (await fetch(`${base}/_orbit/page-cache`)).json()) as {
      hits: number;
      misses: number;
    };
    expect(stats.misses).toBe(1);
  });

  it('lets shared caches keep each kind of page for its own time, keyed by the URL alone', async () => {
    const upcoming = await fetch(`${base}/launches/upcoming`);
    expect(upcoming.headers.get('cache-control')).toBe(
      'public, max-age=0, s-maxage=60, stale-while-revalidate=300',
    );
    expect(upcoming.headers.get('vary')).toBe('Accept-Encoding');
    const list = await fetch(`${base}/agencies`);
    expect(list.headers.get('cache-control')).toContain('s-maxage=300');
    // A hit says how long it has been kept, so a CDN's s-maxage counts from the render.
    const hit = await fetch(`${base}/agencies`);
    expect(hit.headers.get('x-page-cache')).toBe('HIT');
    expect(Number(hit.headers.get('age'))).toBeGreaterThanOrEqual(0);
    // What is not kept here goes out as Next sent it: never public.
    expect((await fetch(`${base}/missing`)).headers.get('cache-control')).toBe('private, no-store');
  });

  it('answers If-None-Match with 304, for any encoding of the body and a list of tags', async () => {
    const plain = await fetch(`${base}/programs`, { headers: { 'accept-encoding': 'identity' } });
    const gzipTag = (
      await fetch(`${base}/programs`, { headers: { 'accept-encoding': 'gzip' } })
    ).headers.get('etag')!;
    const tag = plain.headers.get('etag')!;
    expect(tag).toMatch(/^"[\w-]+"$/);
    expect(gzipTag).toBe(`${tag.slice(0, -1)}-gzip"`);
    for (const ifNoneMatch of [tag, gzipTag, `"other", W/${tag}`, '*']) {
      const revalidated = await fetch(`${base}/programs`, {
        headers: { 'if-none-match': ifNoneMatch, 'accept-encoding': 'br' },
      });
      expect(revalidated.status, ifNoneMatch).toBe(304);
      expect(revalidated.headers.get('cache-control')).toContain('s-maxage=');
    }
    expect(
      (await fetch(`${base}/programs`, { headers: { 'if-none-match': '"other"' } })).status,
    ).toBe(200);
  });

  it('changes the ETag with the data version and the URL, even for the same bytes', async () => {
    const first = (await fetch(`${base}/same`)).headers.get('etag')!;
    expect((await fetch(`${base}/same?a=1`)).headers.get('etag')).not.toBe(first);
    fs.writeFileSync(versionFile(dbFile()), 'v2');
    const after = await fetch(`${base}/same`, { headers: { 'if-none-match': first } });
    expect(after.status).toBe(200);
    expect(await after.text()).toBe('unchanged');
    expect(after.headers.get('etag')).not.toBe(first);
  });
});
