import { describe, expect, it } from 'vitest';
import { planColumns } from '@/lib/store/columns';
import { PgStore } from '@/lib/store/pg/pg-store';
import { resourceList } from '@/lib/resources';
import type { WireRecord } from '@/lib/resources/types';
import { buildPlan } from '@/lib/sync/plan';
import { LAST_SYNC_KEY, runSync } from '@/lib/sync/runner';
import { buildDataset } from '../fake-ll2/dataset';
import { createDatabase, dropDatabase, PG_URL } from '../store/pg';
import { contents, fakeClock, fakeLl2PerTest, makeClient, oneShotImport } from './helpers';

const startServer = fakeLl2PerTest();

/** `contents` of a PostgreSQL store: every record with its richness, per resource, by id. */
async function pgContents(store: PgStore): Promise<Record<string, WireRecord[]>> {
  const out: Record<string, WireRecord[]> = {};
  for (const def of resourceList) {
    const { rows } = await store.pool.query<{ data: string; richness: number }>(
      `SELECT data, richness FROM ${planColumns(def).table} ORDER BY id`,
    );
    out[def.key] = rows.map((r) => ({
      ...(JSON.parse(r.data) as WireRecord),
      __richness: r.richness,
    }));
  }
  return out;
}

describe.skipIf(!PG_URL)('sync into PostgreSQL', () => {
  it('reaches the same records as a one-shot import into SQLite', async () => {
    const clock = fakeClock();
    const server = await startServer({
      data: buildDataset({ sharedTimestampCount: 150 }),
      now: clock.now,
    });
    const url = await createDatabase();
    const store = new PgStore(url);
    try {
      await store.opened();
      const run = () =>
        runSync({
          store,
          client: makeClient(server, clock),
          tasks: buildPlan(),
          now: clock.now,
          sleep: clock.sleep,
        });
      const first = await run();
      expect(first.failed).toBe(false);
      expect(first.tasks.every((t) => t.status === 'complete')).toBe(true);
      const sqlite = oneShotImport(server);
      expect(await pgContents(store)).toEqual(contents(sqlite));
      sqlite.close();
      expect(store.getMeta(LAST_SYNC_KEY)).toBe(new Date(clock.now()).toISOString());
      expect((await store.health()).lastSyncAt).toBe(new Date(clock.now()).toISOString());
    } finally {
      await store.close();
      await dropDatabase(url);
    }
  });
});
