import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/search/route';
import type { SearchErrorResponse, SearchResponse } from '@/lib/search/types';
import { useEmbeddedStore } from './helpers';

let restore: () => void;
beforeAll(() => {
  restore = useEmbeddedStore();
});
afterAll(() => restore());

const call = (query: string) => GET(new NextRequest(`http://localhost/api/search?${query}`));

describe('GET /api/search', () => {
  it('returns only resources with matches, top 3 each by default', async () => {
    const response = await call('q=soyuz');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/max-age=60/);
    const body = (await response.json()) as SearchResponse;
    expect(body.q).toBe('soyuz');
    expect(body.groups.map((g) => g.resource)).toEqual([
      'launches',
      'spacecraft',
      'launcher_configurations',
      'spacecraft_configurations',
      'programs',
    ]);
    const launches = body.groups[0]!;
    expect(launches).toMatchObject({
      label: 'Launches',
      total: 9,
      href: '/launches?search=soyuz',
    });
    expect(launches.items).toHaveLength(3);
    for (const item of launches.items) {
      expect(Object.keys(item).sort()).toEqual(['href', 'subtitle', 'title']);
    }
  });

  it('honours limit', async () => {
    const body = (await (await call('q=soyuz&limit=1')).json()) as SearchResponse;
    expect(body.groups.every((g) => g.items.length === 1)).toBe(true);
  });

  it('answers an empty list for no matches', async () => {
    const response = await call('q=qwertyuiop');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ q: 'qwertyuiop', groups: [] });
  });

  it.each([
    ['no q', '', ['q']],
    ['a blank q', 'q=%20', ['q']],
    ['an overlong q', `q=${'x'.repeat(101)}`, ['q']],
    ['a bad limit', 'q=iss&limit=50', ['limit']],
  ])('answers 400 for %s', async (_, query, keys) => {
    const response = await call(query);
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as SearchErrorResponse;
    expect(Object.keys(body.errors)).toEqual(keys);
  });
});

describe('GET /api/search when live data is unavailable', () => {
  it('answers 503 instead of failing', async () => {
    const { getDataSource, setDataSource } = await import('@/lib/data');
    const { LiveDataUnavailableError } = await import('@/lib/data/live-error');
    const working = getDataSource();
    setDataSource({
      ...working,
      kind: 'live',
      list: async () => {
        throw new LiveDataUnavailableError('LL2 rate limit reached');
      },
      // A new version keeps earlier answers in the list cache from being reused.
      version: () => -1,
    });
    try {
      const response = await call('q=nothing-cached-for-this');
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('60');
    } finally {
      setDataSource(working);
    }
  });
});
