import { describe, expect, it } from 'vitest';
import { readState } from '@/lib/sync/cursor';
import { buildPlan } from '@/lib/sync/plan';
import type { SyncReporter } from '@/lib/sync/progress';
import { runSync } from '@/lib/sync/runner';
import { buildDataset } from '../fake-ll2/dataset';
import {
  contents,
  fakeClock,
  fakeLl2PerTest,
  makeClient,
  oneShotImport,
  tempStore,
  type FakeClock,
} from './helpers';

const startServer = fakeLl2PerTest();

interface Seen {
  skipped: { task: string; url: string; reason: string }[];
  retries: { attempt: number; delayMs: number; reason: string }[];
  waits: { reason: string; remainingMs: number }[];
}

function recorder(): { reporter: SyncReporter; seen: Seen } {
  const seen: Seen = { skipped: [], retries: [], waits: [] };
  return {
    seen,
    reporter: {
      skipped: (task, url, reason) => seen.skipped.push({ task, url, reason }),
      retry: (r) => seen.retries.push(r),
      wait: (w) => seen.waits.push(w),
    },
  };
}

async function setup(options: { launches?: number; clock?: FakeClock } = {}) {
  const clock = options.clock ?? fakeClock();
  const server = await startServer({
    data: buildDataset({ launches: options.launches ?? 230, events: 20, agencies: 120 }),
    now: clock.now,
  });
  return { clock, server, store: tempStore() };
}

describe('sync: faults', () => {
  it('on 429 waits as long as Retry-After says, then carries on', async () => {
    const { clock, server, store } = await setup();
    server.fault({ kind: '429', retryAfterSecs: 120, match: /\/agencies\/.*offset=100/ });
    const { reporter, seen } = recorder();
    const summary = await runSync({
      store,
      client: makeClient(server, clock),
      tasks: buildPlan(['agencies']),
      reporter,
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(summary.tasks[0]!.status).toBe('complete');
    const agencyCalls = server.log.filter((e) => e.path === '/2.3.0/agencies/');
    const throttled = agencyCalls.findIndex((e) => e.status === 429);
    expect(throttled).toBeGreaterThan(0);
    expect(agencyCalls[throttled + 1]!.at - agencyCalls[throttled]!.at).toBeGreaterThanOrEqual(
      120_000,
    );
    expect(seen.waits.filter((w) => w.reason === 'retry-after')[0]!.remainingMs).toBe(120_000);
    expect(contents(store).agencies).toHaveLength(server.data.get('agencies')!.size);
  });

  it('retries 5xx with exponential backoff and jitter', async () => {
    const clock = fakeClock();
    const { server, store } = await setup({ clock });
    server.fault({ kind: '500', times: 2, match: /agencies/ });
    server.fault({ kind: '503', times: 1, match: /agencies/ });
    const { reporter, seen } = recorder();
    const randoms = [0, 1, 0.5];
    const client = makeClient(server, clock, {
      random: () => randoms.shift() ?? 0.5,
      backoffBaseMs: 1000,
    });
    const summary = await runSync({
      store,
      client,
      tasks: buildPlan(['agencies']),
      reporter,
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(summary.tasks[0]!.status).toBe('complete');
    // Steps of 1 s, 2 s, 4 s; each between half and all of its step.
    expect(seen.retries.map((r) => r.delayMs)).toEqual([500, 2000, 3000]);
    expect(seen.retries.map((r) => r.attempt)).toEqual([1, 2, 3]);
    expect(seen.retries[2]!.reason).toContain('HTTP 503');
  });

  it('abandons a response slower than the timeout and retries it', async () => {
    const { clock, server, store } = await setup();
    server.fault({ kind: 'slow', delayMs: 3000, match: /agencies/ });
    const started = Date.now();
    const client = makeClient(server, clock, { timeoutMs: 150 });
    const summary = await runSync({
      store,
      client,
      tasks: buildPlan(['agencies']),
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(Date.now() - started).toBeLessThan(2500);
    expect(summary.tasks[0]!.status).toBe('complete');
    expect(contents(store).agencies).toHaveLength(server.data.get('agencies')!.size);
  });

  it('retries truncated bodies and dropped connections without losing or doubling records', async () => {
    const { clock, server, store } = await setup();
    server.fault({ kind: 'truncated', match: /launches\/\?/ });
    server.fault({ kind: 'drop', times: 2, match: /agencies/ });
    server.fault({ kind: 'truncated', match: /events/ });
    const summary = await runSync({
      store,
      client: makeClient(server, clock),
      tasks: buildPlan(),
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(summary.failed).toBe(false);
    expect(server.log.filter((e) => e.fault === 'truncated' || e.fault === 'drop')).toHaveLength(4);
    expect(contents(store)).toEqual(contents(oneShotImport(server)));
  });

  it('logs a malformed page with its URL, skips it, and the other pages still land', async () => {
    const { clock, server, store } = await setup();
    server.fault({ kind: 'malformed', match: /agencies\/\?limit=100&mode=detailed&ordering=id$/ });
    const { reporter, seen } = recorder();
    const summary = await runSync({
      store,
      client: makeClient(server, clock),
      tasks: buildPlan(['agencies']),
      reporter,
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(summary.tasks[0]).toMatchObject({ status: 'complete', skippedPages: 1, pages: 1 });
    expect(seen.skipped).toHaveLength(1);
    expect(seen.skipped[0]!.url).toBe(
      `${server.baseUrl}/agencies/?limit=100&mode=detailed&ordering=id`,
    );
    expect(seen.skipped[0]!.reason).toContain('not valid JSON');
    // The second page (offset 100) was stored; the skip is kept in the cursor for people to see.
    expect(contents(store).agencies!.length).toBe(server.data.get('agencies')!.size - 100);
    expect(readState(store, { name: 'agencies' }).skipped[0]!.url).toBe(seen.skipped[0]!.url);
  });

  it('skips a record that fails validation (URL and id logged) and keeps the rest of its page', async () => {
    const { clock, server, store } = await setup();
    server.fault({ kind: 'invalid-record', match: /\/events\// });
    const { reporter, seen } = recorder();
    const summary = await runSync({
      store,
      client: makeClient(server, clock),
      tasks: buildPlan(['events']),
      reporter,
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(summary.tasks[0]).toMatchObject({ status: 'complete', skippedRecords: 1 });
    expect(seen.skipped).toHaveLength(1);
    expect(seen.skipped[0]!.url).toContain('/events/');
    expect(seen.skipped[0]!.reason).toMatch(/events record #1 \(id \?\?\) is invalid: id/);
    expect(contents(store).events!.length).toBe(server.data.get('events')!.size - 1);
  });

  it('never deletes stored records because pages failed, and goes on past a failing endpoint', async () => {
    const { clock, server, store } = await setup();
    const client = makeClient(server, clock, { maxRetries: 2 });
    await runSync({ store, client, tasks: buildPlan(), now: clock.now, sleep: clock.sleep });
    const before = contents(store);

    server.fault({ kind: 'invalid-page', match: /agencies/ });
    server.fault({ kind: 'invalid-record', match: /spacecraft\// });
    server.fault({ kind: '503', times: Infinity, match: /\/launches\/\?/ });
    const callsBefore = server.calls;
    const summary = await runSync({
      store,
      client,
      tasks: buildPlan(),
      full: true,
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(summary.failed).toBe(true);
    const launches = summary.tasks.find((t) => t.task === 'launches')!;
    expect(launches.status).toBe('failed');
    expect(launches.error).toContain('HTTP 503 (3 tries)');
    // The broken task is given up after 1 call + 2 retries; every other task ran its full pass.
    expect(server.log.filter((e) => e.fault === '503')).toHaveLength(3);
    expect(summary.tasks.filter((t) => t.task !== 'launches').map((t) => t.status)).toEqual(
      summary.tasks.filter((t) => t.task !== 'launches').map(() => 'complete'),
    );
    expect(summary.tasks.find((t) => t.task === 'agencies')!.skippedPages).toBe(1);
    expect(server.calls - callsBefore).toBe(summary.calls);
    expect(contents(store)).toEqual(before);
    expect(readState(store, { name: 'launches' }).pass).toMatchObject({ full: true, pages: 0 });

    server.clearFaults();
    clock.advance(5 * 60_000);
    const resumed = await runSync({
      store,
      client,
      tasks: buildPlan(),
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(resumed.failed).toBe(false);
    expect(resumed.tasks.find((t) => t.task === 'launches')!.status).toBe('complete');
    expect(readState(store, { name: 'launches' }).failure).toBeNull();
    expect(contents(store)).toEqual(before);
  });

  it('gives up on a task whose every response is broken instead of paging on forever', async () => {
    const { clock, server, store } = await setup();
    server.fault({ kind: 'malformed', times: Infinity, match: /agencies/ });
    const summary = await runSync({
      store,
      client: makeClient(server, clock),
      tasks: buildPlan(['agencies']),
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(summary.failed).toBe(true);
    expect(summary.tasks[0]!.error).toContain('3 bad pages in a row');
    expect(server.calls).toBe(3);
  });
});
