import type Database from 'better-sqlite3';
import type { ListQuery } from '@/lib/query/types';
import type { ResourceDef } from '@/lib/resources/types';
import type { ColumnPlan } from './columns';
import { searchIndexMatch, type WhereOptions } from './sql-query';

/**
 * Picks the index a list page is read through, once the count is known. SQLite plans a page
 * (`… ORDER BY net LIMIT 10`) from per-column statistics: it cannot know that a search term's
 * matches or a provider's launches bunch up in time, nor how many rows a full-text or side-table
 * subquery returns. The exact count tells us, so for the shapes below we name the index
 * (`INDEXED BY`); results are the same whichever index is used, only the work differs.
 */

/** Below this many matches, fetching and sorting them all is cheap; above, walking an ordered index is. */
export const WALK_MIN_MATCHES = 5000;
/** A filter's own index is walked in order only while that costs fewer row reads than this. */
const FILTER_WALK_MAX_ROWS = 20_000;
const FILTER_WALK_MAX_STEPS = 2000;

export interface IndexCatalog {
  columns(index: string): string[] | undefined;
}

export function readIndexCatalog(db: Database.Database): IndexCatalog {
  const names = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix\\_%' ESCAPE '\\'",
    )
    .pluck()
    .all() as string[];
  const map = new Map<string, string[]>();
  for (const name of names) {
    const info = db.prepare(`PRAGMA index_info(${name})`).all() as { name: string | null }[];
    map.set(
      name,
      info.map((c) => c.name ?? ''),
    );
  }
  return { columns: (index) => map.get(index) };
}

export interface PagePlanInput {
  plan: ColumnPlan;
  def: ResourceDef;
  query: ListQuery;
  count: number;
  options: WhereOptions;
  catalog: IndexCatalog;
  /** Records whose `f_<field>` equals the value, counted in its index. */
  countEqual: (field: string, value: string | number) => number;
}

/** ` INDEXED BY <index>` for the page query, or '' to leave the choice to SQLite. */
export function pageIndexHint(input: PagePlanInput): string {
  const { query, plan } = input;
  if (query.span || query.ordering.length !== 1) return '';
  const field = query.ordering[0]!.field;
  if (field === 'id' || !plan.sorted.includes(field)) return '';
  const index =
    walkSortIndex(input, field) ?? walkFilterIndex(input, field) ?? readDateRange(input, field);
  return index ? ` INDEXED BY ${index}` : '';
}

function viewFields(input: PagePlanInput): string[] {
  const { def, query } = input;
  const view = query.view ? def.views?.find((v) => v.name === query.view) : undefined;
  return (view?.where({ now: new Date(), params: query.viewParams }) ?? []).map((c) => c.field);
}

/** The stored column a filter reads: the lower-cased copy for `icontains`, else the value. */
const filterColumn = (applied: ListQuery['filters'][number]) =>
  `${applied.filter.lookup === 'icontains' ? 'l' : 'f'}_${applied.filter.field}`;

const singleValue = (applied: ListQuery['filters'][number]) =>
  applied.filter.lookup === 'exact' ||
  (applied.filter.lookup === 'in' && applied.values.length === 1);

/**
 * Whether every filter and view condition can be checked inside an index with these columns:
 * side-table and search-index matches go by id/rowid, which every index holds.
 */
function conditionsFit(input: PagePlanInput, columns: readonly string[]): boolean {
  const { plan, query, options } = input;
  const filtersFit = query.filters.every(
    (f) =>
      f.filter.field === 'id' ||
      plan.def.fields[f.filter.field]?.multi ||
      columns.includes(filterColumn(f)),
  );
  const searchFits = query.searchTerms.length === 0 || searchIndexMatch(query, options) !== null;
  return (
    filtersFit && searchFits && viewFields(input).every((name) => columns.includes(`f_${name}`))
  );
}

/**
 * Thousands of matches, every condition checkable inside the ordering's index (search-index and
 * side-table matches by rowid/id, the facets and date it carries): walk it in order. One value
 * of a facet whose own index, also in this order, can check the rest is left to that index:
 * the same walk over that value's entries only.
 */
function walkSortIndex(input: PagePlanInput, field: string): string | null {
  const { plan, query, count, catalog } = input;
  if (count < WALK_MIN_MATCHES) return null;
  const index = `ix_${plan.table}_s_${field}`;
  const columns = catalog.columns(index);
  if (!columns) return null;
  const conditions = query.filters.length + viewFields(input).length + query.searchTerms.length;
  if (conditions === 0 || !conditionsFit(input, columns)) return null;
  const narrower = query.filters.some((f) => {
    const own = catalog.columns(`ix_${plan.table}_f_${f.filter.field}`);
    return (
      singleValue(f) &&
      own?.[0] === `f_${f.filter.field}` &&
      own[1] === `s_${field}` &&
      conditionsFit(input, own)
    );
  });
  return narrower ? null : index;
}

/**
 * One value of a facet filter (`lsp__id=121`) whose index carries the sort key: walk that
 * filter's records in order and check the rest on each, when the count says the page fills fast.
 */
function walkFilterIndex(input: PagePlanInput, field: string): string | null {
  const { plan, query, count, catalog, countEqual } = input;
  let best: { index: string; rows: number } | null = null;
  for (const applied of query.filters) {
    const name = applied.filter.field;
    if (!singleValue(applied) || plan.def.fields[name]?.multi || name === 'id') continue;
    const index = `ix_${plan.table}_f_${name}`;
    const columns = catalog.columns(index);
    if (columns?.[0] !== `f_${name}` || columns[1] !== `s_${field}`) continue;
    const value = applied.values[0];
    if (value === undefined) continue;
    const rows = countEqual(name, typeof value === 'boolean' ? Number(value) : value);
    if (!best || rows < best.rows) best = { index, rows };
  }
  if (!best || best.rows > FILTER_WALK_MAX_ROWS) return null;
  const steps = ((query.offset + query.limit) * best.rows) / Math.max(1, count);
  return steps <= FILTER_WALK_MAX_STEPS ? best.index : null;
}

/**
 * A range on the ordering's own date (`upcoming`: net ≥ yesterday, by net) with few matches:
 * SQLite expects them spread evenly and walks the sort index from the far end, but dates are
 * where they are. The date's index carries the sort key, so the range sorts inside the index.
 */
function readDateRange(input: PagePlanInput, field: string): string | null {
  const { plan, query, count, catalog } = input;
  if (count >= WALK_MIN_MATCHES || query.searchTerms.length > 0) return null;
  const index = `ix_${plan.table}_f_${field}`;
  if (catalog.columns(index)?.[1] !== `s_${field}`) return null;
  const ranges = ['gt', 'gte', 'lt', 'lte', 'exact', 'in'];
  if (query.filters.some((f) => f.filter.field !== field || !ranges.includes(f.filter.lookup)))
    return null;
  const views = viewFields(input);
  if (query.filters.length + views.length === 0 || views.some((name) => name !== field))
    return null;
  return index;
}
