import { describe, expect, it } from 'vitest';
import { readState } from '@/lib/sync/cursor';
import { buildPlan } from '@/lib/sync/plan';
import { LAST_SYNC_KEY, runSync } from '@/lib/sync/runner';
import type { SyncReporter } from '@/lib/sync/progress';
import type { WireRecord } from '@/lib/resources/types';
import { BASE_TIME, buildDataset, uuidFor } from '../fake-ll2/dataset';
import {
  contents,
  fakeClock,
  fakeLl2PerTest,
  makeClient,
  oneShotImport,
  tempStore,
} from './helpers';

const startServer = fakeLl2PerTest();

const HOUR = 3600_000;

describe('sync: full pass, then only what changed', () => {
  it('reaches the same store as a one-shot import of the same data', async () => {
    const clock = fakeClock();
    // 150 launches share one last_updated, so the keyset must walk a tie longer than a page.
    const server = await startServer({
      data: buildDataset({ sharedTimestampCount: 150 }),
      now: clock.now,
    });
    const store = tempStore();
    const client = makeClient(server, clock);
    const tasks = buildPlan();

    const first = await runSync({ store, client, tasks, now: clock.now, sleep: clock.sleep });
    expect(first.failed).toBe(false);
    expect(first.interrupted).toBe(false);
    expect(first.tasks.every((t) => t.status === 'complete')).toBe(true);
    expect(contents(store)).toEqual(contents(oneShotImport(server)));
    expect(store.getMeta(LAST_SYNC_KEY)).toBe(new Date(clock.now()).toISOString());
    // Every list call asked for 100 records, detailed where the endpoint has that mode.
    const lists = server.log.filter((e) => e.counted);
    expect(lists.every((e) => e.query.get('limit') === '100')).toBe(true);
    expect(
      lists
        .filter((e) => e.path.includes('/launches/'))
        .every((e) => e.query.get('mode') === 'detailed'),
    ).toBe(true);
    expect(
      lists
        .filter((e) => e.path === '/2.3.0/programs/')
        .every((e) => e.query.get('mode') === 'normal'),
    ).toBe(true);
    // launches: 245 records → 3 pages, walked by last_updated (the first page has no lower bound).
    const launchPages = lists.filter((e) => e.path === '/2.3.0/launches/');
    expect(launchPages).toHaveLength(3);
    expect(launchPages.every((e) => e.query.get('ordering') === 'last_updated')).toBe(true);
    expect(launchPages[0]!.query.has('last_updated__gte')).toBe(false);
    expect(launchPages.slice(1).every((e) => e.query.has('last_updated__gte'))).toBe(true);
    // Agencies have no last_updated filter: a full pass by offset, ordered by id.
    const agencyPages = lists.filter((e) => e.path === '/2.3.0/agencies/');
    expect(agencyPages.map((e) => e.query.get('offset') ?? '0')).toEqual(['0', '100']);

    // LL2 moves on: launches and events change, new ones appear.
    clock.advance(2 * HOUR);
    const stamp = new Date(clock.now() - 60_000).toISOString();
    const launches = [...server.data.get('launches')!.values()];
    for (const launch of launches.slice(20, 25)) {
      server.upsert('launches', {
        ...launch,
        name: `${String(launch.name)} (renamed)`,
        last_updated: stamp,
      });
    }
    const template = launches[30]!;
    for (let i = 0; i < 3; i += 1) {
      const id = uuidFor(9000 + i);
      server.upsert('launches', {
        ...template,
        id,
        name: `New launch ${i}`,
        slug: `new-launch-${i}`,
        last_updated: stamp,
      } as WireRecord);
    }
    const event = [...server.data.get('events')!.values()][3]!;
    server.upsert('events', { ...event, name: 'Event, renamed', last_updated: stamp });
    const callsBefore = server.calls;
    const logBefore = server.log.length;

    const second = await runSync({ store, client, tasks, now: clock.now, sleep: clock.sleep });
    expect(second.failed).toBe(false);
    const incremental = server.log.slice(logBefore).filter((e) => e.counted);
    // Only the due, incremental tasks ran (agencies & co. are due daily), one page each.
    expect(new Set(incremental.map((e) => e.path))).toEqual(
      new Set(['/2.3.0/launches/upcoming/', '/2.3.0/events/', '/2.3.0/launches/']),
    );
    expect(server.calls - callsBefore).toBe(3);
    expect(
      incremental.every(
        (e) => e.query.has('last_updated__gte') && e.query.get('ordering') === 'last_updated',
      ),
    ).toBe(true);
    expect(contents(store)).toEqual(contents(oneShotImport(server)));
    expect(store.getMeta(LAST_SYNC_KEY)).toBe(new Date(clock.now()).toISOString());
    const cursor = readState(store, { name: 'launches' }).cursor;
    expect(cursor).toBe(stamp);
  });

  it('--full re-reads everything without losing what is stored, and nothing runs when nothing is due', async () => {
    const clock = fakeClock();
    const server = await startServer({
      data: buildDataset({ launches: 40, events: 20, agencies: 10 }),
      now: clock.now,
    });
    const store = tempStore();
    const client = makeClient(server, clock);
    const tasks = buildPlan(['agencies', 'launches']);
    await runSync({ store, client, tasks, now: clock.now, sleep: clock.sleep });
    const before = contents(store);

    const calls = server.calls;
    const idle = await runSync({ store, client, tasks, now: clock.now, sleep: clock.sleep });
    expect(server.calls).toBe(calls);
    expect(idle.tasks.every((t) => t.status === 'not due')).toBe(true);

    const full = await runSync({
      store,
      client,
      tasks,
      full: true,
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(full.tasks.map((t) => t.status)).toEqual(['complete', 'complete', 'complete']);
    expect(server.calls - calls).toBe(3);
    expect(
      server.log
        .filter((e) => e.counted)
        .slice(-3)
        .every((e) => !e.query.has('last_updated__gte')),
    ).toBe(true);
    expect(contents(store)).toEqual(before);
  });

  it('refreshes upcoming launches preemptively in --watch mode while a long pass waits for budget', async () => {
    const clock = fakeClock();
    const server = await startServer({
      data: buildDataset({ launches: 380, events: 10, agencies: 0 }),
      now: clock.now,
      limit: 3,
      windowSecs: 3600,
    });
    const store = tempStore();
    const client = makeClient(server, clock);
    const controller = new AbortController();
    const order: string[] = [];
    let idleWaits = 0;
    const reporter: SyncReporter = {
      progress: (row) => {
        if (row.state !== 'running' || row.pagesDone > 0) order.push(`${row.task}:${row.state}`);
      },
      wait: ({ reason }) => {
        if (reason === 'schedule' && ++idleWaits > 2) controller.abort();
      },
    };
    const tasks = buildPlan(['launches']);
    const summary = await runSync({
      store,
      client,
      tasks,
      watch: true,
      reporter,
      signal: controller.signal,
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(summary.interrupted).toBe(true);
    expect(server.throttled).toBe(0);
    expect(server.peakWindowCalls()).toBeLessThanOrEqual(3);
    // The first upcoming pass finished before the 4-page pass over all launches, and a later
    // upcoming refresh (due every 10 minutes) ran in the middle of that pass.
    const firstAllDone = order.indexOf('launches:complete');
    expect(order.indexOf('launches:upcoming:complete')).toBeLessThan(firstAllDone);
    expect(
      order.slice(0, firstAllDone).filter((o) => o === 'launches:upcoming:complete').length,
    ).toBeGreaterThan(1);
    expect(contents(store).launches).toHaveLength(server.data.get('launches')!.size);
  });

  it('records the time of the last sync that stored something for the "Data as of" footer', async () => {
    const clock = fakeClock(BASE_TIME);
    const server = await startServer({
      data: buildDataset({ launches: 0, events: 0, agencies: 0 }),
      now: clock.now,
    });
    const store = tempStore();
    const client = makeClient(server, clock, { maxRetries: 1 });
    server.fault({ kind: '500', times: Infinity, match: /programs|agencies/ });
    const tasks = buildPlan(['agencies', 'programs']);
    const nothing = await runSync({ store, client, tasks, now: clock.now, sleep: clock.sleep });
    expect(nothing.failed).toBe(true);
    expect(store.getMeta(LAST_SYNC_KEY)).toBeNull();

    // One endpoint still failing must not freeze the footer while the others stay current.
    server.clearFaults();
    server.fault({ kind: '500', times: Infinity, match: /programs/ });
    clock.advance(5 * 60_000);
    const partly = await runSync({ store, client, tasks, now: clock.now, sleep: clock.sleep });
    expect(partly.tasks.map((t) => t.status)).toEqual(['complete', 'failed']);
    expect(partly.failed).toBe(true);
    expect(store.getMeta(LAST_SYNC_KEY)).toBe(new Date(clock.now()).toISOString());
  });
});
