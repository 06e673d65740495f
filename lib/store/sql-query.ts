import type { AppliedFilter, ListQuery } from '@/lib/query/types';
import type { ResourceDef } from '@/lib/resources/types';
import type { ColumnPlan } from './columns';
import { datePartSql, SEARCH_SEPARATOR } from './columns';

export interface WhereClause {
  sql: string;
  params: (string | number)[];
}

const COMPARE_OPS = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

function bindable(value: string | number | boolean): string | number {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

function condition(applied: AppliedFilter, column: string, lowered: string): WhereClause | null {
  const { filter, values } = applied;
  const bound = values.map(bindable);
  const placeholders = bound.map(() => '?').join(', ');
  switch (filter.lookup) {
    case 'exact':
      return { sql: `${column} = ?`, params: [bound[0]!] };
    case 'in':
      return { sql: `${column} IN (${placeholders})`, params: bound };
    case 'contains':
      // instr() on a lower-cased copy: case-insensitive like Django's icontains, and no LIKE
      // wildcards to escape.
      return { sql: `instr(${lowered}, ?) > 0`, params: [String(values[0]).toLowerCase()] };
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return { sql: `${column} ${COMPARE_OPS[filter.lookup]} ?`, params: [bound[0]!] };
    case 'year':
    case 'month':
    case 'day':
      return { sql: `${datePartSql(column, filter.lookup)} IN (${placeholders})`, params: bound };
    case 'include':
      return values[0] === false ? { sql: `(${column} IS NULL OR ${column} = 0)`, params: [] } : null;
  }
}

function filterClause(plan: ColumnPlan, applied: AppliedFilter): WhereClause | null {
  const name = applied.filter.field;
  // `id` is the table's primary key column, not a derived `f_` column.
  if (name === 'id') return condition(applied, 'id', 'id');
  if (!plan.def.fields[name]?.multi) return condition(applied, `f_${name}`, `l_${name}`);
  const inner = condition(applied, 'value', 'lvalue');
  if (!inner) return null;
  return {
    sql: `id IN (SELECT record_id FROM ${plan.multiTable} WHERE field = ? AND ${inner.sql})`,
    params: [name, ...inner.params],
  };
}

export interface WhereOptions {
  /**
   * The resource's trigram full-text index (`x_launches`), when the store has built one. It holds
   * the same lower-cased `search` text; a phrase of trigrams matches exactly where `instr` finds
   * the term, so results are identical, but terms of three or more characters are found through
   * the index instead of a scan. Shorter terms have no trigram and still use `instr`.
   */
  searchIndex?: string;
}

/** One search term: every term must appear, case-insensitively, in at least one searched field. */
function searchClause(needle: string, options: WhereOptions): WhereClause {
  if (options.searchIndex && [...needle].length >= 3) {
    const x = options.searchIndex;
    return { sql: `rowid IN (SELECT rowid FROM ${x} WHERE ${x} MATCH '"' || replace(?, '"', '""') || '"')`, params: [needle] };
  }
  return { sql: 'instr(search, ?) > 0', params: [needle] };
}

/** Builds the WHERE clause of a list query. Every value is a bound parameter. */
export function buildWhere(plan: ColumnPlan, def: ResourceDef, query: ListQuery, now: Date, options: WhereOptions = {}): WhereClause {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  const add = (clause: WhereClause | null) => {
    if (!clause) return;
    parts.push(clause.sql);
    params.push(...clause.params);
  };
  for (const applied of query.filters) add(filterClause(plan, applied));
  const view = query.view ? def.views?.find((v) => v.name === query.view) : undefined;
  for (const condition of view?.where({ now, params: query.viewParams }) ?? []) {
    add({ sql: `f_${condition.field} ${COMPARE_OPS[condition.op]} ?`, params: [condition.value] });
  }
  if (query.span) {
    const { startField, endField, start, end } = query.span;
    if (!plan.scalar.includes(startField) || !plan.scalar.includes(endField)) throw new Error(`${def.key}: bad span fields`);
    add({ sql: `f_${startField} <= ? AND (f_${endField} >= ? OR f_${endField} IS NULL)`, params: [end, start] });
  }
  for (const term of query.searchTerms) {
    const needle = term.toLowerCase().replaceAll(SEARCH_SEPARATOR, '');
    if (needle) add(searchClause(needle, options));
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export function buildOrderBy(plan: ColumnPlan, query: ListQuery): string {
  const terms = query.ordering.filter((o) => o.field === 'id' || plan.sorted.includes(o.field));
  const clauses = terms.map((o) => `${o.field === 'id' ? 'id' : `s_${o.field}`} ${o.desc ? 'DESC' : 'ASC'}`);
  // id breaks ties so paging is stable; it follows the last term's direction so one index serves.
  if (!terms.some((o) => o.field === 'id')) clauses.push(`id ${terms.at(-1)?.desc ? 'DESC' : 'ASC'}`);
  return `ORDER BY ${clauses.join(', ')}`;
}
