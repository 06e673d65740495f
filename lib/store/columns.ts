import { createHash } from 'node:crypto';
import { durationSeconds } from '@/lib/ll2/read';
import { parseDateTime } from '@/lib/query/values';
import { essentialKeys, wholeRecordKeys } from '@/lib/ll2/served';
import { EXTRACTORS_VERSION } from '@/lib/resources/define';
import type { FieldDef, FieldValue, ResourceDef, WireRecord } from '@/lib/resources/types';

/** Separates searched fields inside the search column, so one term never spans two fields. */
export const SEARCH_SEPARATOR = '\u001f';

/** Sorts after every real value, so NULLs come last ascending and first descending, as in PostgreSQL. */
const NULL_TEXT_SORT = '\uffff';
const NULL_NUMBER_SORT = Number.MAX_VALUE;
/** Bump when `sortKey` changes, so stored databases rebuild their sort columns. */
const SORT_KEY_VERSION = 2;
/**
 * Bump when the table layout changes, so stored databases are rebuilt to match. Indexes are not
 * part of it: `syncIndexes` brings them in line on open without touching the rows.
 */
const LAYOUT_VERSION = 2;

/**
 * Text sort key that orders like LL2's PostgreSQL collation (en_US): letters and digits first,
 * case, accents, spaces and punctuation only breaking ties. LL2's `ordering=-name` page puts
 * "Soyuz 2.1a | Kosmos 2579" before "Soyuz 2.1a/Fregat-M | …", which byte order would reverse.
 */
export function sortKey(text: string): string {
  const lower = text.toLowerCase();
  const primary = lower
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return `${primary}\u0001${lower}`;
}

export interface ColumnPlan {
  def: ResourceDef;
  table: string;
  multiTable: string;
  /** The trigram search index, built by `SqliteStore.optimize()` once the table is large. */
  searchTable: string;
  scalar: string[];
  multi: string[];
  lowered: string[];
  labelled: string[];
  sorted: string[];
  fingerprint: string;
}

const safeName = (name: string) => {
  if (!/^[a-z0-9_]+$/i.test(name)) throw new Error(`Unsafe column name: ${name}`);
  return name;
};

/** A resource's record table. */
export const tableOf = (key: string) => `r_${safeName(key)}`;

export function planColumns(def: ResourceDef): ColumnPlan {
  const fields = Object.entries(def.fields);
  const usedByFilter = (lookup: string) => new Set(def.filters.filter((f) => f.lookup === lookup).map((f) => f.field));
  const containsFields = usedByFilter('icontains');
  for (const f of def.filters) {
    const field = def.fields[f.field];
    if (!field) throw new Error(`${def.key}: filter ${f.param} uses unknown field ${f.field}`);
  }
  for (const f of [...def.search, ...def.ordering, ...def.defaultOrdering.map((o) => o.replace(/^-/, ''))]) {
    if (!def.fields[f]) throw new Error(`${def.key}: unknown field ${f} in search or ordering`);
  }
  const scalar = fields.filter(([, f]) => !f.multi).map(([name]) => safeName(name));
  const multi = fields.filter(([, f]) => f.multi).map(([name]) => safeName(name));
  const sortedFields = new Set([...def.ordering, ...def.defaultOrdering.map((o) => o.replace(/^-/, '')), ...(def.views ?? []).flatMap((v) => v.defaultOrdering.map((o) => o.replace(/^-/, '')))]);
  sortedFields.delete('id');
  const plan = {
    def,
    table: tableOf(def.key),
    multiTable: `m_${safeName(def.key)}`,
    searchTable: `x_${safeName(def.key)}`,
    scalar,
    multi,
    lowered: scalar.filter((n) => containsFields.has(n)),
    labelled: scalar.filter((n) => def.fields[n]?.optionLabel),
    sorted: [...sortedFields].filter((n) => scalar.includes(n)),
  };
  // Any change to a definition rebuilds the derived columns: its fields, their paths, and
  // (through EXTRACTORS_VERSION) the code of its extractor functions.
  const fingerprint = createHash('sha256')
    .update(JSON.stringify({ ...plan, def: undefined, idType: def.idType, filters: def.filters, search: def.search }))
    .update(fields.map(([n, f]) => `${n}:${f.type}:${f.path ?? 'fn'}:${f.optionLabel ? 'label' : ''}`).join('|'))
    .update(`slug:${def.slug ? 'yes' : 'no'}`)
    .update(`extractors:${EXTRACTORS_VERSION}`)
    .update(`sort-key:${SORT_KEY_VERSION}`)
    .update(`layout:${LAYOUT_VERSION}`)
    // The served rule reads the default serializer's keys: a new schema extract re-derives it.
    .update(`served:${(wholeRecordKeys(def) ?? []).join(',')}:${essentialKeys(def).join(',')}`)
    .update(createTableSql({ ...plan, fingerprint: '' }).join(';'))
    .digest('hex')
    .slice(0, 16);
  return { ...plan, fingerprint };
}

function sqlType(field: FieldDef): string {
  // The column holds the referenced record's name; only the filter speaks ids.
  if (field.byNameOf) return 'TEXT';
  switch (field.type) {
    case 'int':
    case 'bool':
      return 'INTEGER';
    case 'float':
    case 'duration':
      return 'REAL';
    default:
      return 'TEXT';
  }
}

export function createTableSql(plan: ColumnPlan, table = plan.table): string[] {
  const { def } = plan;
  const idType = def.idType === 'int' ? 'INTEGER PRIMARY KEY' : 'TEXT PRIMARY KEY';
  // `data` (the record's JSON, kilobytes) goes last: the small columns that filters, sorts and
  // counts read then sit at the start of the row, before any overflow page.
  const columns = [
    `id ${idType}`,
    'richness INTEGER NOT NULL',
    'synthetic INTEGER NOT NULL DEFAULT 0',
    // Whether the LL2-compatible API may answer with the record (lib/ll2/served.ts).
    'served INTEGER NOT NULL DEFAULT 1',
    'slug TEXT',
    'search TEXT',
    ...plan.scalar.filter((n) => n !== 'id').map((n) => `f_${n} ${sqlType(def.fields[n]!)}`),
    ...plan.lowered.map((n) => `l_${n} TEXT`),
    ...plan.labelled.map((n) => `o_${n} TEXT`),
    ...plan.sorted.map((n) => `s_${n} ${sqlType(def.fields[n]!) === 'TEXT' ? 'TEXT' : 'REAL'}`),
    'data TEXT NOT NULL',
  ];
  return [
    `CREATE TABLE ${table} (${columns.join(', ')})`,
    `CREATE TABLE IF NOT EXISTS ${plan.multiTable} (record_id ${def.idType === 'int' ? 'INTEGER' : 'TEXT'} NOT NULL, field TEXT NOT NULL, value, lvalue TEXT, label TEXT)`,
  ];
}

/** The field a resource's list is ordered by first (launches: `net`), when it has a sort column. */
export function primarySort(plan: ColumnPlan): string | null {
  const first = plan.def.defaultOrdering[0]?.replace(/^-/, '');
  return first && plan.sorted.includes(first) ? first : null;
}

/** `year`/`month`/`day` of a stored datetime column; the filters and their index share this text. */
export function datePartSql(column: string, part: 'year' | 'month' | 'day'): string {
  const [start, length] = part === 'year' ? [1, 4] : part === 'month' ? [6, 2] : [9, 2];
  return `CAST(substr(${column}, ${start}, ${length}) AS INTEGER)`;
}

export interface IndexDef {
  name: string;
  table: string;
  /** Exactly as SQLite keeps it in `sqlite_master.sql`, so a changed definition shows. */
  sql: string;
}

/**
 * Small filter columns the default-order indexes carry after `(…, s_<primary>, id)`: the facets
 * (ids with labels, flags) and the primary date. A list filtered on several of them
 * (`lsp__id=…&status__ids=3,4&net__gte=…`) is then counted, and paged at any offset, inside one
 * index: the rows it skips are never read, only the page's rows are.
 */
function facetColumns(plan: ColumnPlan): string[] {
  const primary = primarySort(plan);
  if (!primary) return [];
  const filtered = new Set(plan.def.filters.map((f) => f.field));
  const facets = plan.scalar.filter(
    (n) => n !== 'id' && filtered.has(n) && (plan.labelled.includes(n) || plan.def.fields[n]!.type === 'bool'),
  );
  return [...facets, ...(filtered.has(primary) ? [primary] : [])].map((n) => `f_${n}`);
}

export function createIndexSql(plan: ColumnPlan): IndexDef[] {
  const { def, table } = plan;
  const filtered = new Set(def.filters.map((f) => f.field));
  const viewFields = new Set((def.views ?? []).flatMap((v) => v.where({ now: new Date(0), params: {} }).map((c) => c.field)));
  const dateParted = new Set(def.filters.filter((f) => ['year', 'month', 'day'].includes(f.lookup)).map((f) => f.field));
  const indexes: IndexDef[] = [];
  const add = (name: string, on: string, columns: string[]) =>
    indexes.push({ name, table: on, sql: `CREATE INDEX ${name} ON ${on}(${columns.join(', ')})` });
  add(`ix_${table}_slug`, table, ['slug']);
  const primary = primarySort(plan);
  const facets = facetColumns(plan);
  for (const n of plan.scalar) {
    if (n === 'id') continue;
    if (!filtered.has(n)) continue;
    // Facet filters (ids, flags) and the date itself also carry the default sort key: a page of
    // `location__ids=…` in date order then reads straight off the index, with no sort, and a
    // range of dates sorts inside the index instead of looking up every row. They carry the
    // other facets too (see facetColumns), and a facet its option label, so the filter panel's
    // counts (`GROUP BY f_x` with the label) are read from the index alone.
    const column = `f_${n}`;
    if (primary && facets.includes(column)) {
      const label = plan.labelled.includes(n) ? [`o_${n}`] : [];
      add(`ix_${table}_${column}`, table, [column, `s_${primary}`, 'id', ...facets.filter((c) => c !== column), ...label]);
    } else {
      add(`ix_${table}_${column}`, table, [column]);
    }
  }
  // A sort index also carries the field's filter column, so a view or filter on the same field
  // (`net < now ORDER BY net DESC`) is checked inside the index, without reading the rows; the
  // default order's index carries every facet, so any mix of them is checked there as well.
  for (const n of plan.sorted) {
    const own = filtered.has(n) || viewFields.has(n) ? [`f_${n}`] : [];
    const carried = n === primary ? [...own, ...facets.filter((c) => !own.includes(c))] : own;
    add(`ix_${table}_s_${n}`, table, [`s_${n}`, 'id', ...carried]);
  }
  // icontains scans the lower-cased copy; an index on it makes that scan read the index only.
  for (const n of plan.lowered) add(`ix_${table}_l_${n}`, table, [`l_${n}`]);
  // year/month/day filters compare date parts; these expression indexes answer them directly.
  for (const n of dateParted) {
    add(`ix_${table}_dp_${n}`, table, (['year', 'month', 'day'] as const).map((p) => datePartSql(`f_${n}`, p)));
  }
  add(`ix_${plan.multiTable}_fv`, plan.multiTable, ['field', 'value', 'record_id']);
  add(`ix_${plan.multiTable}_r`, plan.multiTable, ['record_id']);
  return indexes;
}

/**
 * A contentless FTS5 table over the `search` text, keyed by the record's rowid. The trigram
 * tokenizer indexes every three-character window; with case_sensitive 1 it keeps the text as
 * stored (already lower-cased), so a quoted term matches exactly the rows `instr` would.
 */
export function createSearchIndexSql(plan: ColumnPlan): string[] {
  return [
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${plan.searchTable} USING fts5(search, content='', contentless_delete=1, tokenize='trigram case_sensitive 1')`,
  ];
}

/** Converts one extracted value into its stored form (normalised datetime, seconds, 0/1). */
export function storedValue(field: FieldDef, value: FieldValue | undefined): string | number | null {
  if (value === null || value === undefined) return null;
  if (field.byNameOf) return typeof value === 'string' ? value : null;
  switch (field.type) {
    case 'int':
    case 'float': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      return Number.isFinite(n) ? n : null;
    }
    case 'bool':
      return typeof value === 'boolean' ? (value ? 1 : 0) : null;
    case 'datetime':
      return typeof value === 'string' ? parseDateTime(value) : null;
    case 'duration':
      return durationSeconds(value);
    default:
      return typeof value === 'string' ? value : String(value);
  }
}

export interface DerivedRow {
  values: Record<string, string | number | null>;
  multi: { field: string; value: string | number; lvalue: string | null; label: string | null }[];
  slug: string | null;
  search: string;
}

export function deriveRow(plan: ColumnPlan, record: WireRecord): DerivedRow {
  const { def } = plan;
  const values: Record<string, string | number | null> = {};
  const multi: DerivedRow['multi'] = [];
  const searchParts: string[] = [];
  for (const name of plan.scalar) {
    if (name === 'id') continue;
    const field = def.fields[name]!;
    const raw = field.get(record);
    const value = storedValue(field, Array.isArray(raw) ? raw[0] : raw);
    values[`f_${name}`] = value;
    if (plan.lowered.includes(name)) values[`l_${name}`] = typeof value === 'string' ? value.toLowerCase() : null;
    if (plan.labelled.includes(name)) {
      const label = field.optionLabel?.(record);
      values[`o_${name}`] = typeof label === 'string' ? label : null;
    }
    if (plan.sorted.includes(name)) {
      values[`s_${name}`] =
        value === null
          ? sqlType(field) === 'TEXT' ? NULL_TEXT_SORT : NULL_NUMBER_SORT
          : typeof value === 'string' ? (field.type === 'string' ? sortKey(value) : value) : value;
    }
  }
  for (const name of plan.multi) {
    const field = def.fields[name]!;
    const raw = field.get(record);
    const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
    const labels = field.optionLabel?.(record);
    list.forEach((item, i) => {
      const value = storedValue(field, item);
      if (value === null) return;
      const label = Array.isArray(labels) ? labels[i] : labels;
      multi.push({ field: name, value, lvalue: typeof value === 'string' ? value.toLowerCase() : null, label: typeof label === 'string' ? label : null });
    });
  }
  for (const name of def.search) {
    const field = def.fields[name]!;
    const raw = field.get(record);
    for (const item of Array.isArray(raw) ? raw : [raw]) {
      if (item !== null && item !== undefined && item !== '') searchParts.push(String(item).toLowerCase());
    }
  }
  return {
    values,
    multi,
    slug: def.slug?.(record) ?? null,
    search: searchParts.join(SEARCH_SEPARATOR),
  };
}
