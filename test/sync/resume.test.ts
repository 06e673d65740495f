import { SKIP_SNAPSHOT } from '@/lib/store/embedded';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readState } from '@/lib/sync/cursor';
import { buildPlan } from '@/lib/sync/plan';
import { runSync } from '@/lib/sync/runner';
import { SqliteStore } from '@/lib/store/sqlite-store';
import { buildDataset } from '../fake-ll2/dataset';
import { startFakeLl2 } from '../fake-ll2/server';
import {
  contents,
  fakeClock,
  fakeLl2PerTest,
  makeClient,
  oneShotImport,
  recordCount,
  tempDir,
  tempStore,
} from './helpers';

const startServer = fakeLl2PerTest();

const ROOT = path.resolve(__dirname, '../..');

/** Pages a clean full sync of the fake LL2 takes (the upcoming view depends on the server's clock). */
async function pagesOfAFullSync(
  data: ReturnType<typeof buildDataset>,
  serverNow?: () => number,
): Promise<number> {
  const clock = fakeClock();
  const probe = await startFakeLl2({ data, now: serverNow ?? clock.now });
  await runSync({
    store: tempStore(),
    client: makeClient(probe, clock),
    tasks: buildPlan(),
    now: clock.now,
    sleep: clock.sleep,
  });
  const calls = probe.calls;
  await probe.close();
  return calls;
}

describe('sync: interrupted and resumed', () => {
  it('an interruption mid-sync loses nothing and the rerun fetches only what is left', async () => {
    const data = buildDataset();
    const pages = await pagesOfAFullSync(data);
    const clock = fakeClock();
    const controller = new AbortController();
    const server = await startServer({
      data,
      now: clock.now,
      onRequest: ({ index }) => {
        if (index === 7) controller.abort();
      },
    });
    const store = tempStore();
    const first = await runSync({
      store,
      client: makeClient(server, clock),
      tasks: buildPlan(),
      signal: controller.signal,
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(first.interrupted).toBe(true);
    // Six pages were committed with their cursors; the seventh, cut off, left no trace.
    const committed = first.tasks.reduce((n, t) => n + t.pages, 0);
    expect(committed).toBe(6);
    const launchesState = readState(store, { name: 'launches' });
    const storedLaunches = contents(store).launches!.length;
    expect(launchesState.pass?.records ?? 0).toBeLessThanOrEqual(storedLaunches);

    const second = await runSync({
      store,
      client: makeClient(server, clock),
      tasks: buildPlan(),
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(second.interrupted).toBe(false);
    expect(server.calls).toBe(pages + 1);
    expect(contents(store)).toEqual(contents(oneShotImport(server)));
  });

  it('a killed `npm run sync` process resumes where it stopped; the token is sent and never printed', async () => {
    // NETs fall 6 h apart; 3 h off keeps the upcoming view's 24 h boundary away from any of them.
    const data = buildDataset({ now: Date.now() + 3 * 3600_000 });
    const pages = await pagesOfAFullSync(data, Date.now);
    const token = 'sekrit-token-8f2a9c';
    const dir = tempDir();
    const file = path.join(dir, 'orbit.db');
    // Skip the embedded snapshot so the store holds exactly what sync wrote.
    const prepared = new SqliteStore(file);
    prepared.setMeta('snapshot_id', SKIP_SNAPSHOT);
    prepared.close();

    let child: ChildProcess | null = null;
    let kill = true;
    const server = await startServer({
      data,
      token,
      limit: 1,
      tokenLimit: 10_000,
      onRequest: async ({ index }) => {
        if (kill && index === 5 && child) {
          kill = false;
          child.kill('SIGKILL');
          await once(child, 'exit');
        }
      },
    });
    const run = async (args: string[]) => {
      // Node itself (not the tsx wrapper), so SIGKILL hits the process doing the sync.
      const proc = spawn(process.execPath, ['--import', 'tsx', 'scripts/sync.ts', ...args], {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_FILE: file,
          DATA_DIR: dir,
          LL2_API_BASE: server!.baseUrl,
          LL2_API_TOKEN: token,
          LL2_TIMEOUT_MS: '5000',
          DATA_SOURCE: 'local',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = proc;
      let output = '';
      proc.stdout.on('data', (d: Buffer) => (output += d.toString()));
      proc.stderr.on('data', (d: Buffer) => (output += d.toString()));
      const [code, signal] = (await once(proc, 'exit')) as [number | null, NodeJS.Signals | null];
      return { code, signal, output };
    };

    const plan = await run(['--dry-run']);
    expect(plan.code).toBe(0);
    expect(plan.output).toContain('Sync plan (dry run');
    expect(plan.output).toContain(
      `first: GET ${server.baseUrl}/launches/upcoming/?limit=100&mode=detailed&ordering=last_updated`,
    );
    expect(plan.output).toMatch(/Budget: 9999 of 10000 calls left per 1h 00m \(reserve 1\)/);
    expect(server.calls).toBe(0);

    const killed = await run([]);
    expect(killed.signal).toBe('SIGKILL');
    expect(server.calls).toBe(5);
    const afterKill = new SqliteStore(file, { readonly: true });
    expect(recordCount(afterKill)).toBeGreaterThan(0);
    afterKill.close();

    const resumed = await run([]);
    expect(resumed.code).toBe(0);
    expect(resumed.output).toContain('Sync summary');
    // Only the page in flight at the kill was fetched twice.
    expect(server.calls).toBe(pages + 1);
    const store = new SqliteStore(file, { readonly: true });
    expect(contents(store)).toEqual(contents(oneShotImport(server)));
    expect(store.getMeta('last_sync_at')).not.toBeNull();
    store.close();

    expect(server.log.every((e) => e.authorization === `Token ${token}`)).toBe(true);
    for (const output of [plan.output, killed.output, resumed.output]) {
      expect(output).toContain('with API key');
      expect(output).not.toContain(token);
    }
  }, 60_000);
});
