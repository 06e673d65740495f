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
 * Records per value of a filterable field within `where` (every record when it is empty); for
 * the panel's options also their labels, most used first. Null for a field with no values.
 */
export function valueCountsSql(
  plan: ColumnPlan,
  field: string,
  where: WhereClause,
  withLabels: boolean,
  dialect: SqlDialect = sqliteDialect,
): WhereClause | null {
  // Only the options are sorted: on a selection, ORDER BY count steered SQLite to a plan three
  // to seven times slower (the `program` count listed the selection's ids again).
  const order = withLabels ? ` ORDER BY count DESC, label${dialect.nullsFirst}` : '';
  if (plan.multi.includes(field)) {
    // Walks the field's rows and checks each record, rather than listing the selection's ids
    // first: 35-80 ms instead of ~200 for a 90,000-launch selection.
    const within = where.sql
      ? ` AND EXISTS (SELECT 1 FROM ${plan.table} ${where.sql} AND ${plan.table}.id = facet_row.record_id)`
      : '';
    const label = withLabels ? 'max(label)' : 'NULL';
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
