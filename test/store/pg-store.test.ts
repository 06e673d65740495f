import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDataSource, listRecords, parseList, setDataSource } from '@/lib/data';
import { storeSource } from '@/lib/data/local-source';
import type { DataSource } from '@/lib/data/source';
import { checkHealth } from '@/lib/health/check';
import { asyncStore } from '@/lib/store/async-store';
import { loadEmbeddedDatasetInto } from '@/lib/store/embedded';
import { PgStore } from '@/lib/store/pg/pg-store';
import { writeSnapshot } from '@/lib/store/snapshot';
import { SqliteStore } from '@/lib/store/sqlite-store';
import { HAND_LAUNCHES, seededStore, writeRecordsInto } from './fixtures';
import { createDatabase, dropDatabase, PG_URL } from './pg';

/** Polls until `test` holds, for at most `ms`; returns how long it took. */
async function within(ms: number, test: () => boolean): Promise<number> {
  const started = Date.now();
  while (!test()) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - started;
}

describe.skipIf(!PG_URL)('PostgreSQL: many instances, one writer', () => {
  let url: string;
  let writer: PgStore;
  let reader: PgStore;
  let previous: DataSource;

  beforeAll(async () => {
    url = await createDatabase();
    writer = new PgStore(url);
    reader = new PgStore(url);
    await Promise.all([writer.opened(), reader.opened()]);
    previous = getDataSource();
  });
  afterAll(async () => {
    setDataSource(previous);
    await writer.close();
    await reader.close();
    await dropDatabase(url);
  });

  it('an instance sees another process’s commit within a second, and its caches start afresh', async () => {
    setDataSource(storeSource(() => reader));
    const parsed = parseList('launches', new URLSearchParams('lsp__id=121'));
    expect((await listRecords('launches', parsed)).count).toBe(0);
    const before = reader.dataVersion();

    await writeRecordsInto(writer, 'launches', HAND_LAUNCHES);
    const waited = await within(1000, () => reader.dataVersion() > before);
    expect(waited).toBeLessThan(1000);
    expect(reader.dataVersion()).toBe(writer.dataVersion());
    // The same query, cached under the old version, is asked again under the new one.
    expect((await listRecords('launches', parsed)).count).toBe(1);
  });

  it('passes on a sync’s bookkeeping (the last sync time) even when no record changed', async () => {
    const at = '2025-03-01T10:00:00.000Z';
    await writer.write([], { last_sync_at: at });
    await within(1000, () => reader.getMeta('last_sync_at') === at);
    expect(await reader.health()).toMatchObject({
      store: 'postgres',
      lastSyncAt: at,
      dataVersion: writer.dataVersion(),
    });
  });

  it('opens an existing database without rebuilding it', async () => {
    const again = new PgStore(url, { watch: false });
    await again.opened();
    expect(again.dataVersion()).toBe(writer.dataVersion());
    const rows = await again.pool.query<{ n: number }>('SELECT count(*) AS n FROM r_launches');
    expect(rows.rows[0]!.n).toBe(HAND_LAUNCHES.length);
    await again.close();
  });
});

describe.skipIf(!PG_URL)('PostgreSQL: the embedded snapshot', () => {
  it('loads into an empty database once; the next start finds it loaded', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbit-snapshot-'));
    const source = seededStore();
    const manifest = writeSnapshot(source, dir, { source: 'test', attribution: 'test' });
    source.close();
    const total = manifest.files.reduce((n, f) => n + f.records, 0);
    const url = await createDatabase();
    const store = new PgStore(url, { watch: false });
    try {
      expect(await loadEmbeddedDatasetInto(store, dir, { quiet: true })).toBe(total);
      expect(store.getMeta('snapshot_id')).toBe(manifest.id);
      const version = store.dataVersion();
      const restarted = new PgStore(url, { watch: false });
      expect(await loadEmbeddedDatasetInto(restarted, dir, { quiet: true })).toBe(0);
      expect(restarted.dataVersion()).toBe(version);
      await restarted.close();
    } finally {
      await store.close();
      await dropDatabase(url);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('health', () => {
  it('reports the SQLite store’s version and the age of its last sync', async () => {
    const sqlite = new SqliteStore(':memory:');
    sqlite.write([], { last_sync_at: '2025-03-01T10:00:00.000Z' });
    const now = Date.parse('2025-03-01T10:05:00.000Z');
    expect(await checkHealth(asyncStore(sqlite), now)).toEqual({
      status: 200,
      body: {
        status: 'ok',
        store: 'sqlite',
        dataVersion: sqlite.dataVersion(),
        lastSyncAt: '2025-03-01T10:00:00.000Z',
        lastSyncAgeSeconds: 300,
      },
    });
    sqlite.close();
    expect(await checkHealth(asyncStore(sqlite), now)).toEqual({
      status: 503,
      body: { status: 'unavailable', store: 'sqlite', reason: 'the store cannot be reached' },
    });
  });

  it.skipIf(!PG_URL)('reports a PostgreSQL store, and 503 once the database is gone', async () => {
    const url = await createDatabase();
    const store = new PgStore(url, { watch: false });
    await store.opened();
    expect(await checkHealth(store)).toMatchObject({
      status: 200,
      body: {
        status: 'ok',
        store: 'postgres',
        dataVersion: 0,
        lastSyncAt: null,
        lastSyncAgeSeconds: null,
      },
    });
    await dropDatabase(url);
    const report = await checkHealth(store);
    expect(report).toEqual({
      status: 503,
      body: { status: 'unavailable', store: 'postgres', reason: 'the store cannot be reached' },
    });
    expect(JSON.stringify(report)).not.toContain('127.0.0.1');
    await store.close();
  });

  it.skipIf(!PG_URL)('answers 503 within its timeout when the server does not answer', async () => {
    const store = new PgStore(PG_URL!.replace(/:\d+\//, ':9/'), { watch: false });
    const started = Date.now();
    const report = await checkHealth(store, Date.now(), 500);
    expect(report.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(2000);
    await store.close().catch(() => {});
  });

  it.skipIf(!PG_URL)('recovers when the database appears after the instance started', async () => {
    const url = await createDatabase();
    await dropDatabase(url);
    const store = new PgStore(url, { watch: false });
    expect((await checkHealth(store)).status).toBe(503);
    const admin = new pg.Client({ connectionString: PG_URL! });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${new URL(url).pathname.slice(1)}`);
    await admin.end();
    expect(await checkHealth(store)).toMatchObject({
      status: 200,
      body: { store: 'postgres', dataVersion: 0 },
    });
    await store.close();
    await dropDatabase(url);
  });

  it('is healthy in live mode, which serves from its own cache', async () => {
    expect(await checkHealth(null)).toEqual({ status: 200, body: { status: 'ok', store: 'live' } });
  });
});
