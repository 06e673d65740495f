import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseListQuery } from '@/lib/query/parse';
import { resources } from '@/lib/resources';
import type { ResourceDef } from '@/lib/resources/types';
import { SqliteStore } from '@/lib/store/sqlite-store';
import { createRng } from '@/tools/synthetic/random';
import { writeSyntheticDataset } from '@/tools/synthetic/write';

/**
 * The trigram search index must answer exactly what the `instr` scan answers: same counts, same
 * pages, for any term — long or short, any case, quotes, wildcards, accents, separators.
 */

const OPTIONS = { launches: 500, seed: 11, now: new Date('2026-06-15T00:00:00Z') };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbit-search-'));
let indexed: SqliteStore;
let scanned: SqliteStore;

beforeAll(() => {
  indexed = new SqliteStore(path.join(dir, 'indexed.db'));
  scanned = new SqliteStore(path.join(dir, 'scanned.db'));
  indexed.bulkLoad(() => writeSyntheticDataset(indexed, OPTIONS));
  writeSyntheticDataset(scanned, OPTIONS);
  indexed.optimize({ searchIndexMinRows: 0 });
  scanned.optimize({ searchIndexMinRows: Number.MAX_SAFE_INTEGER });
});

afterAll(() => {
  indexed.close();
  scanned.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function searchedText(store: SqliteStore, def: ResourceDef): string[] {
  return store.db
    .prepare(`SELECT search FROM r_${def.key} WHERE search IS NOT NULL`)
    .pluck()
    .all() as string[];
}

/** Terms cut from the stored text (so most match something), in mixed case, plus awkward ones. */
function terms(store: SqliteStore, def: ResourceDef): string[] {
  const rng = createRng(def.key.length * 7919);
  const texts = searchedText(store, def);
  const out = [
    'x',
    'ab',
    '[syn]',
    'SYN] ',
    '"',
    "'",
    '%',
    '_',
    '\\',
    'ü',
    '🚀',
    'a\u001fb',
    '--',
    '0',
    'zzzz-none',
  ];
  for (let i = 0; i < 40 && texts.length > 0; i++) {
    const text = rng.pick(texts);
    const start = rng.int(0, Math.max(0, text.length - 1));
    const piece = text.slice(start, start + rng.int(1, 9)).replaceAll('\u001f', ' ');
    out.push(rng.chance(0.5) ? piece.toUpperCase() : piece);
  }
  return out;
}

const quote = (t: string) => (/[\s,]/.test(t) || t === '' ? `"${t.replaceAll('"', '')}"` : t);

describe('trigram search index', () => {
  it('is built for the searchable resources', () => {
    const tables = indexed.db
      .prepare(
        "SELECT name FROM sqlite_master WHERE name LIKE 'x\\_%' ESCAPE '\\' AND sql LIKE 'CREATE VIRTUAL%'",
      )
      .pluck()
      .all();
    expect(tables).toEqual(
      expect.arrayContaining(['x_launches', 'x_agencies', 'x_events', 'x_docking_events']),
    );
    expect(
      scanned.db
        .prepare("SELECT count(*) FROM sqlite_master WHERE name = 'x_launches'")
        .pluck()
        .get(),
    ).toBe(0);
  });

  for (const key of [
    'launches',
    'agencies',
    'events',
    'docking_events',
    'spacecraft',
    'space_stations',
    'pads',
  ] as const) {
    it(`finds the same ${key} as a scan`, () => {
      const def = resources[key];
      const list = terms(scanned, def);
      for (let i = 0; i < list.length; i++) {
        const one = list[i]!;
        const two = `${quote(one)} ${quote(list[(i * 7 + 3) % list.length]!)}`;
        for (const search of [quote(one), two]) {
          for (const ordering of ['', def.ordering[0] ? `&ordering=-${def.ordering[0]}` : '']) {
            const { query } = parseListQuery(
              def,
              new URLSearchParams(`search=${encodeURIComponent(search)}&limit=25${ordering}`),
            );
            const a = indexed.list(def, query, OPTIONS.now);
            const b = scanned.list(def, query, OPTIONS.now);
            expect(a.count, `${key} search=${search}`).toBe(b.count);
            expect(
              a.results.map((r) => r.id),
              `${key} search=${search}`,
            ).toEqual(b.results.map((r) => r.id));
          }
        }
      }
    });
  }

  it('stays in step when records change', () => {
    const def = resources.agencies;
    const agency = indexed.get(def, 10_000_000)!;
    const renamed = { ...agency, name: '[SYN] Quokka Orbital Works', abbrev: 'QOW' };
    for (const store of [indexed, scanned])
      store.write([{ resource: 'agencies', record: renamed, richness: 3, synthetic: true }]);
    for (const search of ['quokka', 'qow', String(agency.name).slice(6, 14)]) {
      const { query } = parseListQuery(def, new URLSearchParams({ search }));
      expect(indexed.list(def, query).count, search).toBe(scanned.list(def, query).count);
    }
    const { query } = parseListQuery(def, new URLSearchParams({ search: 'quokka orbital' }));
    expect(indexed.list(def, query).results.map((r) => r.id)).toEqual([10_000_000]);
  });
});
