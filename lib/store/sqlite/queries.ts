import type { QueryCache } from '@/lib/cache/query-cache';
import type { ListQuery } from '@/lib/query/types';
import type { ResourceDef, WireRecord } from '@/lib/resources/types';
import type { ColumnPlan } from '../columns';
import { pageIndexHint } from '../page-plan';
import { buildRank, buildWhere, searchesBeyondLl2, searchIndexMatch, sideTableCount, type WhereClause, type WhereOptions } from '../sql-query';
import { pageIdsSql } from '../statements';
import type { GetOptions, ListResult } from '../types';
import type { SqliteContext } from './context';
import { dataVersion } from './meta';

/** Lists, counts and single records: the reads behind every list page, detail page and API answer. */

/**
 * One page of a list. `counts` keeps match counts per filter set until the data changes: every
 * page of a query (any offset, limit or ordering) has the same count, so paging counts it once.
 */
export function listRecords(ctx: SqliteContext, counts: QueryCache<number>, def: ResourceDef, query: ListQuery, now: Date): ListResult {
  const plan = ctx.plan(def);
  const version = dataVersion(ctx);
  const options = { ...ctx.whereOptions(plan), ...(query.servedOnly && hasUnserved(ctx, counts, plan, version) ? { servedOnly: true } : {}) };
  const where = buildWhere(plan, def, query, now, options);
  const count = counts.get(version, `${plan.table}|${where.sql}|${JSON.stringify(where.params)}`, () =>
    countMatches(ctx, plan, query, where, options),
  );
  if (query.offset >= count) return { count, results: [] };
  // A ranked search sorts every match, so no index order can serve it: only unranked pages get a hint.
  const ranked = buildRank(plan, query) !== null;
  const hint = ranked
    ? ''
    : pageIndexHint({
        plan,
        def,
        query,
        count,
        options,
        catalog: ctx.indexes,
        countEqual: (field, value) =>
          counts.get(version, `${plan.table}|f_${field} = ?|${JSON.stringify([value])}`, () =>
            (ctx.stmt(`SELECT count(*) AS n FROM ${plan.table} WHERE f_${field} = ?`).get(value) as { n: number }).n,
          ),
      });
  const page = pageIdsSql(plan, def, query, where, hint);
  const ids = ctx.stmt(page.sql).pluck().all(...page.params) as (string | number)[];
  return { count, results: fetchMany(ctx, plan, ids) };
}

/** Whether any of the resource's records is one the API does not serve (lib/ll2/served.ts). */
function hasUnserved(ctx: SqliteContext, counts: QueryCache<number>, plan: ColumnPlan, version: number): boolean {
  return counts.get(version, `${plan.table}|unserved`, () => (ctx.stmt(`SELECT EXISTS (SELECT 1 FROM ${plan.table} WHERE served = 0) AS n`).get() as { n: number }).n) > 0;
}

/**
 * A search with nothing else is counted in the search index alone (each of its rows is one
 * record), instead of looking every match up in the table.
 */
function countMatches(ctx: SqliteContext, plan: ColumnPlan, query: ListQuery, where: WhereClause, options: WhereOptions): number {
  // Neither index knows which records the API serves.
  const alone = !query.view && !query.span && !options.servedOnly && !searchesBeyondLl2(plan, query);
  const match = alone && query.filters.length === 0 ? searchIndexMatch(query, options) : null;
  if (match !== null && options.searchIndex) {
    return (ctx.stmt(`SELECT count(*) AS n FROM ${options.searchIndex} WHERE ${options.searchIndex} MATCH ?`).get(match) as { n: number }).n;
  }
  // Likewise one multi-valued filter alone (`program=…`) is counted in its side table.
  const only = query.filters.length === 1 && query.searchTerms.length === 0 && alone ? query.filters[0] : undefined;
  const side = only ? sideTableCount(plan, only) : null;
  if (side) return (ctx.stmt(side.sql).get(...side.params) as { n: number }).n;
  return (ctx.stmt(`SELECT count(*) AS n FROM ${plan.table} ${where.sql}`).get(...where.params) as { n: number }).n;
}

function fetchMany(ctx: SqliteContext, plan: ColumnPlan, ids: (string | number)[]): WireRecord[] {
  if (ids.length === 0) return [];
  const rows = ctx.db
    .prepare(`SELECT id, data FROM ${plan.table} WHERE id IN (${ids.map(() => '?').join(', ')})`)
    .all(...ids) as { id: string | number; data: string }[];
  const byId = new Map(rows.map((r) => [r.id, r.data]));
  return ids.flatMap((id) => {
    const data = byId.get(id);
    return data ? [JSON.parse(data) as WireRecord] : [];
  });
}

export function getRecord(ctx: SqliteContext, def: ResourceDef, id: string | number, options: GetOptions): WireRecord | null {
  const plan = ctx.plan(def);
  const key = def.idType === 'int' ? Number(id) : String(id);
  if (def.idType === 'int' && !Number.isSafeInteger(key)) return null;
  const served = options.servedOnly ? ' AND served = 1' : '';
  const row = ctx.stmt(`SELECT data FROM ${plan.table} WHERE id = ?${served}`).get(key) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as WireRecord) : null;
}

export function getRecordBySlug(ctx: SqliteContext, def: ResourceDef, slug: string): WireRecord | null {
  const plan = ctx.plan(def);
  const row = ctx.db.prepare(`SELECT data FROM ${plan.table} WHERE slug = ? ORDER BY richness DESC, id LIMIT 1`).get(slug) as
    | { data: string }
    | undefined;
  return row ? (JSON.parse(row.data) as WireRecord) : null;
}

export function recordIds(ctx: SqliteContext, def: ResourceDef): { id: string | number; slug: string | null; lastUpdated: string | null }[] {
  const plan = ctx.plan(def);
  const hasUpdated = plan.scalar.includes('last_updated');
  return ctx.db
    .prepare(`SELECT id, slug${hasUpdated ? ', f_last_updated AS lastUpdated' : ', NULL AS lastUpdated'} FROM ${plan.table} ORDER BY id`)
    .all() as { id: string | number; slug: string | null; lastUpdated: string | null }[];
}
