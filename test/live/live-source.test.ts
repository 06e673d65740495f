import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { handleApiRequest } from '@/lib/api/handler';
import { getDataSource, listRecords, parseList, setDataSource } from '@/lib/data';
import {
  LIVE_DATA_UNAVAILABLE,
  LiveDataUnavailableError,
  isLiveDataUnavailable,
} from '@/lib/data/live-error';
import type { CachedAnswer, DataCache } from '@/lib/data/live-cache';
import { LiveSource, degradeRecord, revalidateFor } from '@/lib/data/live-source';
import { parseListQuery } from '@/lib/query/parse';
import { resources } from '@/lib/resources';
import type { WireRecord } from '@/lib/resources/types';
import { buildDataset } from '../fake-ll2/dataset';
import { startFakeLl2, type FakeLl2 } from '../fake-ll2/server';
import { fakeClock, makeClient, tempDir, type FakeClock, removeTempDirs } from '../sync/helpers';

let server: FakeLl2 | null = null;
afterAll(removeTempDirs);
const original = getDataSource();
afterEach(async () => {
  setDataSource(original);
  await server?.close();
  server = null;
});

const MINUTE = 60_000;

/** Behaves like Next's `unstable_cache`: an expired entry is served while it refreshes in the background. */
function staleWhileRevalidate(now: () => number) {
  const entries = new Map<string, CachedAnswer<unknown>>();
  const pending: Promise<unknown>[] = [];
  const cache: DataCache = async <T>(
    key: string,
    options: { revalidate: number },
    load: () => Promise<CachedAnswer<T>>,
  ) => {
    const hit = entries.get(key) as CachedAnswer<T> | undefined;
    if (!hit) {
      const fresh = await load();
      entries.set(key, fresh);
      return fresh;
    }
    if (now() - Date.parse(hit.fetchedAt) >= options.revalidate * 1000) {
      pending.push(
        load().then(
          (fresh) => entries.set(key, fresh),
          () => undefined,
        ),
      );
    }
    return hit;
  };
  return { cache, settle: () => Promise.all(pending.splice(0)) };
}

async function setup(
  options: {
    token?: string;
    timeoutMs?: number;
    cacheDir?: string;
    clock?: FakeClock;
    dataCache?: DataCache;
  } = {},
) {
  const clock = options.clock ?? fakeClock();
  server ??= await startFakeLl2({
    data: buildDataset({ launches: 30, events: 10, agencies: 5 }),
    now: clock.now,
    token: options.token,
  });
  const logs: string[] = [];
  const fallback = { facet: async () => [], ids: async () => [] };
  const make = (cacheDir = options.cacheDir ?? tempDir('orbit-live-')) =>
    new LiveSource({
      client: makeClient(server!, clock, {
        whenExhausted: 'fail',
        maxRetries: 1,
        backoffBaseMs: 10,
        timeoutMs: options.timeoutMs ?? 2000,
        token: options.token,
      }),
      cacheDir,
      dataCache: options.dataCache,
      now: clock.now,
      fallback,
      log: (m) => logs.push(m),
    });
  return { clock, server, live: make(), make, logs };
}

const upcoming = (params: Record<string, string | string[]> = {}) =>
  parseListQuery(resources.launches, params, { view: 'upcoming' }).query;
const agencies = (params: Record<string, string | string[]> = {}) =>
  parseListQuery(resources.agencies, params).query;

describe('live mode', () => {
  it('asks LL2 what the visitor asked, in LL2’s own terms', async () => {
    const { server, live } = await setup();
    const data = await live.list(
      resources.launches,
      upcoming({
        program: ['1', '2'],
        search: 'Generated',
        ordering: '-net',
        limit: '5',
        offset: '5',
      }),
    );
    const entry = server.log.filter((e) => e.counted).at(-1)!;
    expect(entry.path).toBe('/2.3.0/launches/upcoming/');
    expect(entry.query.getAll('program')).toEqual(['1', '2']);
    expect(Object.fromEntries(entry.query)).toMatchObject({
      search: 'Generated',
      ordering: '-net',
      limit: '5',
      offset: '5',
      mode: 'normal',
    });
    expect(data.results).toHaveLength(5);
    expect(data.count).toBeGreaterThan(5);
    expect(data.stale).toBeUndefined();
  });

  it('caches each answer for its resource’s revalidate time and shares identical requests in flight', async () => {
    const { clock, server, live } = await setup();
    expect(revalidateFor(resources.launches, 'upcoming')).toBe(300);
    expect(revalidateFor(resources.agencies)).toBe(86_400);
    const [a, b, c] = await Promise.all(
      [1, 2, 3].map(() => live.list(resources.launches, upcoming())),
    );
    expect(server.calls).toBe(1);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    await live.list(resources.agencies, agencies());
    expect(server.calls).toBe(2);

    clock.advance(4 * MINUTE);
    await live.list(resources.launches, upcoming());
    await live.list(resources.agencies, agencies());
    expect(server.calls).toBe(2);

    clock.advance(2 * MINUTE);
    await live.list(resources.launches, upcoming());
    await live.list(resources.agencies, agencies());
    expect(server.calls).toBe(3);
    expect(await live.dataAsOf()).toBe(new Date(clock.now()).toISOString());
  });

  it('serves the last good answer with a stale note when LL2 fails (5xx, 429, timeout), through the getters too', async () => {
    const { clock, server, live } = await setup({ timeoutMs: 200 });
    const fresh = await live.list(resources.launches, upcoming());
    const fetchedAt = new Date(clock.now()).toISOString();

    clock.advance(10 * MINUTE);
    server.fault({ kind: '503', times: 2 });
    const on503 = await live.list(resources.launches, upcoming());
    expect(on503.results).toEqual(fresh.results);
    expect(on503.stale).toEqual({ since: fetchedAt, reason: 'LL2 answered HTTP 503' });

    server.fault({ kind: 'slow', delayMs: 1000, times: 2 });
    const onTimeout = await live.list(resources.launches, upcoming());
    expect(onTimeout.stale).toEqual({ since: fetchedAt, reason: 'LL2 did not answer in time' });

    setDataSource(live);
    server.fault({ kind: '429', retryAfterSecs: 600 });
    const parsed = parseList('launches', {}, { view: 'upcoming' });
    const viaGetter = await listRecords('launches', parsed);
    expect(viaGetter.stale).toEqual({ since: fetchedAt, reason: 'the LL2 rate limit is reached' });
    expect(viaGetter.results).toEqual(fresh.results);
    // A visitor never waits for the rate-limit window.
    expect(clock.slept.every((ms) => ms < 1000)).toBe(true);
  });

  it('with Next’s data cache, notes an expired copy whose background refresh failed', async () => {
    const clock = fakeClock();
    const swr = staleWhileRevalidate(clock.now);
    const { server, live } = await setup({ clock, dataCache: swr.cache });
    const fresh = await live.list(resources.launches, upcoming());
    const fetchedAt = new Date(clock.now()).toISOString();
    clock.advance(10 * MINUTE);
    server.fault({ kind: '503', times: Infinity });
    // Next answers with the expired copy at once and refreshes behind it.
    expect((await live.list(resources.launches, upcoming())).stale).toBeUndefined();
    await swr.settle();
    const noted = await live.list(resources.launches, upcoming());
    expect(noted.results).toEqual(fresh.results);
    expect(noted.stale).toEqual({ since: fetchedAt, reason: 'LL2 answered HTTP 503' });

    server.clearFaults();
    await live.list(resources.launches, upcoming());
    await swr.settle();
    expect((await live.list(resources.launches, upcoming())).stale).toBeUndefined();
  });

  it('keeps last good answers on disk, so a restart can still serve them', async () => {
    const cacheDir = tempDir('orbit-live-disk-');
    const { clock, server, make } = await setup({ cacheDir });
    const first = make();
    const fresh = await first.get(resources.agencies, 121);
    const fetchedAt = new Date(clock.now()).toISOString();
    expect(fresh.record?.name).toBeTruthy();
    server.fault({ kind: '500', times: Infinity });
    const restarted = make();
    const answer = await restarted.get(resources.agencies, 121);
    expect(answer.record).toEqual(fresh.record);
    expect(answer.stale).toEqual({ since: fetchedAt, reason: 'LL2 answered HTTP 500' });
  });

  it('with nothing cached, fails with a recognisable 503 error instead of crashing', async () => {
    const { server, live } = await setup();
    server.fault({ kind: '503', times: Infinity });
    const error = await live
      .list(resources.events, parseListQuery(resources.events, {}).query)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LiveDataUnavailableError);
    expect(error).toMatchObject({
      status: 503,
      digest: LIVE_DATA_UNAVAILABLE,
      reason: 'LL2 answered HTTP 503',
    });
    // What reaches a client error boundary in production: a plain object with the digest.
    expect(isLiveDataUnavailable({ digest: LIVE_DATA_UNAVAILABLE, message: 'hidden' })).toBe(true);
    expect(isLiveDataUnavailable(new Error('boom'))).toBe(false);

    setDataSource(live);
    const api = await handleApiRequest(new URL('http://localhost/api/2.3.0/events/'), ['events']);
    expect(api.status).toBe(503);
    expect(JSON.parse(api.body)).toMatchObject({ detail: expect.stringContaining('unavailable') });
  });

  it('reports how long to wait when the rate limit is the reason', async () => {
    const { server, live } = await setup();
    server.fault({ kind: '429', retryAfterSecs: 120 });
    const error = (await live
      .list(resources.agencies, agencies())
      .catch((e: unknown) => e)) as LiveDataUnavailableError;
    expect(error.retryAfterSeconds).toBe(120);
    setDataSource(live);
    const api = await handleApiRequest(new URL('http://localhost/api/2.3.0/agencies/'), [
      'agencies',
    ]);
    expect(api.status).toBe(503);
    expect(api.headers['Retry-After']).toBeDefined();
  });

  it('degrades a field with an unexpected shape, not the page', async () => {
    const { server, live, logs } = await setup();
    server.fault({
      kind: 'invalid-record',
      match: /launches/,
      corrupt: (r) =>
        ({
          ...r,
          status: 'Go for launch',
          image: 42,
          window_start: 'tomorrow',
        }) as unknown as WireRecord,
    });
    const data = await live.list(resources.launches, upcoming({ limit: '3' }));
    expect(data.results).toHaveLength(3);
    const first = data.results[0]!;
    expect(first).not.toHaveProperty('status');
    expect(first).not.toHaveProperty('image');
    expect(first).not.toHaveProperty('window_start');
    expect(first.name).toBeTruthy();
    expect(data.results[1]).toHaveProperty('status');
    expect(logs.some((l) => l.includes('unusable') && l.includes('status'))).toBe(true);

    expect(degradeRecord('agencies', { id: 'x', name: 'A' }).record).toBeNull();
    expect(degradeRecord('agencies', { id: 1, name: 5 }).record).toBeNull();
    expect(degradeRecord('agencies', { id: 1, name: 'A', type: 'Commercial' })).toEqual({
      record: { id: 1, name: 'A' },
      dropped: ['type'],
    });
  });

  it('finds records by id and by slug where LL2 filters by slug; a missing record is null', async () => {
    const { server, live } = await setup();
    const launch = [...server.data.get('launches')!.values()].find(
      (l) => typeof l.slug === 'string',
    )!;
    expect((await live.get(resources.launches, String(launch.id))).record?.id).toBe(launch.id);
    expect(server.log.at(-1)!.query.get('mode')).toBe('detailed');
    expect((await live.getBySlug(resources.launches, String(launch.slug))).record?.id).toBe(
      launch.id,
    );
    expect(server.log.at(-1)!.query.get('slug')).toBe(launch.slug);
    expect((await live.get(resources.agencies, 987654)).record).toBeNull();
    const calls = server.calls;
    expect((await live.getBySlug(resources.agencies, 'spacex')).record).toBeNull();
    expect(server.calls).toBe(calls);
  });

  it('sends the token on every call and never logs it', async () => {
    const token = 'live-t0ken-abcdef';
    const { server, live, logs, clock } = await setup({ token });
    await live.list(resources.agencies, agencies());
    clock.advance(2 * 86_400_000);
    server.fault({ kind: '500', times: Infinity });
    await live.list(resources.agencies, agencies());
    const error = await live
      .list(resources.events, parseListQuery(resources.events, {}).query)
      .catch((e: unknown) => e);
    expect(server.log.every((e) => e.authorization === `Token ${token}`)).toBe(true);
    expect(logs.length).toBeGreaterThan(0);
    expect(JSON.stringify([logs, String(error), (error as Error).message])).not.toContain(token);
  });
});
