import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  type CachedResponse,
  chooseEncoding,
  compressTo,
  isCacheablePath,
  isCacheableRequest,
  missingEncoding,
  PageCache,
  pageCacheKey,
  toCachedResponse,
} from '@/lib/page-cache/page-cache';

const page = (size: number, storedAt = Date.now()) =>
  toCachedResponse(
    { status: 200, headers: [['content-type', 'text/plain']], body: Buffer.alloc(size, 'a') },
    storedAt,
  );

describe('response cache', () => {
  it('keys pages by path and parameters sorted by name', () => {
    expect(pageCacheKey(new URL('http://x/agencies?b=2&a=1'))).toBe('/agencies?a=1&b=2');
    expect(pageCacheKey(new URL('http://x/agencies?a=1&b=2'))).toBe('/agencies?a=1&b=2');
    expect(pageCacheKey(new URL('http://x/agencies'))).toBe('/agencies');
  });

  it('keeps what changes the answer: the order of a repeated key, and empty form fields', () => {
    // The last value wins, so these are different queries.
    expect(pageCacheKey(new URL('http://x/launches?search=b&search=a'))).not.toBe(
      pageCacheKey(new URL('http://x/launches?search=a&search=b')),
    );
    // A GET form's empty fields answer with a redirect to the clean URL, not with its page.
    expect(pageCacheKey(new URL('http://x/agencies?a=1&c='))).not.toBe(
      pageCacheKey(new URL('http://x/agencies?a=1')),
    );
  });

  it('serves a page for its data version and forgets everything when the version changes', async () => {
    const cache = new PageCache(10, 1e6, 60_000);
    cache.set('1', '/a', await page(10));
    expect(cache.get('1', '/a')).toBeDefined();
    expect(cache.get('2', '/a')).toBeUndefined();
    expect(cache.get('1', '/a')).toBeUndefined();
  });

  it('expires entries after the time-to-live', async () => {
    // A wall-clock time: lru-cache reads a start time of 0 as "no start".
    const t0 = Date.parse('2026-01-01T00:00:00Z');
    let now = t0;
    const cache = new PageCache(10, 1e6, 1000, () => now);
    cache.set('1', '/a', await page(10, t0));
    now = t0 + 999;
    expect(cache.get('1', '/a')).toBeDefined();
    now = t0 + 1001;
    expect(cache.get('1', '/a')).toBeUndefined();
    // The age counts from when the response was stored, not from when it entered the cache.
    cache.set('1', '/b', await page(10, t0 + 500));
    expect(cache.get('1', '/b')).toBeDefined();
    now = t0 + 1501;
    expect(cache.get('1', '/b')).toBeUndefined();
    // PAGE_CACHE_TTL_MS=0 keeps nothing (lru-cache alone would read it as "never expires").
    const off = new PageCache(10, 1e6, 0, () => now);
    off.set('1', '/a', await page(10, now));
    expect(off.get('1', '/a')).toBeUndefined();
  });

  it('evicts the least recently used entry beyond its count or its bytes', async () => {
    const cache = new PageCache(2, 1e6, 60_000);
    cache.set('1', '/a', await page(1));
    cache.set('1', '/b', await page(1));
    cache.get('1', '/a');
    cache.set('1', '/c', await page(1));
    expect(cache.get('1', '/b')).toBeUndefined();
    expect(cache.get('1', '/a')).toBeDefined();
    expect(cache.stats().entries).toBe(2);

    // The byte budget counts every stored encoding of a body; one entry may take a quarter.
    const small = new PageCache(100, 10_000, 60_000);
    for (const key of ['/v', '/w', '/x', '/y', '/z']) small.set('1', key, await page(2400));
    expect(small.stats().bytes).toBeLessThanOrEqual(10_000);
    expect(small.stats().entries).toBe(4);
    expect(small.get('1', '/v')).toBeUndefined();
    small.set('1', '/huge', await page(3000));
    expect(small.get('1', '/huge')).toBeUndefined();
  });

  it('stores Brotli and gzip copies of text that decompress to the original', async () => {
    const body = Buffer.from('<html>'.padEnd(5000, 'x'));
    const entry = await toCachedResponse(
      {
        status: 200,
        headers: [
          ['content-type', 'text/html; charset=utf-8'],
          ['content-length', '5000'],
          ['vary', 'rsc'],
        ],
        body,
      },
      0,
    );
    expect(zlib.brotliDecompressSync(entry.bodies.br!).equals(body)).toBe(true);
    expect(zlib.gunzipSync(entry.bodies.gzip!).equals(body)).toBe(true);
    // Next's router requests carry `_rsc` in the URL: the URL alone keys a page.
    expect(entry.headers).toContainEqual(['vary', 'Accept-Encoding']);
    expect(entry.headers.some(([name]) => name === 'content-length')).toBe(false);
    expect(entry.etag).toMatch(/^"[\w-]+"$/);
    // Binary and tiny bodies are kept as they are.
    const png = await toCachedResponse(
      { status: 200, headers: [['content-type', 'image/png']], body: Buffer.alloc(5000) },
      0,
    );
    expect(png.bodies.gzip).toBeUndefined();
  });

  it('compresses only the copies asked for, and adds another when a reader wants it', async () => {
    const body = Buffer.from('<html>'.padEnd(5000, 'y'));
    const entry = await toCachedResponse(
      { status: 200, headers: [['content-type', 'text/html']], body },
      0,
      { encodings: ['br'] },
    );
    expect(entry.bodies.gzip).toBeUndefined();
    expect(missingEncoding('gzip, deflate, br', entry)).toBeNull();
    expect(missingEncoding('identity', entry)).toBeNull();
    expect(missingEncoding('gzip', entry)).toBe('gzip');
    await Promise.all([compressTo(entry, 'gzip'), compressTo(entry, 'gzip')]);
    expect(zlib.gunzipSync(entry.bodies.gzip!).equals(body)).toBe(true);
    expect(missingEncoding('gzip', entry)).toBeNull();
  });

  it('recompresses a page read twice at the best Brotli quality, in the background', async () => {
    // Text with structure, like a page: quality 11 finds what quality 5 does not.
    const body = Buffer.from(
      Array.from(
        { length: 3000 },
        (_, i) => `<li><a href="/launches/${i * 7919}">Launch ${i}</a></li>`,
      ).join(''),
    );
    const html = (b: Buffer) =>
      toCachedResponse(
        { status: 200, headers: [['content-type', 'text/html']], body: b },
        Date.now(),
      );
    const cache = new PageCache(10, 10_000_000, 60_000);
    const entry = await html(body);
    const first = entry.bodies.br!;
    cache.set('v1', '/a', entry);
    const once = await html(Buffer.from(body));
    cache.set('v1', '/once', once);
    expect(cache.get('v1', '/a')).toBe(entry);
    expect(cache.stats().recompressing).toBe(1);
    while (cache.stats().recompressing > 0) await new Promise((r) => setTimeout(r, 10));

    expect(entry.bodies.br!.length).toBeLessThan(first.length * 0.95);
    expect(zlib.brotliDecompressSync(entry.bodies.br!).equals(body)).toBe(true);
    // The cache's byte count follows the smaller body; a page read once is left alone.
    const sizes = (e: CachedResponse) =>
      e.bodies.identity.length + e.bodies.br!.length + e.bodies.gzip!.length;
    expect(cache.stats().bytes).toBe(sizes(entry) + sizes(once));
    cache.get('v1', '/a');
    expect(cache.stats().recompressing).toBe(0);
  });

  it('picks the encoding the client accepts, honouring q=0', () => {
    const bodies = { identity: Buffer.from('a'), gzip: Buffer.from('g'), br: Buffer.from('b') };
    expect(chooseEncoding('gzip, deflate, br, zstd', bodies)).toBe('br');
    expect(chooseEncoding('gzip', bodies)).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5', bodies)).toBe('gzip');
    expect(chooseEncoding('*', bodies)).toBe('br');
    expect(chooseEncoding('*;q=0, identity', bodies)).toBe('identity');
    expect(chooseEncoding(undefined, bodies)).toBe('identity');
    expect(chooseEncoding('br', { identity: Buffer.from('a') })).toBe('identity');
  });

  it('caches only plain reads, never personal or router requests', () => {
    expect(isCacheableRequest('GET', { accept: 'text/html' })).toBe(true);
    expect(isCacheableRequest('GET', { accept: 'application/json' })).toBe(true);
    expect(isCacheableRequest('HEAD', {})).toBe(true);
    expect(isCacheableRequest('POST', { accept: 'text/html' })).toBe(false);
    expect(isCacheableRequest('GET', { rsc: '1' })).toBe(false);
    expect(isCacheableRequest('GET', { 'next-router-prefetch': '1' })).toBe(false);
    expect(isCacheableRequest('GET', { cookie: 'a=b' })).toBe(false);
    expect(isCacheableRequest('GET', { authorization: 'Token x' })).toBe(false);
  });

  it('stands in front of pages and the API, not Next assets or the image proxy', () => {
    expect(isCacheablePath('/launches')).toBe(true);
    expect(isCacheablePath('/api/2.3.0/launches/')).toBe(true);
    expect(isCacheablePath('/launches/feed.xml')).toBe(true);
    expect(isCacheablePath('/_next/static/chunks/a.js')).toBe(false);
    expect(isCacheablePath('/api/image')).toBe(false);
  });
});
