import { describe, expect, it } from 'vitest';
import { buildPlan } from '@/lib/sync/plan';
import { terminalReporter, type SyncReporter } from '@/lib/sync/progress';
import { runSync } from '@/lib/sync/runner';
import { buildDataset } from '../fake-ll2/dataset';
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

describe('sync: call budget', () => {
  it('never spends more than the limit minus the reserve, and waits for the window with a countdown', async () => {
    const clock = fakeClock();
    const server = await startServer({
      data: buildDataset(),
      now: clock.now,
      limit: 8,
      windowSecs: 3600,
    });
    // Someone else on the same IP already made 5 calls this hour: only /api-throttle/ knows.
    for (let i = 0; i < 5; i += 1) await fetch(`${server.baseUrl}/programs/`);
    clock.advance(10 * 60_000);
    const store = tempStore();
    const client = makeClient(server, clock, { reserve: 1 });
    const waits: { reason: string; remainingMs: number }[] = [];
    const reporter: SyncReporter = { wait: (w) => waits.push(w) };

    const summary = await runSync({
      store,
      client,
      tasks: buildPlan(),
      reporter,
      now: clock.now,
      sleep: clock.sleep,
    });

    expect(summary.failed).toBe(false);
    expect(summary.tasks.every((t) => t.status === 'complete')).toBe(true);
    expect(server.throttled).toBe(0);
    // Never more than limit − reserve = 7 calls inside any hour, the 5 foreign calls included.
    expect(server.peakWindowCalls()).toBeLessThanOrEqual(7);
    const budgetWaits = waits.filter((w) => w.reason === 'budget');
    expect(budgetWaits.length).toBeGreaterThan(0);
    // A countdown: the remaining time of one wait goes down second by second.
    expect(budgetWaits[1]!.remainingMs).toBeLessThan(budgetWaits[0]!.remainingMs);
    expect(summary.elapsedMs).toBeGreaterThan(HOUR);
    expect(server.log.some((e) => e.path === '/2.3.0/api-throttle/')).toBe(true);
    expect(contents(store)).toEqual(contents(oneShotImport(server)));
  });

  it('honours a larger limit with a token, sends it on every request and never prints it', async () => {
    const token = 'tok-5ecret-0123456789';
    const clock = fakeClock();
    const server = await startServer({
      data: buildDataset(),
      now: clock.now,
      limit: 2,
      token,
      tokenLimit: 500,
    });
    server.fault({ kind: '500', match: /agencies/ });
    server.fault({ kind: 'invalid-record', match: /events/ });
    server.fault({ kind: 'malformed', match: /spacecraft\// });
    const store = tempStore();
    let output = '';
    const reporter = terminalReporter({ write: (t: string) => (output += t), isTTY: false });
    const summary = await runSync({
      store,
      client: makeClient(server, clock, { token }),
      tasks: buildPlan(),
      reporter,
      now: clock.now,
      sleep: clock.sleep,
    });

    expect(summary.failed).toBe(false);
    expect(server.throttled).toBe(0);
    expect(server.log.length).toBeGreaterThan(10);
    expect(server.log.every((e) => e.authorization === `Token ${token}`)).toBe(true);
    expect(output).toContain('retry 1');
    expect(output).toContain('skipped');
    expect(output).toContain('Sync summary');
    expect(output).not.toContain(token);
  });

  it('shows a per-task progress bar, calls left and an ETA on a terminal', async () => {
    const clock = fakeClock();
    const server = await startServer({
      data: buildDataset({ launches: 300 }),
      now: clock.now,
      limit: 3,
    });
    let output = '';
    const reporter = terminalReporter({ write: (t: string) => (output += t), isTTY: true });
    await runSync({
      store: tempStore(),
      client: makeClient(server, clock),
      tasks: buildPlan(['launches']),
      reporter,
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(output).toMatch(
      /launches\s+\[█+░+\] 1\/4 pages · 100 records · \d+ calls left · ETA \d+h/,
    );
    expect(output).toMatch(
      /LL2 call budget spent; waiting for the rate-limit window: \d+m \d+s \(3 calls per 1h 00m/,
    );
    expect(output).toContain('\x1b[');
    expect(output).toMatch(/launches\s+\[█{20}\] 4\/4 pages · 315 records/);
  });
});
