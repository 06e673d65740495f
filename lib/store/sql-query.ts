import type { AppliedFilter, ListQuery } from '@/lib/query/types';
import type { ResourceDef } from '@/lib/resources/types';
import type { ColumnPlan } from './columns';
import { datePartSql, SEARCH_SEPARATOR, tableOf } from './columns';
import { likePattern, sqliteDialect, type SqlDialect } from './dialect';

export interface WhereClause {
  sql: string;
  params: (string | number)[];
}

const COMPARE_OPS = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

function bindable(value: string | number | boolean): string | number {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

function condition(applied: AppliedFilter, column: string, lowered: string, dialect: SqlDialect): WhereClause | null {
  const { filter, values } = applied;
  const bound = values.map(bindable);
  const placeholders = bound.map(() => '?').join(', ');
  switch (filter.lookup) {
    case 'exact':
      return { sql: `${column} = ?`, params: [bound[0]!] };
    case 'in':
      return { sql: `${column} IN (${placeholders})`, params: bound };
    case 'contains':
      // instr()/strpos(): no LIKE wildcards to escape, and case-sensitive like LL2's LIKE.
      return { sql: dialect.contains(column), params: [String(values[0])] };
    case 'icontains':
      // The same on a lower-cased copy.
      return { sql: dialect.contains(lowered), params: [String(values[0]).toLowerCase()] };
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

function filterClause(plan: ColumnPlan, applied: AppliedFilter, dialect: SqlDialect): WhereClause | null {
  const name = applied.filter.field;
  // `id` is the table's primary key column, not a derived `f_` column.
  if (name === 'id') return condition(applied, 'id', 'id', dialect);
  const named = plan.def.fields[name]?.byNameOf;
  if (named) {
    const byId = condition(applied, 'id', 'id', dialect);
    if (!byId) return null;
    return { sql: `f_${name} IN (SELECT f_name FROM ${tableOf(named)} WHERE ${byId.sql})`, params: byId.params };
  }
  if (!plan.def.fields[name]?.multi) return condition(applied, `f_${name}`, `l_${name}`, dialect);
  const inner = condition(applied, 'value', 'lvalue', dialect);
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
  /** Keep only records the LL2-compatible API serves (set when the resource has others). */
  servedOnly?: boolean;
  /** The store's SQL dialect (default SQLite). */
  dialect?: SqlDialect;
}

const dialectOf = (options: { dialect?: SqlDialect }) => options.dialect ?? sqliteDialect;

/** A search term as the `search` column holds text: lower-cased, without the field separator. */
const needleOf = (term: string) => term.toLowerCase().replaceAll(SEARCH_SEPARATOR, '');

/** Trigram search finds terms of three or more characters; shorter ones have no trigram. */
const indexable = (needle: string, options: WhereOptions) => options.searchIndex !== undefined && [...needle].length >= 3;

/**
 * The full-text query that alone answers the query's search, when every term can use the index
 * (quoted phrases, implicitly AND-ed); null when any term has to be scanned for.
 */
export function searchIndexMatch(query: ListQuery, options: WhereOptions): string | null {
  const needles = query.searchTerms.map(needleOf).filter((n) => n !== '');
  if (needles.length === 0 || !needles.every((n) => indexable(n, options))) return null;
  return needles.map((n) => `"${n.replaceAll('"', '""')}"`).join(' ');
}

/**
 * The search terms: every term must appear, case-insensitively, in at least one searched field.
 * Terms the index can find go into one full-text query (each a quoted phrase, all required), so
 * the index intersects them itself; the others are scanned for with instr().
 */
function searchClauses(needles: string[], options: WhereOptions): WhereClause[] {
  const dialect = dialectOf(options);
  // pg_trgm answers LIKE from the column's own GIN index, for terms of any length (a term under
  // three characters has no trigram, so PostgreSQL reads every entry, and still finds it).
  if (dialect.likeSearch) return needles.map((n) => ({ sql: "search LIKE ? ESCAPE '\\'", params: [likePattern(n)] }));
  const indexed = needles.filter((n) => indexable(n, options));
  const clauses: WhereClause[] = [];
  if (options.searchIndex && indexed.length > 0) {
    const x = options.searchIndex;
    const phrases = indexed.map(() => `'"' || replace(?, '"', '""') || '"'`).join(` || ' ' || `);
    clauses.push({ sql: `rowid IN (SELECT rowid FROM ${x} WHERE ${x} MATCH ${phrases})`, params: indexed });
  }
  for (const n of needles) if (!indexable(n, options)) clauses.push({ sql: dialect.contains('search'), params: [n] });
  return clauses;
}

/** The whole search as one phrase, as the search column holds text; '' when there is none. */
export function searchPhrase(query: ListQuery): string {
  return needleOf(query.searchTerms.join(' ')).replace(/\s+/g, ' ').trim();
}

/** The resource's `siteSearch` fields that hold the whole phrase, when the site searches. */
function siteSearchMatch(plan: ColumnPlan, query: ListQuery, dialect: SqlDialect = sqliteDialect): WhereClause | null {
  const fields = (plan.def.siteSearch ?? []).filter((f) => plan.multi.includes(f));
  const phrase = searchPhrase(query);
  if (!query.siteSearch || fields.length === 0 || phrase === '') return null;
  return {
    sql: `id IN (SELECT record_id FROM ${plan.multiTable} WHERE field IN (${fields.map(() => '?').join(', ')}) AND ${dialect.contains('lvalue')})`,
    params: [...fields, phrase],
  };
}

/** Whether the site's search looks beyond LL2's search fields for this query. */
export function searchesBeyondLl2(plan: ColumnPlan, query: ListQuery): boolean {
  return siteSearchMatch(plan, query) !== null;
}

/** Every term in the searched fields, or (the site's search) the phrase in a `siteSearch` field. */
function searchClause(plan: ColumnPlan, query: ListQuery, options: WhereOptions): WhereClause | null {
  const clauses = searchClauses(query.searchTerms.map(needleOf).filter((n) => n !== ''), options);
  if (clauses.length === 0) return null;
  const all = { sql: clauses.map((c) => c.sql).join(' AND '), params: clauses.flatMap((c) => c.params) };
  const extra = siteSearchMatch(plan, query, dialectOf(options));
  if (!extra) return all;
  return { sql: `((${all.sql}) OR ${extra.sql})`, params: [...all.params, ...extra.params] };
}

/**
 * The site's search without an explicit ordering puts the best matches first, as a sort key:
 * 0 a naming field (`rankFields`) equals the phrase ("Apollo 11" is a launch's mission name),
 * 1 one starts with it, or a launch name's mission part does ("Falcon 9 Block 5 | …",
 *   "… | Apollo 11 Lunar Module"),
 * 2 one contains it, or a `siteSearch` field does (a crew member),
 * 3 the terms are only mentioned (a pad or provider name, spread over several fields).
 * SQLite's lower() folds ASCII letters only; the phrase is folded fully, so a name with a
 * capital non-ASCII letter can miss a tier, never the results.
 */
export function buildRank(plan: ColumnPlan, query: ListQuery, dialect: SqlDialect = sqliteDialect): WhereClause | null {
  if (!query.siteSearch || query.explicitOrdering) return null;
  const phrase = searchPhrase(query);
  const fields = (plan.def.rankFields ?? ['name']).filter((f) => plan.scalar.includes(f));
  if (phrase === '' || fields.length === 0) return null;
  const columns = fields.map((f) => `lower(coalesce(f_${f}, ''))`);
  const any = (test: (c: string) => string, each: (string | number)[]) => ({
    sql: columns.map(test).join(' OR '),
    params: columns.flatMap(() => each),
  });
  const exact = any((c) => `${c} = ?`, [phrase]);
  const prefix = any((c) => `substr(${c}, 1, ?) = ? OR ${dialect.contains(c)}`, [[...phrase].length, phrase, ` | ${phrase}`]);
  const within = any((c) => dialect.contains(c), [phrase]);
  const extra = siteSearchMatch(plan, query, dialect);
  const tiers = [exact, prefix, { sql: [within.sql, extra?.sql].filter(Boolean).join(' OR '), params: [...within.params, ...(extra?.params ?? [])] }];
  return {
    sql: `CASE ${tiers.map((t, i) => `WHEN ${t.sql} THEN ${i}`).join(' ')} ELSE ${tiers.length} END`,
    params: tiers.flatMap((t) => t.params),
  };
}

/**
 * The count of a multi-valued filter on its own, from the side table alone: the records it
 * matches are exactly the distinct record ids there.
 */
export function sideTableCount(plan: ColumnPlan, applied: AppliedFilter, dialect: SqlDialect = sqliteDialect): WhereClause | null {
  if (!plan.def.fields[applied.filter.field]?.multi) return null;
  const inner = condition(applied, 'value', 'lvalue', dialect);
  if (!inner) return null;
  return {
    sql: `SELECT count(DISTINCT record_id) AS n FROM ${plan.multiTable} WHERE field = ? AND ${inner.sql}`,
    params: [applied.filter.field, ...inner.params],
  };
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
  for (const applied of query.filters) add(filterClause(plan, applied, dialectOf(options)));
  const view = query.view ? def.views?.find((v) => v.name === query.view) : undefined;
  for (const condition of view?.where({ now, params: query.viewParams }) ?? []) {
    add({ sql: `f_${condition.field} ${COMPARE_OPS[condition.op]} ?`, params: [condition.value] });
  }
  if (query.span) {
    const { startField, endField, start, end } = query.span;
    if (!plan.scalar.includes(startField) || !plan.scalar.includes(endField)) throw new Error(`${def.key}: bad span fields`);
    add({ sql: `f_${startField} <= ? AND (f_${endField} >= ? OR f_${endField} IS NULL)`, params: [end, start] });
  }
  add(searchClause(plan, query, options));
  if (options.servedOnly) add({ sql: 'served = 1', params: [] });
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export function buildOrderBy(plan: ColumnPlan, query: ListQuery): string {
  const terms = query.ordering.filter((o) => o.field === 'id' || plan.sorted.includes(o.field));
  const clauses = terms.map((o) => `${o.field === 'id' ? 'id' : `s_${o.field}`} ${o.desc ? 'DESC' : 'ASC'}`);
  // id breaks ties so paging is stable; it follows the last term's direction so one index serves.
  if (!terms.some((o) => o.field === 'id')) clauses.push(`id ${terms.at(-1)?.desc ? 'DESC' : 'ASC'}`);
  return `ORDER BY ${clauses.join(', ')}`;
}
