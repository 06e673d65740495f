import { parseOrderTerm } from '@/lib/query/parse';
import type { ListQuery } from '@/lib/query/types';
import type { ResourceDef } from '@/lib/resources/types';
import type { ColumnPlan } from './columns';
import { sqliteDialect, type SqlDialect } from './dialect';
import { buildOrderBy, buildRank, type WhereClause } from './sql-query';

/**
 * The statements both stores run for a list, its counts and its histogram, written once over
 * `buildWhere`'s clause. Only the SQLite store adds an index hint (`page-plan.ts`).
 */

/** The ids of one page of the query, in its order (the search rank first, when there is one). */
export function pageIdsSql(
  plan: ColumnPlan,
  def: ResourceDef,
  query: ListQuery,
  where: WhereClause,
  hint = '',
  dialect: SqlDialect = sqliteDialect,
): WhereClause {
  const rank = buildRank(plan, query, dialect);
  if (rank) {
    // Every match is ranked, so no index order can serve the page: fetch and sort them all.
    const tieBreak = def.searchOrdering?.map(parseOrderTerm) ?? query.ordering;
    const order = buildOrderBy(plan, { ...query, ordering: tieBreak }).slice('ORDER BY '.length);
    return {
      sql: `SELECT id FROM ${plan.table} ${where.sql} ORDER BY ${rank.sql}, ${order} LIMIT ? OFFSET ?`,
      params: [...where.params, ...rank.params, query.limit, query.offset],
    };
  }
  return {
    sql: `SELECT id FROM ${plan.table}${hint} ${where.sql} ${buildOrderBy(plan, query)} LIMIT ? OFFSET ?`,
    params: [...where.params, query.limit, query.offset],
  };
}

export function countSql(plan: ColumnPlan, where: WhereClause): WhereClause {
  return { sql: `SELECT count(*) AS n FROM ${plan.table} ${where.sql}`, params: where.params };
}

/**
 * Which side a per-selection count of a multi-valued field walks: the field's rows, checking
 * each record against the selection, or the selection, looking up each record's values. The
 * smaller side wins: on 100,000 launches, a 7,700-launch selection counted its programs in
 * 246 ms from the selection against 383 from the rows, and a 29,000-launch one in 3,060 against
 * 1,048 (17,900 program rows; a loaded machine, so compare the pairs only).
 */
export type CountDriver = 'values' | 'selection';

export function countDriver(selection: number, fieldRows: number): CountDriver {
  return selection < fieldRows ? 'selection' : 'values';
}

/** How many values a multi-valued field has over all records (`countDriver`'s other side). */
export function fieldRowsSql(plan: ColumnPlan, field: string): WhereClause {
  return { sql: `SELECT count(*) AS n FROM ${plan.multiTable} WHERE field = ?`, params: [field] };
}

/**
 * Records per value of a filterable field within `where` (every record when it is empty); for
 * the panel's options also their labels, most used first. Null for a field with no values.
 */
export function valueCountsSql(
  plan: ColumnPlan,
  field: string,
  where: WhereClause,
  withLabels: boolean,
  dialect: SqlDialect = sqliteDialect,
  driver: CountDriver = 'values',
): WhereClause | null {
  // Only the options are sorted: on a selection, ORDER BY count steered SQLite to a plan three
  // to seven times slower (the `program` count listed the selection's ids again).
  const order = withLabels ? ` ORDER BY count DESC, label${dialect.nullsFirst}` : '';
  if (plan.multi.includes(field)) {
    const label = withLabels ? 'max(facet_row.label)' : 'NULL';
    if (driver === 'selection' && where.sql)
      return {
        sql: `SELECT facet_row.value AS value, ${label} AS label, count(*) AS count FROM (SELECT id FROM ${plan.table} ${where.sql}) AS selection ${dialect.leftFirstJoin} ${plan.multiTable} AS facet_row ON facet_row.record_id = selection.id AND facet_row.field = ? GROUP BY facet_row.value${order}`,
        params: [...where.params, field],
      };
    // Walks the field's rows and checks each record, rather than listing the selection's ids
    // first: 35-80 ms instead of ~200 for a 90,000-launch selection.
    const within = where.sql
      ? ` AND EXISTS (SELECT 1 FROM ${plan.table} ${where.sql} AND ${plan.table}.id = facet_row.record_id)`
      : '';
    return {
      sql: `SELECT value, ${label} AS label, count(*) AS count FROM ${plan.multiTable} AS facet_row WHERE field = ?${within} GROUP BY value${order}`,
      params: [field, ...where.params],
    };
  }
  if (!plan.scalar.includes(field) || field === 'id') return null;
  const label = withLabels && plan.labelled.includes(field) ? `max(o_${field})` : 'NULL';
  return {
    sql: `SELECT f_${field} AS value, ${label} AS label, count(*) AS count FROM ${plan.table} ${where.sql ? `${where.sql} AND` : 'WHERE'} f_${field} IS NOT NULL GROUP BY f_${field}${order}`,
    params: where.params,
  };
}

/** Matches per year (`2024`) or month (`2024-06`) of the resource's date, oldest first. */
export function histogramSql(
  plan: ColumnPlan,
  dateField: string,
  where: WhereClause,
  unit: 'year' | 'month',
): WhereClause {
  const column = `f_${dateField}`;
  const length = unit === 'year' ? 4 : 7;
  return {
    sql: `SELECT substr(${column}, 1, ${length}) AS bucket, count(*) AS count FROM ${plan.table} ${where.sql}${where.sql ? ' AND' : ' WHERE'} ${column} IS NOT NULL GROUP BY bucket ORDER BY bucket`,
    params: where.params,
  };
}
