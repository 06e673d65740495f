import { SKIP_SNAPSHOT } from '@/lib/store/embedded';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readState } from '@/lib/sync/cursor';
import { buildPlan } from '@/lib/sync/plan';
import { formatSummary, type SyncReporter } from '@/lib/sync/progress';
import { FAILURE_BACKOFF_MS } from '@/lib/sync/schedule';
import { SqliteStore } from '@/lib/store/sqlite-store';
import { buildDataset } from '../fake-ll2/dataset';
import type { FakeLl2 } from '../fake-ll2/server';
import {
  contents,
  fakeClock,
  fakeLl2PerTest,
  makeClient,
  oneShotImport,
  syncOn,
  tempDir,
  tempStore,
  type FakeClock,
} from './helpers';

const startServer = fakeLl2PerTest();
const ROOT = path.resolve(__dirname, '../..');
const MINUTE = 60_000;

async function setup(clock: FakeClock = fakeClock()) {
  const server = await startServer({
    data: buildDataset({ launches: 230, events: 20, agencies: 120 }),
    now: clock.now,
  });
  return { clock, server, store: tempStore() };
}

/** The resources (API paths) a slice of the fake LL2's log asked for, in order, repeats merged. */
function pathsInOrder(server: FakeLl2, from = 0): string[] {
  const paths = server.log
    .slice(from)
    .filter((e) => e.counted)
    .map((e) => e.path.replace('/2.3.0/', ''));
  return paths.filter((p, i) => p !== paths[i - 1]);
}

describe('sync: one failing endpoint', () => {
  it('500 forever: every other resource syncs in the same run; the failed one resumes from its cursor once it recovers', async () => {
    const { clock, server, store } = await setup();
    // The agencies' first page lands, the second (offset 100) keeps failing.
    server.fault({ kind: '500', times: Infinity, match: /\/agencies\/.*offset=100/ });
    const client = makeClient(server, clock, { maxRetries: 2 });
    const first = await syncOn(clock, {
      store,
      client,
      tasks: buildPlan(),
    });
    expect(first.failed).toBe(true);
    expect(first.stopped).toBeNull();
    const agencies = first.tasks.find((t) => t.task === 'agencies')!;
    expect(agencies).toMatchObject({ status: 'failed', pages: 1 });
    expect(agencies.error).toMatch(/agencies\/\?limit=100.*offset=100.*: HTTP 500 \(3 tries\)$/);
    const others = first.tasks.filter((t) => t.task !== 'agencies');
    expect(others.map((t) => `${t.task} ${t.status}`)).toEqual(
      others.map((t) => `${t.task} complete`),
    );
    const expected = contents(oneShotImport(server));
    const stored = contents(store);
    expect({ ...stored, agencies: [] }).toEqual({ ...expected, agencies: [] });
    expect(stored.agencies).toHaveLength(100);
    // The summary names it and why.
    const text = formatSummary(first);
    expect(text).toMatch(/ {2}agencies +failed +1 pages/);
    expect(text).toContain('Failed (1):');
    expect(text).toMatch(/agencies: .*HTTP 500 \(3 tries\). Failed once; its cursor is kept/);

    const state = readState(store, { name: 'agencies' });
    expect(state.pass).toMatchObject({ offset: 100, pages: 1 });
    expect(state.failure).toMatchObject({
      count: 1,
      retryAt: new Date(clock.now() + FAILURE_BACKOFF_MS).toISOString(),
    });

    // Fixed, and its backoff over: it goes on from offset 100, not from the start.
    server.clearFaults();
    clock.advance(FAILURE_BACKOFF_MS);
    const logFrom = server.log.length;
    const second = await syncOn(clock, {
      store,
      client,
      tasks: buildPlan(),
    });
    expect(second.failed).toBe(false);
    const agencyCalls = server.log.slice(logFrom).filter((e) => e.path === '/2.3.0/agencies/');
    expect(agencyCalls.map((e) => e.query.get('offset'))).toEqual(['100']);
    expect(second.tasks.find((t) => t.task === 'agencies')!.status).toBe('complete');
    expect(contents(store)).toEqual(expected);
    expect(readState(store, { name: 'agencies' }).failure).toBeNull();
  });

  it('404: the same, without retrying a client error', async () => {
    const { clock, server, store } = await setup();
    server.fault({ kind: '404', times: Infinity, match: /\/events\// });
    const summary = await syncOn(clock, {
      store,
      client: makeClient(server, clock),
      tasks: buildPlan(),
    });
    expect(summary.failed).toBe(true);
    expect(summary.tasks.find((t) => t.task === 'events')).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/events\/\?.*: HTTP 404$/) as unknown,
    });
    expect(server.log.filter((e) => e.path === '/2.3.0/events/')).toHaveLength(1);
    expect(summary.tasks.filter((t) => t.status === 'complete')).toHaveLength(
      summary.tasks.length - 1,
    );
    expect(contents(store).launches).toHaveLength(server.data.get('launches')!.size);
    expect(readState(store, { name: 'events' }).failure?.count).toBe(1);
  });

  it('is not retried ahead of due resources on the next run, and backs off longer each time', async () => {
    const { clock, server, store } = await setup();
    // The highest-priority task fails; every later one must still run first next time.
    server.fault({ kind: '500', times: Infinity, match: /\/launches\/upcoming\// });
    const client = makeClient(server, clock, { maxRetries: 0 });
    const tasks = buildPlan();
    const first = await syncOn(clock, { store, client, tasks });
    expect(pathsInOrder(server)[0]).toBe('launches/upcoming/');
    expect(first.tasks[0]!.status).toBe('failed');
    expect(first.tasks.slice(1).every((t) => t.status === 'complete')).toBe(true);

    // Straight away: still backing off, so it costs no call.
    let from = server.log.length;
    const soon = await syncOn(clock, { store, client, tasks });
    expect(server.log.length).toBe(from);
    expect(soon.tasks[0]).toMatchObject({
      status: 'backing off',
      failure: { count: 1, retryInMs: FAILURE_BACKOFF_MS },
    });
    expect(soon.failed).toBe(true);
    expect(formatSummary(soon)).toMatch(/launches:upcoming: still failing: .*HTTP 500/);

    // An hour on, events and all launches are due again: they go first, the failing one last.
    clock.advance(61 * MINUTE);
    from = server.log.length;
    const later = await syncOn(clock, { store, client, tasks });
    expect(pathsInOrder(server, from)).toEqual(['events/', 'launches/', 'launches/upcoming/']);
    expect(later.tasks[0]!.status).toBe('failed');
    expect(readState(store, { name: 'launches:upcoming' }).failure).toMatchObject({
      count: 2,
      retryAt: new Date(clock.now() + 2 * FAILURE_BACKOFF_MS).toISOString(),
    });

    // Named on the command line, it is tried at once despite the backoff.
    from = server.log.length;
    await syncOn(clock, {
      store,
      client,
      tasks: buildPlan(['launches:upcoming']),
      retryFailingNow: true,
    });
    expect(pathsInOrder(server, from)).toEqual(['launches/upcoming/']);
    expect(readState(store, { name: 'launches:upcoming' }).failure?.count).toBe(3);
  });

  it('--watch: the failing resource backs off on its own schedule, persisted; the others keep theirs', async () => {
    const { clock, server, store } = await setup();
    server.fault({ kind: '503', times: Infinity, match: /\/events\// });
    const client = makeClient(server, clock, { maxRetries: 0 });
    const tasks = buildPlan(['events', 'launches:upcoming']);
    const start = clock.now();
    const controller = new AbortController();
    const reporter: SyncReporter = {
      wait: () => {
        if (clock.now() - start > 3 * 60 * MINUTE) controller.abort();
      },
    };
    const summary = await syncOn(clock, {
      store,
      client,
      tasks,
      watch: true,
      reporter,
      signal: controller.signal,
    });
    expect(summary.interrupted).toBe(true);
    const minutes = (p: string) =>
      server.log
        .filter((e) => e.counted && e.path === p)
        .map((e) => Math.round((e.at - start) / MINUTE));
    // 5, 10, 20, 40, 80 minutes apart (capped later), whatever the 30-minute schedule says.
    expect(minutes('/2.3.0/events/')).toEqual([0, 5, 15, 35, 75, 155]);
    // Upcoming launches kept their 10-minute schedule throughout (a pass may take two pages).
    const upcoming = [...new Set(minutes('/2.3.0/launches/upcoming/'))];
    expect(upcoming.length).toBeGreaterThanOrEqual(18);
    expect(upcoming.slice(1).every((m, i) => m - upcoming[i]! === 10)).toBe(true);

    // A restart keeps the backoff: nothing is asked of events before its next try.
    expect(readState(store, { name: 'events' }).failure).toMatchObject({
      count: 6,
      retryAt: new Date(start + (155 + 160) * MINUTE).toISOString(),
    });
    const from = server.log.length;
    const restart = new AbortController();
    await syncOn(clock, {
      store,
      client,
      tasks,
      watch: true,
      reporter: {
        wait: () => {
          if (clock.now() - start > 6 * 60 * MINUTE) restart.abort();
        },
      },
      signal: restart.signal,
    });
    const events = server.log.slice(from).filter((e) => e.counted && e.path === '/2.3.0/events/');
    expect(events.map((e) => Math.round((e.at - start) / MINUTE))).toEqual([315]);
  });
});

describe('sync: failures that are not one endpoint’s', () => {
  /** A client of an LL2 address nothing listens on, and how many data calls it tried. */
  async function refusingClient(clock: FakeClock, maxRetries: number) {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    let attempts = 0;
    const client = makeClient({ baseUrl: `http://127.0.0.1:${port}/2.3.0` } as FakeLl2, clock, {
      maxRetries,
      fetch: (input, init) => {
        if (!String(input).includes('api-throttle')) attempts += 1;
        return fetch(input, init);
      },
    });
    return { client, attempts: () => attempts };
  }

  it('connection refused on every resource in a row ends the run early, charging no endpoint', async () => {
    const clock = fakeClock();
    const store = tempStore();
    const { client, attempts } = await refusingClient(clock, 1);
    const summary = await syncOn(clock, {
      store,
      client,
      tasks: buildPlan(),
    });
    expect(summary.failed).toBe(true);
    expect(summary.stopped).toMatch(
      /^LL2 unreachable on launches:upcoming, events in a row \(.*connection failed \(connect ECONNREFUSED/,
    );
    // Two tasks, one retry each; the other twelve were not tried. None reached LL2's count.
    expect(attempts()).toBe(4);
    expect(summary.calls).toBe(0);
    expect(summary.tasks.slice(0, 2).map((t) => t.status)).toEqual(['failed', 'failed']);
    expect(summary.tasks.slice(2).every((t) => t.status === 'not tried')).toBe(true);
    expect(readState(store, { name: 'launches:upcoming' }).failure).toBeNull();
    expect(formatSummary(summary)).toContain('Stopped early: LL2 unreachable on');
  });

  it('--watch pauses when LL2 is unreachable and tries every resource again after', async () => {
    const clock = fakeClock();
    const { client, attempts } = await refusingClient(clock, 0);
    const controller = new AbortController();
    const pauses: number[] = [];
    await syncOn(clock, {
      store: tempStore(),
      client,
      tasks: buildPlan(),
      watch: true,
      failurePauseMs: 5 * MINUTE,
      reporter: {
        wait: ({ reason, remainingMs }) => {
          if (reason !== 'pause' || remainingMs !== 5 * MINUTE) return;
          pauses.push(clock.now());
          if (pauses.length === 2) controller.abort();
        },
      },
      signal: controller.signal,
    });
    expect(pauses[1]! - pauses[0]!).toBe(5 * MINUTE);
    // Two tasks before each pause.
    expect(attempts()).toBe(4);
  });

  it('a 429 that outlasts the waits stops the run without charging the endpoint', async () => {
    const { clock, server, store } = await setup();
    server.fault({ kind: '429', times: Infinity, retryAfterSecs: 30, match: /\/events\// });
    const summary = await syncOn(clock, {
      store,
      client: makeClient(server, clock, { maxRateLimitRetries: 1 }),
      tasks: buildPlan(),
    });
    expect(summary.stopped).toMatch(/LL2 kept answering 429/);
    expect(summary.tasks.map((t) => t.status).slice(0, 3)).toEqual([
      'complete',
      'failed',
      'not tried',
    ]);
    expect(readState(store, { name: 'events' }).failure).toBeNull();
  });

  it('`npm run sync` exits non-zero and its summary names the failing resource', async () => {
    const server = await startServer({
      data: buildDataset({ launches: 30, events: 10, agencies: 10, now: Date.now() }),
    });
    server.fault({ kind: '404', times: Infinity, match: /\/programs\// });
    const dir = tempDir();
    const file = path.join(dir, 'orbit.db');
    const prepared = new SqliteStore(file);
    prepared.setMeta('snapshot_id', SKIP_SNAPSHOT);
    prepared.close();
    const proc = spawn(process.execPath, ['--import', 'tsx', 'scripts/sync.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_FILE: file,
        DATA_DIR: dir,
        LL2_API_BASE: server.baseUrl,
        LL2_TIMEOUT_MS: '5000',
        DATA_SOURCE: 'local',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    proc.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const [code] = (await once(proc, 'exit')) as [number | null];
    expect(code).toBe(1);
    expect(output).toMatch(/ {2}programs +failed +0 pages/);
    expect(output).toMatch(/ {2}spacecraft +complete/);
    expect(output).toMatch(
      /Failed \(1\):\n {4}programs: .*\/programs\/\?.*: HTTP 404. Failed once/,
    );
  }, 60_000);
});
