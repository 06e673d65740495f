import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LastGoodCache, memoryDataCache, type CachedAnswer } from '@/lib/data/live-cache';

const T0 = Date.parse('2026-01-01T00:00:00Z');
const options = { revalidate: 60, tags: [] };

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A loader whose answers say when they were fetched and how many loads there were. */
function loader(clock: { t: number }) {
  const load = async (): Promise<CachedAnswer<number>> => {
    load.calls += 1;
    return { fetchedAt: new Date(clock.t).toISOString(), data: load.calls };
  };
  load.calls = 0;
  return load;
}

describe('memory data cache', () => {
  it('serves an answer until it is `revalidate` seconds old, counted from when it was fetched', async () => {
    const clock = { t: T0 };
    const cache = memoryDataCache(() => clock.t);
    const load = loader(clock);
    expect((await cache('a', options, load)).data).toBe(1);
    clock.t = T0 + 59_000;
    expect((await cache('a', options, load)).data).toBe(1);
    clock.t = T0 + 61_000;
    expect((await cache('a', options, load)).data).toBe(2);

    // An answer fetched long before it reaches the cache is already old.
    const late = async () => ({ fetchedAt: new Date(T0).toISOString(), data: 0 });
    expect((await cache('b', options, late)).data).toBe(0);
    expect((await cache('b', options, load)).data).toBe(3);
  });

  it('keeps its capacity, forgetting the least recently used key', async () => {
    const clock = { t: T0 };
    const cache = memoryDataCache(() => clock.t, 2);
    const load = loader(clock);
    await cache('a', options, load);
    await cache('b', options, load);
    await cache('a', options, load);
    await cache('c', options, load);
    expect(load.calls).toBe(3);
    await cache('a', options, load);
    expect(load.calls).toBe(3);
    await cache('b', options, load);
    expect(load.calls).toBe(4);
  });

  it('keeps nothing when revalidate is 0', async () => {
    const clock = { t: T0 };
    const cache = memoryDataCache(() => clock.t);
    const load = loader(clock);
    await cache('a', { revalidate: 0, tags: [] }, load);
    await cache('a', { revalidate: 0, tags: [] }, load);
    expect(load.calls).toBe(2);
  });
});

describe('last good cache', () => {
  const at = (offset: number) => new Date(T0 + offset).toISOString();

  it('keeps the newest answer per key and finds it again after a restart', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbit-last-good-'));
    dirs.push(dir);
    const cache = new LastGoodCache(dir);
    cache.set('k', { fetchedAt: at(1000), data: 'new' });
    cache.set('k', { fetchedAt: at(0), data: 'old' });
    expect(cache.get('k')?.data).toBe('new');
    expect(new LastGoodCache(dir).get('k')).toEqual({ fetchedAt: at(1000), data: 'new' });
  });

  it('holds at most its capacity in memory', () => {
    const cache = new LastGoodCache(null, 2);
    cache.set('a', { fetchedAt: at(0), data: 'a' });
    cache.set('b', { fetchedAt: at(0), data: 'b' });
    cache.get('a');
    cache.set('c', { fetchedAt: at(0), data: 'c' });
    expect(cache.get('b')).toBeNull();
    expect(cache.get('a')?.data).toBe('a');
    expect(cache.get('c')?.data).toBe('c');
  });
});
