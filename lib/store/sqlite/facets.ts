import { narrowsSelection } from '@/lib/query/parse';
import type { ListQuery } from '@/lib/query/types';
import type { ResourceDef } from '@/lib/resources/types';
import {
  aggregateSql,
  readAggregateRows,
  type AggregateRow,
  type AggregateSpec,
} from '../aggregate';
import type { ColumnPlan } from '../columns';
import { buildWhere, type WhereClause } from '../sql-query';
import {
  countDriver,
  countSql,
  fieldRowsSql,
  histogramSql,
  valueCountsSql,
  type CountDriver,
} from '../statements';
import type { FacetOption, HistogramBucket } from '../types';
import type { SqliteContext } from './context';

/** Counts by value: the filter panel's options and their counts, the date histogram, grouped counts. */

type Row = Record<string, unknown>;

/** Every value of a field with its label and how many records have it, most used first. */
export function facetOptions(ctx: SqliteContext, def: ResourceDef, field: string): FacetOption[] {
  return valueCounts(ctx, ctx.plan(def), field, { sql: '', params: [] }, true).map((r) => ({
    value: String(r.value),
    label: typeof r.label === 'string' && r.label ? r.label : String(r.value),
    count: Number(r.count),
  }));
}

/**
 * Per-value counts of `field` within the query's selection with the field's own filter unset,
 * or null when nothing else narrows the list (the options' own counts answer then). `cached`
 * keeps an answer per selection until the data changes.
 */
export function selectionCounts(
  ctx: SqliteContext,
  def: ResourceDef,
  field: string,
  query: ListQuery,
  now: Date,
  cached: (key: string, compute: () => [string, number][]) => [string, number][],
): Map<string, number> | null {
  const others = { ...query, filters: query.filters.filter((f) => f.filter.field !== field) };
  if (!narrowsSelection(others)) return null;
  const plan = ctx.plan(def);
  const where = buildWhere(plan, def, others, now, ctx.whereOptions(plan));
  const key = `${plan.table}|${field}|${where.sql}|${JSON.stringify(where.params)}`;
  const rows = cached(key, () =>
    valueCounts(ctx, plan, field, where, false, driverFor(ctx, plan, field, where)).map(
      (r): [string, number] => [String(r.value), Number(r.count)],
    ),
  );
  return new Map(rows);
}

/**
 * Records per value of a filterable field within `where` (every record when it is empty); for
 * the panel's options also their labels, most used first (`valueCountsSql`).
 */
function valueCounts(
  ctx: SqliteContext,
  plan: ColumnPlan,
  field: string,
  where: WhereClause,
  withLabels: boolean,
  driver: CountDriver = 'values',
): Row[] {
  const statement = valueCountsSql(plan, field, where, withLabels, undefined, driver);
  return statement ? (ctx.stmt(statement.sql).all(...statement.params) as Row[]) : [];
}

/** `countDriver` for a multi-valued field: two counts, each a walk of one index. */
function driverFor(
  ctx: SqliteContext,
  plan: ColumnPlan,
  field: string,
  where: WhereClause,
): CountDriver {
  if (!plan.multi.includes(field)) return 'values';
  const count = (s: WhereClause) => Number((ctx.stmt(s.sql).get(...s.params) as { n: number }).n);
  return countDriver(count(countSql(plan, where)), count(fieldRowsSql(plan, field)));
}

/** Records of the selection per year or month of the resource's date field. */
export function dateHistogram(
  ctx: SqliteContext,
  def: ResourceDef,
  query: ListQuery,
  unit: 'year' | 'month',
  now: Date,
): HistogramBucket[] {
  const plan = ctx.plan(def);
  if (!def.dateField) return [];
  const where = buildWhere(plan, def, query, now, ctx.whereOptions(plan));
  const statement = histogramSql(plan, def.dateField, where, unit);
  return ctx.db.prepare(statement.sql).all(...statement.params) as HistogramBucket[];
}

/** Counts of the query's selection per group of field values (`lib/store/aggregate.ts`). */
export function aggregateCounts(
  ctx: SqliteContext,
  def: ResourceDef,
  query: ListQuery,
  spec: AggregateSpec,
  now: Date,
): AggregateRow[] {
  const plan = ctx.plan(def);
  const { sql, params } = aggregateSql(
    plan,
    buildWhere(plan, def, query, now, ctx.whereOptions(plan)),
    spec,
  );
  return readAggregateRows(ctx.stmt(sql).all(...params) as Row[], spec);
}
