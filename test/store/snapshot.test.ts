import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPaths } from '@/lib/import/importer';
import { getResource } from '@/lib/resources';
import type { WireRecord } from '@/lib/resources/types';
import { columnsTable } from './snapshot-helpers';
import { loadEmbeddedDataset, needsSnapshot } from '@/lib/store/embedded';
import { loadSnapshot, readManifest, readSnapshotFile, SNAPSHOT_DIR, writeSnapshot } from '@/lib/store/snapshot';
import { SqliteStore } from '@/lib/store/sqlite-store';
import { LL2_SNAPSHOT } from '../fixtures/ll2-reference';
import { SEED_PAGES_DIR } from './seed-pages';

const ABOUT = { source: 'test', attribution: 'The Space Devs' };

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbit-snapshot-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function builtStore(file: string): SqliteStore {
  const store = new SqliteStore(file);
  const run = importPaths(store, [LL2_SNAPSHOT, SEED_PAGES_DIR]);
  expect(run.failures).toEqual([]);
  return store;
}

const filesOf = (folder: string) =>
  Object.fromEntries(fs.readdirSync(folder).sort().map((f) => [f, fs.readFileSync(path.join(folder, f))]));

describe('npm run data:snapshot', () => {
  it('is deterministic: two builds from the same input are byte-identical', () => {
    const a = builtStore(path.join(dir, 'a.db'));
    const b = builtStore(path.join(dir, 'b.db'));
    const first = writeSnapshot(a, path.join(dir, 'one'), ABOUT);
    const second = writeSnapshot(b, path.join(dir, 'two'), ABOUT);
    a.close();
    b.close();
    expect(second).toEqual(first);
    expect(filesOf(path.join(dir, 'two'))).toEqual(filesOf(path.join(dir, 'one')));
    expect(first.files.map((f) => f.resource)).toContain('launches');
  });

  it('a store loaded from a snapshot writes the same snapshot back', () => {
    const built = builtStore(path.join(dir, 'a.db'));
    const written = writeSnapshot(built, path.join(dir, 'one'), ABOUT);
    built.close();
    const loaded = new SqliteStore(path.join(dir, 'loaded.db'));
    loadSnapshot(loaded, path.join(dir, 'one'));
    expect(writeSnapshot(loaded, path.join(dir, 'two'), ABOUT)).toEqual(written);
    loaded.close();
  });
});

describe('the committed snapshot', () => {
  const manifest = readManifest(SNAPSHOT_DIR)!;
  const records = (resource: string) =>
    new Map(readSnapshotFile(SNAPSHOT_DIR, manifest.files.find((f) => f.resource === resource)!).map((r) => [r.record.id, r]));

  it('holds the real snapshot: thousands of launches, astronauts and rockets, within 10 MB', () => {
    const counts = Object.fromEntries(manifest.files.map((f) => [f.resource, f.records]));
    expect(counts.launches).toBeGreaterThan(6900);
    expect(counts.agencies).toBeGreaterThanOrEqual(350);
    expect(counts.astronauts).toBeGreaterThanOrEqual(858);
    expect(counts.launcher_configurations).toBeGreaterThanOrEqual(493);
    const bytes = manifest.files.reduce((n, f) => n + fs.statSync(path.join(SNAPSHOT_DIR, f.file)).size, 0);
    expect(bytes).toBeLessThan(10 * 1024 * 1024);
    expect(manifest.attribution).toMatch(/The Space Devs/);
  });

  it('the seed pages’ richer 2.3.0 records win field by field, and nothing of the older copy is lost', () => {
    const seedLaunches = (JSON.parse(fs.readFileSync(path.join(SEED_PAGES_DIR, '004-launches.json'), 'utf8')) as { results: WireRecord[] }).results;
    const seedAgencies = (JSON.parse(fs.readFileSync(path.join(SEED_PAGES_DIR, '000-agencies.json'), 'utf8')) as { results: WireRecord[] }).results;
    const launches = records('launches');
    const agencies = records('agencies');
    for (const [seed, stored] of [
      ...seedLaunches.map((r) => [r, launches.get(r.id)] as const),
      ...seedAgencies.map((r) => [r, agencies.get(r.id)] as const),
    ]) {
      expect(stored, `${String(seed.id)} is in the snapshot`).toBeDefined();
      for (const [key, value] of Object.entries(seed)) expect(stored!.record[key], `${String(seed.id)}.${key}`).toEqual(value);
    }
    // Where the saved snapshot had the same record, its keys the seed page lacks stay.
    const enriched = seedLaunches.filter((r) => Object.keys(launches.get(r.id)!.record).some((key) => !(key in r)));
    expect(enriched.length).toBeGreaterThan(0);
  });
});

describe('first start', () => {
  it('loads every record of the snapshot; the store counts what the manifest counts', () => {
    const store = new SqliteStore(path.join(dir, 'start.db'));
    expect(loadEmbeddedDataset(store, SNAPSHOT_DIR, { quiet: true })).toBe(readManifest()!.files.reduce((n, f) => n + f.records, 0));
    for (const file of readManifest()!.files) {
      expect(columnsTable(store, getResource(file.resource)!), file.resource).toBe(file.records);
    }
    expect(store.getMeta('snapshot_newest_change')).toBe(readManifest()!.newestChange);
    // A second start finds it loaded and writes nothing.
    const version = store.dataVersion();
    expect(loadEmbeddedDataset(store, SNAPSHOT_DIR, { quiet: true })).toBe(0);
    expect(store.dataVersion()).toBe(version);
    store.close();
  });

  it('never loads over a synced store, and reloads a rebuilt snapshot otherwise', () => {
    const store = new SqliteStore(path.join(dir, 'start.db'));
    store.setMeta('snapshot_id', 'an-older-one');
    expect(needsSnapshot(store)).toBe(true);
    store.setMeta('last_sync_at', new Date().toISOString());
    expect(needsSnapshot(store)).toBe(false);
    store.close();
  });

  it('a damaged file loads nothing: the store is as before and the next start tries again', () => {
    const copy = path.join(dir, 'snapshot');
    fs.cpSync(SNAPSHOT_DIR, copy, { recursive: true });
    const launches = readManifest(copy)!.files.find((f) => f.resource === 'launches')!;
    const body = fs.readFileSync(path.join(copy, launches.file));
    body.writeUInt8(body.readUInt8(body.length - 12) ^ 0xff, body.length - 12);
    fs.writeFileSync(path.join(copy, launches.file), body);
    const store = new SqliteStore(path.join(dir, 'start.db'));
    expect(() => loadEmbeddedDataset(store, copy, { quiet: true })).toThrow(/damaged/);
    expect(columnsTable(store, getResource('agencies')!)).toBe(0);
    expect(needsSnapshot(store, copy)).toBe(true);
    store.close();
  });

  it('npm start’s data step shows a progress bar with records/s and an ETA, then the counts', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ensure-data.ts'], {
      env: { ...process.env, DATA_DIR: dir, DATABASE_FILE: '' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/Loading the embedded snapshot \[#+\] [\d,]+\/[\d,]+ records · [\d,]+\/s · ETA 0s/);
    expect(run.stdout).toMatch(/6[,]?9\d\d launches/);
  }, 120_000);
});
