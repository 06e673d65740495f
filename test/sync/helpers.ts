import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach } from 'vitest';
import { importFile } from '@/lib/import/importer';
import { Ll2Client, type Ll2ClientOptions } from '@/lib/ll2/client';
import { getResource } from '@/lib/resources';
import { runSync, type SyncOptions } from '@/lib/sync/runner';
import { SqliteStore } from '@/lib/store/sqlite-store';
import { BASE_TIME, dumpStore } from '../fake-ll2/dataset';
import { startFakeLl2, type FakeLl2, type FakeLl2Options } from '../fake-ll2/server';

/** A clock whose sleeps return at once, moving time on: an hour's wait takes microseconds. */
export function fakeClock(start = BASE_TIME) {
  let t = start;
  const slept: number[] = [];
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
    },
    slept,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) throw signal.reason ?? new Error('aborted');
      slept.push(ms);
      t += ms;
      // Let sockets and timers run, as a real sleep would.
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

export type FakeClock = ReturnType<typeof fakeClock>;

const created: string[] = [];

export function tempDir(prefix = 'orbit-sync-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** For `afterAll`: removes the temp directories this test file made. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * For a test file's top level: registers the clean-up (close the test's fake LL2 after each test,
 * remove temp directories after all) and returns the function that starts that server.
 */
export function fakeLl2PerTest(): (options: FakeLl2Options) => Promise<FakeLl2> {
  let server: FakeLl2 | null = null;
  afterAll(removeTempDirs);
  afterEach(async () => {
    await server?.close();
    server = null;
  });
  return async (options) => (server = await startFakeLl2(options));
}

/** `runSync` on the fake clock. */
export function syncOn(clock: FakeClock, options: Omit<SyncOptions, 'now' | 'sleep'>) {
  return runSync({ ...options, now: clock.now, sleep: clock.sleep });
}

export function tempStore(dir = tempDir()): SqliteStore {
  return new SqliteStore(path.join(dir, 'store.db'));
}

export function makeClient(
  server: FakeLl2,
  clock: FakeClock,
  options: Partial<Ll2ClientOptions> = {},
): Ll2Client {
  return new Ll2Client({
    baseUrl: server.baseUrl,
    timeoutMs: 2000,
    reserve: 0,
    whenExhausted: 'wait',
    backoffBaseMs: 1000,
    backoffMaxMs: 30_000,
    now: clock.now,
    sleep: clock.sleep,
    ...options,
  });
}

/** What importing the fake LL2's whole current dataset as files (one page per resource) gives. */
export function oneShotImport(server: FakeLl2): SqliteStore {
  const dir = tempDir('orbit-oneshot-');
  const store = new SqliteStore(path.join(dir, 'oneshot.db'));
  for (const resource of [...server.data.keys()].sort()) {
    const def = getResource(resource)!;
    const mode = def.modes.includes('detailed') ? 'detailed' : def.defaultMode;
    const file = path.join(dir, `${resource}.json`);
    fs.writeFileSync(file, JSON.stringify(server.page(resource, mode)));
    importFile(store, file, { resource });
  }
  return store;
}

/** Every stored record (data and richness) per resource, for comparing two stores. */
export const contents = dumpStore;

export function recordCount(store: SqliteStore): number {
  return Object.values(dumpStore(store)).reduce((n, records) => n + records.length, 0);
}
