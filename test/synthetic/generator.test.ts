import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wireSchemas, type WireResourceKey } from '@/lib/ll2/wire';
import { parseListQuery } from '@/lib/query/parse';
import { at } from '@/lib/ll2/read';
import { resources } from '@/lib/resources';
import type { WireRecord } from '@/lib/resources/types';
import { needsSnapshot } from '@/lib/store/embedded';
import { SqliteStore } from '@/lib/store/sqlite-store';
import {
  generateSyntheticDataset,
  SYN,
  SYN_ID_BASE,
  type SyntheticBatch,
  type SyntheticOptions,
} from '@/tools/synthetic';
import { loadPools } from '@/tools/synthetic/pools';
import { writeSyntheticDataset } from '@/tools/synthetic/write';
import { LL2_SNAPSHOT } from '../fixtures/ll2-reference';

const NOW = new Date('2026-06-15T00:00:00Z');
const OPTIONS = { launches: 600, seed: 7, now: NOW, batchSize: 250 };

function collect(options: SyntheticOptions = OPTIONS): SyntheticBatch[] {
  return [...generateSyntheticDataset(options)];
}

function byResource(batches: SyntheticBatch[]): Map<string, WireRecord[]> {
  const out = new Map<string, WireRecord[]>();
  for (const b of batches) out.set(b.resource, [...(out.get(b.resource) ?? []), ...b.records]);
  return out;
}

/** Every object in a record, with the key it sits under, depth first. */
function* objects(value: unknown, key = ''): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) {
    for (const v of value) yield* objects(v, key);
  } else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    yield [key, o];
    for (const [k, v] of Object.entries(o)) yield* objects(v, k);
  }
}

/** Real record ids of the committed seed dataset, per resource, from every nested object too. */
function seedIds(): Map<string, Set<string | number>> {
  const dir = path.join(process.cwd(), 'data', 'seed');
  const ids = new Map<string, Set<string | number>>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const page = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as {
      results: unknown[];
    };
    for (const [, o] of objects(page.results)) {
      const url = typeof o.url === 'string' ? o.url : '';
      const m = /\/2\.3\.0\/([a-z_]+)\/([^/?]+)\//.exec(url);
      if (m && (typeof o.id === 'number' || typeof o.id === 'string')) {
        const set = ids.get(m[1]!) ?? new Set();
        set.add(o.id);
        ids.set(m[1]!, set);
      }
    }
  }
  return ids;
}

describe('synthetic generator', () => {
  const batches = collect();
  const records = byResource(batches);

  it('is deterministic for a seed and changes with the seed', () => {
    const again = collect();
    expect(JSON.stringify(again)).toBe(JSON.stringify(batches));
    const other = byResource(collect({ ...OPTIONS, seed: 8 }));
    expect(other.get('launches')?.[0]?.id).not.toBe(records.get('launches')?.[0]?.id);
  });

  it('produces the requested counts, in batches', () => {
    expect(records.get('launches')).toHaveLength(600);
    expect(records.get('agencies')).toHaveLength(50);
    expect(records.get('spacecraft')).toHaveLength(12);
    expect(records.get('events')).toHaveLength(60);
    expect(records.get('space_stations')).toHaveLength(12);
    expect(records.get('docking_events')!.length).toBeGreaterThan(0);
    expect(records.get('docking_events')!.length).toBeLessThanOrEqual(10);
    expect(Math.max(...batches.map((b) => b.records.length))).toBeLessThanOrEqual(250);
  });

  it('validates every record, and every embedded record, with the LL2 wire schemas', () => {
    for (const [resource, list] of records) {
      const schema = wireSchemas[resource as WireResourceKey];
      for (const record of list) {
        const result = schema.safeParse(record);
        expect(result.success, `${resource} ${String(record.id)}: ${result.error?.message}`).toBe(
          true,
        );
        expect(record.response_mode).toBe('detailed');
      }
    }
    const def = resources.launches;
    for (const record of records.get('launches')!) {
      for (const ref of def.nested ?? []) {
        const found = at(record, ref.path);
        for (const item of Array.isArray(found) ? found : [found]) {
          if (item === null || item === undefined) continue;
          expect(wireSchemas[ref.resource as WireResourceKey].safeParse(item).success).toBe(true);
        }
      }
    }
  });

  it('marks every name and keeps ids in the synthetic range', () => {
    for (const [resource, list] of records) {
      for (const record of list) {
        if (resource === 'launches')
          expect(typeof record.id === 'string' && /^[0-9a-f-]{36}$/.test(record.id)).toBe(true);
        else expect(record.id).toBeGreaterThanOrEqual(SYN_ID_BASE);
        for (const [key, o] of objects(record)) {
          // Enumerations (status, type, orbit, country, celestial body…) keep LL2's names.
          const isRecord =
            typeof o.url === 'string' ||
            ['mission', 'spacecraft_stage', 'docking_location'].includes(key);
          if (isRecord && typeof o.name === 'string')
            expect(o.name.startsWith(SYN), `${resource}.${key}: ${o.name}`).toBe(true);
          if (typeof o.url === 'string' && typeof o.id === 'number')
            expect(o.id).toBeGreaterThanOrEqual(SYN_ID_BASE);
        }
      }
    }
  });

  it('never reuses an id of the seed dataset', () => {
    const seeds = seedIds();
    expect(seeds.size).toBeGreaterThan(0);
    for (const [resource, list] of records) {
      const real = seeds.get(resource) ?? new Set();
      for (const record of list) expect(real.has(record.id)).toBe(false);
    }
  });

  it('draws real names from a saved LL2 snapshot when given one', () => {
    expect(loadPools().source).toBe('builtin');
    const pools = loadPools(LL2_SNAPSHOT);
    expect(pools.source).toBe('snapshot');
    expect(pools.agencies.map((a) => a.name)).toContain('SpaceX');
    const fromSnapshot = byResource(collect({ ...OPTIONS, launches: 300, poolDir: LL2_SNAPSHOT }));
    expect(fromSnapshot.get('launches')).toHaveLength(300);
    const configs = new Set(pools.configs.map((c) => `${SYN}${c.fullName}`));
    const launchConfigs = fromSnapshot
      .get('launches')!
      .map((l) => String(at(l, 'rocket.configuration.full_name')));
    expect(launchConfigs.every((name) => configs.has(name))).toBe(true);
    for (const [resource, list] of fromSnapshot) {
      for (const record of list) {
        expect(
          wireSchemas[resource as WireResourceKey].safeParse(record).success,
          `${resource} ${String(record.id)}`,
        ).toBe(true);
        if (typeof record.name === 'string') expect(record.name.startsWith(SYN)).toBe(true);
      }
    }
  });

  it('says which snapshot is missing instead of inventing names silently', () => {
    const missing = path.join(os.tmpdir(), 'no-such-snapshot');
    expect(() => collect({ ...OPTIONS, poolDir: missing })).toThrow(
      `no LL2 snapshot in ${missing}: ${path.join(missing, 'agencies0.json')} is missing`,
    );
  });

  it('spreads launches over 1957–2030 with some still ahead, mostly successful', () => {
    const launches = records.get('launches')!;
    const years = launches.map((l) => Number(String(l.net).slice(0, 4)));
    expect(Math.min(...years)).toBeLessThan(1966);
    expect(Math.max(...years)).toBeGreaterThanOrEqual(2027);
    const upcoming = launches.filter((l) => Date.parse(String(l.net)) > NOW.getTime());
    expect(upcoming.length).toBeGreaterThan(0);
    expect(upcoming.length).toBeLessThan(launches.length * 0.2);
    const past = launches.filter((l) => Date.parse(String(l.net)) <= NOW.getTime());
    const statusOf = (l: WireRecord) => (l.status as { id: number }).id;
    const success = past.filter((l) => statusOf(l) === 3).length / past.length;
    expect(success).toBeGreaterThan(0.8);
    expect(success).toBeLessThan(0.99);
    expect(upcoming.every((l) => [1, 2, 5, 8].includes(statusOf(l)))).toBe(true);
    expect(
      new Set(launches.map((l) => (l.net_precision as { id: number }).id)).size,
    ).toBeGreaterThan(3);
    expect(launches.some((l) => at(l, 'mission.orbit.abbrev') === 'Sub')).toBe(true);
  });
});

describe('a small synthetic store', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbit-synthetic-'));
  let store: SqliteStore;
  beforeAll(() => {
    store = new SqliteStore(path.join(dir, 'syn.db'));
    writeSyntheticDataset(store, OPTIONS);
    store.optimize({ searchIndexMinRows: 0 });
  });
  afterAll(() => {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is flagged synthetic', () => {
    expect(store.getMeta('dataset')).toBe('synthetic');
    const row = store.db
      .prepare('SELECT count(*) AS n, sum(synthetic) AS s FROM r_launches')
      .get() as { n: number; s: number };
    expect(row.n).toBe(600);
    expect(row.s).toBe(600);
  });

  it('never takes the embedded snapshot of real data when a server opens it', () => {
    expect(needsSnapshot(store)).toBe(false);
  });

  it('answers a filtered, searched, ordered query like a scan of the records does', () => {
    const def = resources.launches;
    const all = (store.db.prepare('SELECT data FROM r_launches').all() as { data: string }[]).map(
      (r) => JSON.parse(r.data) as WireRecord,
    );
    const provider = store.facet(def, 'lsp__id')[0]!;
    const { query } = parseListQuery(
      def,
      new URLSearchParams(
        `lsp__id=${provider.value}&status__ids=3,4&net__gte=1990-01-01&ordering=-net&limit=100`,
      ),
    );
    const result = store.list(def, query, NOW);
    const expected = all
      .filter((l) => String(at(l, 'launch_service_provider.id')) === provider.value)
      .filter((l) => [3, 4].includes((l.status as { id: number }).id))
      .filter((l) => String(l.net) >= '1990-01-01')
      .sort((a, b) =>
        String(a.net) < String(b.net)
          ? 1
          : String(a.net) > String(b.net)
            ? -1
            : String(a.id) < String(b.id)
              ? 1
              : -1,
      );
    expect(result.count).toBe(expected.length);
    expect(result.count).toBeGreaterThan(0);
    expect(result.results.map((r) => r.id)).toEqual(expected.slice(0, 100).map((r) => r.id));
  });

  it('matches every search term in some searched field, case-insensitively', () => {
    const def = resources.launches;
    const all = (store.db.prepare('SELECT data FROM r_launches').all() as { data: string }[]).map(
      (r) => JSON.parse(r.data) as WireRecord,
    );
    const fields = def.search.map((name) => def.fields[name]!);
    const haystacks = new Map(
      all.map((l) => [
        l.id,
        fields
          .flatMap((f) => [f.get(l)].flat())
          .filter((v) => v !== null && v !== undefined)
          .map((v) => String(v).toLowerCase()),
      ]),
    );
    for (const search of [
      'syn',
      'Falcon',
      'SOYUZ 2',
      '"group 4"',
      'x',
      'zz-no-match',
      'a b',
      'cosmo launch',
    ]) {
      const { query } = parseListQuery(def, new URLSearchParams({ search, limit: '100' }));
      const expected = all.filter((l) =>
        query.searchTerms.every((t) =>
          haystacks.get(l.id)!.some((h) => h.includes(t.toLowerCase())),
        ),
      );
      expect(store.list(def, query, NOW).count, search).toBe(expected.length);
    }
  });
});
