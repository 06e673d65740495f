import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseListQuery } from '@/lib/query/parse';
import { choiceFields } from '@/lib/list/filter-model';
import { resources } from '@/lib/resources';
import { planColumns } from '@/lib/store/columns';
import { buildOrderBy, buildWhere } from '@/lib/store/sql-query';
import { SqliteStore } from '@/lib/store/sqlite-store';
import { writeSyntheticDataset } from '@/tools/synthetic/write';
import { HAND_LAUNCHES, NOW, writeRecords } from './fixtures';

/**
 * On a store large enough for the planner's choices to matter (6,000 launches, thousands of
 * matches), pages read through covering indexes and cached counts must be exactly the plain
 * query's: same count, same records in the same order, at any offset.
 */

const L = resources.launches;
const plan = planColumns(L);
let store: SqliteStore;
let busiest: string;
let location: string;

beforeAll(() => {
  store = new SqliteStore(':memory:');
  store.bulkLoad(() =>
    writeSyntheticDataset(store, {
      launches: 6000,
      seed: 5,
      now: new Date('2026-06-15T00:00:00Z'),
    }),
  );
  store.optimize({ searchIndexMinRows: 0 });
  busiest = store.facet(L, 'lsp__id')[0]!.value;
  location = store.facet(L, 'pad__location')[1]!.value;
}, 60_000);

afterAll(() => store.close());

const parse = (params: string, view?: string) =>
  parseListQuery(L, new URLSearchParams(params), { view }).query;

/** Every match in order, by a full scan and sort that no index or cache takes part in. */
function plain(params: string, view?: string): (string | number)[] {
  const query = parse(params, view);
  const where = buildWhere(plan, L, query, NOW, { searchIndex: plan.searchTable });
  return store.db
    .prepare(`SELECT id FROM ${plan.table} NOT INDEXED ${where.sql} ${buildOrderBy(plan, query)}`)
    .pluck()
    .all(...where.params) as (string | number)[];
}

const page = (params: string, view?: string) => {
  const result = store.list(L, parse(params, view), NOW);
  return { count: result.count, ids: result.results.map((r) => r.id) };
};

/** `{lsp}` and `{location}` stand for the busiest provider and a busy location, known once built. */
const QUERIES: [string, string][] = [
  ['lsp__id={lsp}&status__ids=3,4&ordering=-net', ''],
  ['status__ids=3,4&ordering=-net', ''],
  ['', ''],
  ['ordering=-net', ''],
  ['location__ids={location}&is_crewed=false', ''],
  ['lsp__id={lsp}&net__gte=1975-06-01', ''],
  ['lsp__id={lsp}&year=1970,1980,1985', ''],
  ['status=3&include_suborbital=false&ordering=-net', ''],
  ['lsp__id={lsp}&search=syn&ordering=-net', ''],
  ['search=syn', ''],
  ['ordering=-net', 'previous'],
  ['', 'upcoming'],
];

describe('pages of a large store', () => {
  it.each(QUERIES)(
    '?%s %s: every offset gives the plain query’s slice and count',
    (template, view) => {
      const q = template.replace('{lsp}', busiest).replace('{location}', location);
      const all = plain(q, view || undefined);
      expect(all.length).toBeGreaterThan(0);
      const offsets = [
        0,
        1,
        13,
        Math.floor(all.length / 2),
        all.length - 12,
        all.length - 1,
        all.length,
      ];
      for (const offset of offsets.filter((o) => o >= 0)) {
        for (const limit of [11, 15]) {
          const sep = q ? '&' : '';
          expect(page(`${q}${sep}offset=${offset}&limit=${limit}`, view || undefined)).toEqual({
            count: all.length,
            ids: all.slice(offset, offset + limit),
          });
        }
      }
    },
  );

  it('counts and pages the busiest provider’s launches inside one index, never reading skipped rows', () => {
    const query = parse(`lsp__id=${busiest}&status__ids=3,4&ordering=-net&offset=1000&limit=12`);
    const where = buildWhere(plan, L, query, NOW);
    const explain = (sql: string, ...params: unknown[]) =>
      (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
    const count = explain(`SELECT count(*) FROM ${plan.table} ${where.sql}`, ...where.params);
    const ids = explain(
      `SELECT id FROM ${plan.table} ${where.sql} ${buildOrderBy(plan, query)} LIMIT 12 OFFSET 1000`,
      ...where.params,
    );
    expect(count).toMatch(/COVERING INDEX ix_r_launches_f_lsp__id/);
    expect(ids).toMatch(/COVERING INDEX ix_r_launches_f_lsp__id/);
    expect(ids).not.toMatch(/TEMP B-TREE/);
  });

  it('reads the filter panel’s options from the facet indexes, as the plain GROUP BY does', () => {
    for (const field of ['status', 'lsp__id', 'launcher_config__id', 'pad', 'pad__location']) {
      const sql = `SELECT f_${field} AS value, max(o_${field}) AS label, count(*) AS count FROM ${plan.table} NOT INDEXED WHERE f_${field} IS NOT NULL GROUP BY f_${field} ORDER BY count DESC, label, value`;
      const expected = (
        store.db.prepare(sql).all() as { value: number; label: string; count: number }[]
      ).map((r) => ({ value: String(r.value), label: r.label || String(r.value), count: r.count }));
      const options = store.facet(L, field);
      const byValue = (a: { value: string }, b: { value: string }) =>
        a.value.localeCompare(b.value);
      expect([...options].sort(byValue)).toEqual([...expected].sort(byValue));
      // Most used first; equal counts by label.
      expect(options.map((o) => [o.count, o.label])).toEqual(
        expected.map((o) => [o.count, o.label]),
      );
      const steps = store.db
        .prepare(`EXPLAIN QUERY PLAN ${sql.replace(' NOT INDEXED', '')}`)
        .all() as {
        detail: string;
      }[];
      expect(steps.map((p) => p.detail).join(' ')).toContain(
        `COVERING INDEX ix_r_launches_f_${field}`,
      );
    }
  });
});

describe('filter-panel counts within a selection', () => {
  /** Per-value counts among the plain query's matches with the field's own filters dropped. */
  function plainCounts(template: string, view: string, field: string): Map<string, number> {
    const own = new Set(
      parse(template, view || undefined)
        .filters.filter((f) => f.filter.field === field)
        .map((f) => f.filter.param),
    );
    const others = new URLSearchParams(template);
    for (const param of own) others.delete(param);
    const ids = JSON.stringify(plain(others.toString(), view || undefined));
    const rows = plan.multi.includes(field)
      ? store.db
          .prepare(
            `SELECT value, count(*) AS n FROM ${plan.multiTable} WHERE field = ? AND record_id IN (SELECT value FROM json_each(?)) GROUP BY value`,
          )
          .all(field, ids)
      : store.db
          .prepare(
            `SELECT f_${field} AS value, count(*) AS n FROM ${plan.table} NOT INDEXED WHERE id IN (SELECT value FROM json_each(?)) AND f_${field} IS NOT NULL GROUP BY f_${field}`,
          )
          .all(ids);
    return new Map(
      (rows as { value: string | number; n: number }[]).map((r) => [String(r.value), r.n]),
    );
  }

  const CASES: [string, string][] = [
    ['lsp__id={lsp}&status__ids=3,4', ''],
    ['search=syn', ''],
    ['location__ids={location}&is_crewed=false', ''],
    ['', 'upcoming'],
    ['lsp__id={lsp}', 'previous'],
  ];

  it.each(CASES)('?%s %s: each option counts the matches ticking it gives', (template, view) => {
    const q = template.replace('{lsp}', busiest).replace('{location}', location);
    for (const field of choiceFields(L)) {
      const counts = store.facetCounts(L, field, parse(q, view || undefined), NOW);
      expect(counts, field).not.toBeNull();
      expect(counts, field).toEqual(plainCounts(q, view, field));
    }
  });

  it('leaves a field’s own filter out: the busiest provider’s options still list the others', () => {
    const counts = store.facetCounts(L, 'lsp__id', parse(`lsp__id=${busiest}`), NOW);
    // Nothing but the field itself narrows the list: the whole-index options apply.
    expect(counts).toBeNull();
    const withStatus = store.facetCounts(L, 'lsp__id', parse(`lsp__id=${busiest}&status=3`), NOW)!;
    expect(withStatus.size).toBeGreaterThan(1);
    expect(withStatus.get(busiest)).toBe(plain(`lsp__id=${busiest}&status=3`).length);
  });

  it('is null for an unfiltered list, whose counts are the index’s', () => {
    expect(store.facetCounts(L, 'status', parse(''), NOW)).toBeNull();
  });
});

describe('the count cache', () => {
  it('counts a filter set once for every page, limit and ordering of it', () => {
    const params = `lsp__id=${busiest},${location}&status__ids=3,4`;
    const { misses } = store.cacheStats().counts;
    const first = page(`${params}&offset=0`);
    const later = [
      page(`${params}&offset=500&limit=13`),
      page(`${params}&offset=20&ordering=-net`),
      page(`${params}&offset=5&ordering=name`),
    ];
    expect(store.cacheStats().counts.misses).toBe(misses + 1);
    for (const p of later) expect(p.count).toBe(first.count);
  });

  it('counts again once the data changes', () => {
    const own = new SqliteStore(':memory:');
    writeRecords(own, 'launches', HAND_LAUNCHES.slice(0, 2));
    const before = own.list(L, parse('limit=1'), NOW).count;
    expect(own.list(L, parse('limit=1&offset=1'), NOW).count).toBe(before);
    const { misses } = own.cacheStats().counts;
    writeRecords(own, 'launches', HAND_LAUNCHES.slice(2));
    const after = own.list(L, parse('limit=1&offset=1'), NOW).count;
    expect(own.cacheStats().counts.misses).toBe(misses + 1);
    expect(after).toBe(before + HAND_LAUNCHES.length - 2);
    own.close();
  });

  it('keeps filter-panel options until the data changes', () => {
    const own = new SqliteStore(':memory:');
    writeRecords(own, 'launches', HAND_LAUNCHES.slice(0, 1));
    const first = own.facet(L, 'lsp__id');
    expect(own.facet(L, 'lsp__id')).toBe(first);
    writeRecords(own, 'launches', HAND_LAUNCHES.slice(1));
    const total = (options: { count: number }[]) => options.reduce((n, o) => n + o.count, 0);
    expect(total(own.facet(L, 'lsp__id'))).toBeGreaterThan(total(first));
    own.close();
  });
});
