import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expandPaths, importFile, importPaths } from '@/lib/import/importer';
import { ImportError } from '@/lib/import/normalise';
import type { WireRecord } from '@/lib/resources/types';
import { loadSeedPages } from '@/test/store/seed-pages';
import { SqliteStore } from '@/lib/store/sqlite-store';
import {
  HAND_AGENCIES,
  SEED_DIR,
  def,
  dumpTables,
  run,
  seedRecords,
  writeRecords,
} from '../store/fixtures';
import { LL2_SNAPSHOT } from '../fixtures/ll2-reference';

const SEED_FILES = fs
  .readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => path.join(SEED_DIR, f));

let dir: string;
let store: SqliteStore;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbit-import-'));
  store = new SqliteStore(path.join(dir, 'store.db'));
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes an LL2 page of `results` to a temporary file, as the importer reads them. */
function pageFile(
  name: string,
  results: unknown[],
  url = 'https://ll.thespacedevs.com/2.3.0/agencies/?limit=10&offset=10',
): string {
  const file = path.join(dir, name);
  fs.writeFileSync(
    file,
    JSON.stringify({ count: results.length, next: url, previous: null, results }),
  );
  return file;
}

const record = (resource: string, id: string | number) => store.get(def(resource), id);

describe('idempotence', () => {
  it('importing the embedded dataset twice changes nothing the second time', () => {
    const first = SEED_FILES.map((file) => importFile(store, file));
    expect(first.reduce((n, r) => n + r.inserted, 0)).toBeGreaterThan(50);
    const before = dumpTables(store);
    const version = store.dataVersion();

    const second = SEED_FILES.map((file) => importFile(store, file));
    for (const result of second) {
      expect(result).toMatchObject({
        inserted: 0,
        updated: 0,
        unchanged: result.records + result.nested,
      });
    }
    expect(dumpTables(store)).toEqual(before);
    expect(store.dataVersion()).toBe(version);
  });

  it('reports the same records and nested counts each time', () => {
    const first = SEED_FILES.map((file) => importFile(store, file));
    const second = SEED_FILES.map((file) => importFile(store, file));
    expect(second.map((r) => [r.resource, r.records, r.nested])).toEqual(
      first.map((r) => [r.resource, r.records, r.nested]),
    );
    expect(first.map((r) => [r.resource, r.records, r.nested])).toEqual([
      ['agencies', 10, 0],
      ['spacecraft', 10, 20],
      ['events', 10, 0],
      ['docking_events', 6, 40],
      ['launches', 10, 83],
    ]);
  });

  it('loadEmbeddedDataset twice leaves the same store', () => {
    loadSeedPages(store, SEED_DIR);
    const before = dumpTables(store).r_launches;
    loadSeedPages(store, SEED_DIR);
    expect(dumpTables(store).r_launches).toEqual(before);
  });

  it('re-importing mixed 2.2.0 and 2.3.0 snapshots changes nothing', () => {
    const files = [
      'agencies0.json',
      'locations.json',
      'locations0.json',
      'pads.json',
      'pads0.json',
      'previouslaunches0.json',
    ].map((f) => path.join(LL2_SNAPSHOT, f));
    const first = importPaths(store, files);
    expect(first.failures).toEqual([]);
    expect(first.results.every((r) => r.inserted > 0)).toBe(true);
    const before = dumpTables(store);
    const second = importPaths(store, files);
    expect(second.results.map((r) => [r.inserted, r.updated])).toEqual(files.map(() => [0, 0]));
    expect(dumpTables(store)).toEqual(before);
  });
});

describe('an interrupted import leaves the store as it was', () => {
  beforeEach(() => {
    loadSeedPages(store, SEED_DIR);
  });

  it('when a record late in the file is malformed', () => {
    const before = Buffer.from(store.db.serialize());
    const tables = dumpTables(store);
    const results: Record<string, unknown>[] = seedRecords('000-agencies.json').map((r) => ({
      ...r,
      id: Number(r.id) + 5000,
      name: `${String(r.name)} II`,
    }));
    delete results[8]!.name;
    const file = pageFile('agencies.json', results);

    expect(() => importFile(store, file)).toThrow(ImportError);
    expect(dumpTables(store)).toEqual(tables);
    expect(Buffer.from(store.db.serialize()).equals(before)).toBe(true);
  });

  it('when a write fails part-way through the file', () => {
    const before = Buffer.from(store.db.serialize());
    const version = store.dataVersion();
    const changed = seedRecords('004-launches.json').map((r) => ({
      ...r,
      name: `${String(r.name)} (renamed)`,
    }));
    const file = pageFile(
      'launches.json',
      changed,
      'https://ll.thespacedevs.com/2.3.0/launches/previous/?limit=10',
    );

    // The fourth row written fails inside SQLite, as a full disk would, mid-transaction.
    let calls = 0;
    store.db.function('count_write', () => (calls += 1));
    store.db.exec(`
      CREATE TEMP TRIGGER fail_fourth_write BEFORE UPDATE ON main.r_launches BEGIN
        SELECT RAISE(ABORT, 'disk I/O error') WHERE count_write() = 4;
      END;
    `);
    expect(() => importFile(store, file)).toThrow('disk I/O error');
    expect(calls).toBe(4);
    store.db.exec('DROP TRIGGER temp.fail_fourth_write');

    expect(Buffer.from(store.db.serialize()).equals(before)).toBe(true);
    expect(store.dataVersion()).toBe(version);
    expect(record('launches', 'cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d')?.name).toBe(
      'Soyuz 2.1a | Soyuz MS-26',
    );

    // A retry then lands the whole file.
    expect(importFile(store, file).updated).toBe(10);
    expect(record('launches', 'cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d')?.name).toBe(
      'Soyuz 2.1a | Soyuz MS-26 (renamed)',
    );
  });

  it('a failing file in a batch does not stop the others', () => {
    const good = pageFile('a-good.json', [{ ...HAND_AGENCIES[0]! }]);
    const bad = pageFile('b-bad.json', [{ ...HAND_AGENCIES[1]!, id: 'forty-four' }]);
    const run = importPaths(store, [good, bad]);
    expect(run.results.map((r) => r.file)).toEqual([good]);
    expect(run.failures).toEqual([{ file: bad, error: expect.stringContaining('b-bad.json') }]);
    expect(record('agencies', 121)?.founding_year).toBe(2002);
  });
});

describe('nested records become records of their own', () => {
  const idsOf = (resource: string) =>
    store.db.prepare(`SELECT id FROM r_${resource} ORDER BY id`).pluck().all() as (
      string | number
    )[];

  it('from the seed docking events: stations, flights, spacecraft, configurations, landings, payload flights', () => {
    const result = importFile(store, path.join(SEED_DIR, '003-docking_events.json'));
    expect(result).toMatchObject({
      resource: 'docking_events',
      records: 6,
      nested: 40,
      skippedNested: 0,
    });
    expect(idsOf('docking_events')).toEqual([611, 613, 616, 619, 620, 621]);
    expect(idsOf('space_stations')).toEqual([4]);
    expect(idsOf('spacecraft_flights')).toEqual([777, 837, 840, 858]);
    expect(idsOf('spacecraft')).toEqual([449, 542, 551, 598]);
    expect(idsOf('spacecraft_configurations')).toEqual([6, 7, 38]);
    expect(idsOf('agencies')).toEqual([63, 121]);
    expect(idsOf('landings')).toEqual([401, 1374, 1387, 1412]);
    expect(idsOf('payload_flights')).toEqual([37, 38]);
    expect(idsOf('launches')).toHaveLength(5);

    expect(record('space_stations', 4)).toMatchObject({ name: 'International Space Station' });
    expect(record('spacecraft', 551)).toMatchObject({
      name: 'Crew Dragon Freedom',
      serial_number: 'C212',
      time_in_space: 'P372DT14H50M27S',
    });
    expect(record('spacecraft_flights', 777)).toMatchObject({
      destination: 'International Space Station',
      spacecraft: { id: 551 },
    });
    expect(record('launches', '0102940a-4a60-4686-b34d-ced3fed6c595')).toMatchObject({
      name: 'Falcon 9 Block 5 | Crew-9',
    });
    expect(record('payload_flights', 37)).toMatchObject({
      payload: { name: 'SpaDEx Chaser (SDX01)' },
    });
  });

  it('from the seed launches: providers, program agencies, pads, locations, programs', () => {
    const result = importFile(store, path.join(SEED_DIR, '004-launches.json'));
    expect(result).toMatchObject({ resource: 'launches', records: 10, nested: 83 });
    expect(idsOf('launcher_configurations')).toEqual([24, 45, 484]);
    expect(idsOf('agencies')).toEqual([16, 27, 37, 44, 63, 66, 193, 272]);
    expect(idsOf('pads')).toEqual([20, 48, 83, 85, 212]);
    expect(idsOf('locations')).toEqual([3, 6, 15, 18]);
    expect(idsOf('programs')).toEqual([8, 17]);
    expect(record('pads', 20)).toMatchObject({
      name: '31/6',
      latitude: 45.996034,
      location: { id: 15 },
    });
    expect(record('locations', 15)).toMatchObject({
      name: 'Baikonur Cosmodrome, Republic of Kazakhstan',
      country: { alpha_3_code: 'KAZ' },
    });
    expect(record('programs', 17)).toMatchObject({ name: 'International Space Station' });
    expect(record('agencies', 63)).toMatchObject({
      name: 'Russian Federal Space Agency (ROSCOSMOS)',
      type: { id: 1, name: 'Government' },
    });
  });

  it('makes nested records findable by their own filters', () => {
    importFile(store, path.join(SEED_DIR, '004-launches.json'));
    importFile(store, path.join(SEED_DIR, '003-docking_events.json'));
    expect(run(store, 'pads', 'location__id=15').ids).toEqual([20]);
    expect(run(store, 'spacecraft', 'spacecraft_config=6').ids).toEqual([542, 551]);
    expect(run(store, 'locations', 'search=baikonur').ids).toEqual([15]);
  });
});

describe('a poorer nested copy never replaces a richer record', () => {
  const spacex = HAND_AGENCIES[0]!;

  it('keeps the richer values and fills only the keys it lacks', () => {
    const { url: _url, ...withoutUrl } = spacex;
    writeRecords(store, 'agencies', [withoutUrl as WireRecord]);
    importFile(store, path.join(SEED_DIR, '003-docking_events.json'));

    const stored = record('agencies', 121)!;
    expect(stored).toMatchObject({
      response_mode: 'detailed',
      description: spacex.description,
      founding_year: 2002,
      total_launch_count: 600,
    });
    expect(stored.url).toBe('https://lldev.thespacedevs.com/2.3.0/agencies/121/?format=api');
    expect(Object.keys(stored)).toEqual([...Object.keys(withoutUrl), 'url']);
    expect(store.db.prepare('SELECT richness FROM r_agencies WHERE id = 121').pluck().get()).toBe(
      3,
    );

    // The filled gap is kept and the nested copy still changes nothing on a re-import.
    expect(importFile(store, path.join(SEED_DIR, '003-docking_events.json')).updated).toBe(0);
    expect(record('agencies', 121)).toEqual(stored);
  });

  it('a richer record arriving later replaces a nested copy and keeps LL2’s key order', () => {
    importFile(store, path.join(SEED_DIR, '003-docking_events.json'));
    expect(record('agencies', 121)).toMatchObject({ response_mode: 'list' });
    const summary = writeRecords(store, 'agencies', [spacex]);
    expect(summary.updated).toBeGreaterThanOrEqual(1);
    const stored = record('agencies', 121)!;
    expect(stored).toEqual(spacex);
    expect(Object.keys(stored)).toEqual(Object.keys(spacex));
  });

  it('a richer record takes its own key order over a nested copy’s', () => {
    writeRecords(
      store,
      'agencies',
      [{ name: 'SpaceX', id: 121, abbrev: 'SpX', extra: 1 } as WireRecord],
      0,
    );
    writeRecords(store, 'agencies', [spacex]);
    expect(Object.keys(record('agencies', 121)!)).toEqual([...Object.keys(spacex), 'extra']);
  });

  it('keeps the first of two nested copies of the same richness', () => {
    // Seed spacecraft nest ROSCOSMOS with an `ll` link, the seed docking events with `lldev`.
    importFile(store, path.join(SEED_DIR, '001-spacecraft.json'));
    const first = record('agencies', 63)!;
    expect(first.url).toBe('https://ll.thespacedevs.com/2.3.0/agencies/63/?format=api');
    expect(importFile(store, path.join(SEED_DIR, '003-docking_events.json')).resource).toBe(
      'docking_events',
    );
    expect(record('agencies', 63)).toEqual(first);
  });

  it('a newer top-level copy of the same richness does replace values', () => {
    importFile(store, path.join(SEED_DIR, '000-agencies.json'));
    const renamed = seedRecords('000-agencies.json').map((r) =>
      r.id === 1033 ? { ...r, description: 'Orbex builds Prime.' } : r,
    );
    const result = importFile(store, pageFile('newer.json', renamed));
    expect(result).toMatchObject({ inserted: 0, updated: 1, unchanged: 9 });
    expect(record('agencies', 1033)?.description).toBe('Orbex builds Prime.');
  });
});

describe('malformed input', () => {
  beforeEach(() => {
    loadSeedPages(store, SEED_DIR);
  });

  it('names the file and the record', () => {
    const results = seedRecords('000-agencies.json');
    results[2] = { ...results[2]!, name: 42 } as unknown as WireRecord;
    const file = pageFile('broken.json', results);
    const error = (() => {
      try {
        importFile(store, file);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toContain('record #3 (id 1099)');
    expect((error as Error).message).toContain('name');
  });

  it.each([
    ['not JSON', '{"count": 1, "results": [', /not valid JSON/],
    [
      'a record that is not an object',
      JSON.stringify([{ ...HAND_AGENCIES[0] }, 'SpaceX']),
      /record #2 is not an object/,
    ],
    ['an unknown shape', JSON.stringify({ hello: 'world' }), /expected an LL2 page/],
    [
      'a page with a bad envelope',
      JSON.stringify({ count: 'many', next: null, previous: null, results: [] }),
      /not an LL2 page/,
    ],
  ])('rejects %s', (_label, text, message) => {
    const file = path.join(dir, 'agencies-bad.json');
    fs.writeFileSync(file, text);
    const before = dumpTables(store);
    expect(() => importFile(store, file)).toThrow(message);
    expect(() => importFile(store, file)).toThrow(ImportError);
    expect(dumpTables(store)).toEqual(before);
  });

  it('asks for --resource when it cannot tell', () => {
    const file = path.join(dir, 'mystery.json');
    fs.writeFileSync(file, JSON.stringify([{ id: 1, name: 'x' }]));
    expect(() => importFile(store, file)).toThrow(/cannot tell which resource/);
    expect(importFile(store, file, { resource: 'programs' })).toMatchObject({
      resource: 'programs',
      inserted: 1,
    });
    expect(() => importFile(store, file, { resource: 'rockets' })).toThrow(
      /unknown resource rockets/,
    );
  });

  it('skips, without failing, files of LL2 resources we do not store', () => {
    const file = path.join(dir, 'spacewalks.json');
    const url = 'https://ll.thespacedevs.com/2.3.0/spacewalks/1/';
    fs.writeFileSync(file, JSON.stringify([{ id: 1, url, name: 'ISS EVA 1' }]));
    const run = importPaths(store, [file]);
    expect(run.failures).toEqual([]);
    expect(run.skipped).toEqual([{ file, reason: expect.stringContaining('spacewalks') }]);
  });

  it('skips a nested copy that fails validation, counting it', () => {
    const launch = { ...seedRecords('004-launches.json')[0]!, pad: { id: 'twenty', name: '31/6' } };
    const result = importFile(
      store,
      pageFile('launch.json', [launch], 'https://ll.thespacedevs.com/2.3.0/launches/?limit=10'),
    );
    expect(result.skippedNested).toBe(1);
    expect(record('pads', 20)).toMatchObject({ name: '31/6', latitude: 45.996034 });
  });
});

describe('expandPaths', () => {
  it('walks directories in name order, keeping JSON and text files but not READMEs', () => {
    fs.mkdirSync(path.join(dir, 'b'));
    for (const name of ['b/2.json', 'a.json', 'README.md', 'readme.txt', 'notes.csv', 'c.txt'])
      fs.writeFileSync(path.join(dir, name), '[]');
    expect(expandPaths([dir]).map((f) => path.relative(dir, f))).toEqual([
      'a.json',
      path.join('b', '2.json'),
      'c.txt',
    ]);
  });
});
