import { describe, expect, it } from 'vitest';
import { PageCache, isCacheableRequest, pageCacheKey } from '@/lib/page-cache/page-cache';

const page = (size: number, storedAt = 0) => ({ status: 200, headers: [], body: new ArrayBuffer(size), storedAt });

describe('rendered-page cache', () => {
  it('keys pages by path and sorted, non-empty parameters', () => {
    expect(pageCacheKey(new URL('http://x/agencies?b=2&a=1&c='))).toBe('/agencies?a=1&b=2');
    expect(pageCacheKey(new URL('http://x/agencies?a=1&b=2'))).toBe('/agencies?a=1&b=2');
    expect(pageCacheKey(new URL('http://x/agencies'))).toBe('/agencies');
  });

  it('serves a page for its data version and forgets everything when the version changes', () => {
    const cache = new PageCache(10, 1e6, 60_000);
    cache.set('1', '/a', page(10));
    expect(cache.get('1', '/a', 1)).toBeDefined();
    expect(cache.get('2', '/a', 1)).toBeUndefined();
    expect(cache.get('1', '/a', 1)).toBeUndefined();
  });

  it('expires entries after the time-to-live', () => {
    const cache = new PageCache(10, 1e6, 1000);
    cache.set('1', '/a', page(10, 0));
    expect(cache.get('1', '/a', 999)).toBeDefined();
    expect(cache.get('1', '/a', 1001)).toBeUndefined();
  });

  it('evicts the least recently used entry beyond its size', () => {
    const cache = new PageCache(2, 1e6, 60_000);
    cache.set('1', '/a', page(1));
    cache.set('1', '/b', page(1));
    cache.get('1', '/a', 0);
    cache.set('1', '/c', page(1));
    expect(cache.get('1', '/b', 0)).toBeUndefined();
    expect(cache.get('1', '/a', 0)).toBeDefined();
    expect(cache.stats().entries).toBe(2);
  });

  it('caches only plain document GETs', () => {
    expect(isCacheableRequest('GET', new Headers({ accept: 'text/html' }))).toBe(true);
    expect(isCacheableRequest('POST', new Headers({ accept: 'text/html' }))).toBe(false);
    expect(isCacheableRequest('GET', new Headers({ rsc: '1' }))).toBe(false);
    expect(isCacheableRequest('GET', new Headers({ 'next-router-prefetch': '1' }))).toBe(false);
    expect(isCacheableRequest('GET', new Headers({ accept: 'application/json' }))).toBe(false);
  });
});
