import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ListQuery } from '@/lib/query/types';
import { narrowsSelection } from '@/lib/query/parse';
import { QueryCache } from '@/lib/cache/query-cache';
import { versionFile } from './version-file';
import { isServable } from '@/lib/ll2/served';
import { resourceList } from '@/lib/resources';
import type { ResourceDef, WireRecord } from '@/lib/resources/types';
import { createIndexSql, createSearchIndexSql, createTableSql, deriveRow, planColumns, type ColumnPlan } from './columns';
import { aggregateSql, readAggregateRows, type AggregateRow, type AggregateSpec } from './aggregate';
import { syncIndexes } from './indexes';
import { type IndexCatalog, pageIndexHint, readIndexCatalog } from './page-plan';
import { buildRank, buildWhere, searchesBeyondLl2, searchIndexMatch, sideTableCount, type WhereClause, type WhereOptions } from './sql-query';
import { replacesStored, withMissingKeys } from './merge';
import { histogramSql, pageIdsSql, valueCountsSql } from './statements';
import type { FacetOption, GetOptions, HistogramBucket, IncomingRecord, ListResult, Store, WriteSummary } from './types';

type Row = Record<string, unknown>;

export interface SqliteStoreOptions {
  readonly?: boolean;
  /** Keep match counts per filter set until the data changes (default). Benchmarks turn it off. */
  cacheCounts?: boolean;
}

export interface OptimizeOptions {
  /** Resources with at least this many records get a full-text search index (default 1,000). */
  searchIndexMinRows?: number;
}

const SEARCH_INDEX_MIN_ROWS = 1000;
const FACET_CACHE_SIZE = 500;
const COUNT_CACHE_SIZE = 5000;

export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly plans = new Map<string, ColumnPlan>();
  /** Filter-panel options per field, until the data changes. */
  private readonly facets = new QueryCache<FacetOption[]>(FACET_CACHE_SIZE);
  /** Per-value counts of a field within one selection, until the data changes. */
  private readonly facetCountCache = new QueryCache<[string, number][]>(COUNT_CACHE_SIZE);
  /**
   * Match counts per filter set, until the data changes: every page of a query (any offset,
   * limit or ordering) has the same count, so paging through a list counts it once.
   */
  private readonly counts: QueryCache<number>;
  /** Resources whose trigram search index (`x_<key>`) exists. */
  private readonly searchIndexes = new Set<string>();
  private indexes: IndexCatalog;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(readonly file: string, options: SqliteStoreOptions = {}) {
    const fresh = file === ':memory:' || !fs.existsSync(file) || fs.statSync(file).size === 0;
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file, { readonly: options.readonly ?? false });
    this.counts = new QueryCache<number>(options.cacheCounts === false ? 0 : COUNT_CACHE_SIZE);
    if (!options.readonly) {
      // 32 KiB pages hold whole records (a detailed launch is ~8 KiB of JSON) three to a page,
      // where 4 KiB pages chain each over overflow pages that every row lookup has to walk. Only
      // a new, empty database can take a page size, and only before it switches to WAL.
      if (fresh) this.db.pragma('page_size = 32768');
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
    }
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('cache_size = -65536');
    this.db.pragma('mmap_size = 2147483648');
    this.db.pragma('temp_store = MEMORY');
    for (const def of resourceList) this.plans.set(def.key, planColumns(def));
    if (!options.readonly) this.migrate();
    const tables = this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    for (const plan of this.plans.values()) if (tables.includes(plan.searchTable)) this.searchIndexes.add(plan.def.key);
    this.indexes = readIndexCatalog(this.db);
  }

  /** Prepared statements are compiled once per connection. */
  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private plan(def: ResourceDef): ColumnPlan {
    const plan = this.plans.get(def.key);
    if (!plan) throw new Error(`Unknown resource ${def.key}`);
    return plan;
  }

  /**
   * Creates tables, rebuilds a resource's derived columns when its definition changed, and brings
   * every resource's indexes in line with their definitions (without touching the rows).
   */
  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    const migrate = this.db.transaction(() => {
      for (const plan of this.plans.values()) {
        const key = `schema:${plan.def.key}`;
        const rebuilt = this.getMeta(key) === plan.fingerprint ? null : this.rebuild(plan);
        if (rebuilt) this.setMeta(key, plan.fingerprint);
        syncIndexes(this.db, [plan.table, plan.multiTable], createIndexSql(plan));
        if (rebuilt?.analyzed) this.db.exec(`ANALYZE ${plan.table}; ANALYZE ${plan.multiTable};`);
      }
    });
    migrate.immediate();
  }

  /**
   * Recreates a resource's tables from the stored records; indexes follow in `syncIndexes`. What
   * `optimize()` added goes with the old tables, so it comes back here: the search index, when
   * there was one, and (once the indexes exist) the planner's statistics, when there were some.
   * Without them a served store searches by scanning and plans queries blind.
   */
  private rebuild(plan: ColumnPlan): { analyzed: boolean } {
    const exists = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(plan.table);
    const searched = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(plan.searchTable);
    const statistics = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'").get();
    const analyzed = statistics !== undefined && this.db.prepare('SELECT 1 FROM sqlite_stat1 WHERE tbl = ?').get(plan.table) !== undefined;
    const old: { data: string; richness: number; synthetic: number }[] = exists
      ? (this.db.prepare(`SELECT data, richness, synthetic FROM ${plan.table}`).all() as never)
      : [];
    // Rows get new rowids, so a search index keyed by them goes too; optimize() rebuilds it.
    this.db.exec(`DROP TABLE IF EXISTS ${plan.table}; DROP TABLE IF EXISTS ${plan.multiTable}; DROP TABLE IF EXISTS ${plan.searchTable};`);
    this.searchIndexes.delete(plan.def.key);
    for (const sql of createTableSql(plan)) this.db.exec(sql);
    // The other indexes are built once the rows are in, which is far cheaper than row by row;
    // the side table's record index is needed now, as each insert replaces a record's values.
    const byRecord = createIndexSql(plan).find((i) => i.name === `ix_${plan.multiTable}_r`);
    if (byRecord) this.db.exec(byRecord.sql);
    this.insertStatements.delete(plan.table);
    const insert = this.insertStatement(plan);
    const insertMulti = this.db.prepare(`INSERT INTO ${plan.multiTable} (record_id, field, value, lvalue, label) VALUES (?, ?, ?, ?, ?)`);
    for (const row of old) {
      const record = JSON.parse(row.data) as WireRecord;
      this.insertDerived(plan, insert, insertMulti, record, row.data, row.richness, row.synthetic === 1);
    }
    if (searched) this.buildSearchIndex(plan);
    return { analyzed };
  }

  private buildSearchIndex(plan: ColumnPlan): void {
    for (const sql of createSearchIndexSql(plan)) this.db.exec(sql);
    this.db.exec(`INSERT INTO ${plan.searchTable} (rowid, search) SELECT rowid, coalesce(search, '') FROM ${plan.table}`);
  }

  private insertStatements = new Map<string, Database.Statement>();

  private insertStatement(plan: ColumnPlan): Database.Statement {
    const cached = this.insertStatements.get(plan.table);
    if (cached) return cached;
    const columns = this.db.prepare(`PRAGMA table_info(${plan.table})`).all() as { name: string }[];
    const names = columns.map((c) => c.name);
    // An upsert keeps the row's rowid (INSERT OR REPLACE would delete and re-insert it), so the
    // search index, keyed by rowid, stays in step.
    const statement = this.db.prepare(
      `INSERT INTO ${plan.table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')}) ` +
        `ON CONFLICT(id) DO UPDATE SET ${names.filter((n) => n !== 'id').map((n) => `${n} = excluded.${n}`).join(', ')} RETURNING rowid AS record_rowid`,
    );
    this.insertStatements.set(plan.table, statement);
    return statement;
  }

  private insertDerived(
    plan: ColumnPlan,
    insert: Database.Statement,
    insertMulti: Database.Statement,
    record: WireRecord,
    data: string,
    richness: number,
    synthetic: boolean,
  ): void {
    const derived = deriveRow(plan, record);
    const id = plan.def.idType === 'int' ? Number(record.id) : String(record.id);
    const params: Record<string, unknown> = {
      id,
      data,
      richness,
      synthetic: synthetic ? 1 : 0,
      served: isServable(plan.def, record, richness) ? 1 : 0,
      slug: derived.slug,
      search: derived.search,
      ...derived.values,
    };
    const { record_rowid: rowid } = insert.get(params) as { record_rowid: number };
    if (this.searchIndexes.has(plan.def.key)) {
      this.stmt(`INSERT OR REPLACE INTO ${plan.searchTable} (rowid, search) VALUES (?, ?)`).run(rowid, derived.search);
    }
    this.stmt(`DELETE FROM ${plan.multiTable} WHERE record_id = ?`).run(id);
    for (const m of derived.multi) insertMulti.run(id, m.field, m.value, m.lvalue, m.label);
  }

  write(records: IncomingRecord[], meta: Record<string, string> = {}): WriteSummary {
    const summary: WriteSummary = { inserted: 0, updated: 0, unchanged: 0 };
    const run = this.db.transaction(() => {
      for (const incoming of records) {
        const def = resourceList.find((d) => d.key === incoming.resource);
        if (!def) throw new Error(`Unknown resource ${incoming.resource}`);
        const plan = this.plan(def);
        const id = def.idType === 'int' ? Number(incoming.record.id) : String(incoming.record.id);
        if (def.idType === 'int' && !Number.isSafeInteger(id)) throw new Error(`${def.key}: bad id ${String(incoming.record.id)}`);
        const existing = this.stmt(`SELECT data, richness, synthetic FROM ${plan.table} WHERE id = ?`).get(id) as
          | { data: string; richness: number; synthetic: number }
          | undefined;
        let merged: WireRecord = incoming.record;
        let richness: number = incoming.richness;
        if (existing) {
          const current = JSON.parse(existing.data) as WireRecord;
          merged = replacesStored(incoming.richness, existing.richness)
            ? withMissingKeys(incoming.record, current)
            : withMissingKeys(current, incoming.record);
          richness = Math.max(existing.richness, incoming.richness);
        }
        const data = JSON.stringify(merged);
        if (existing && existing.data === data && existing.richness === richness) {
          summary.unchanged += 1;
          continue;
        }
        const insertMulti = this.stmt(`INSERT INTO ${plan.multiTable} (record_id, field, value, lvalue, label) VALUES (?, ?, ?, ?, ?)`);
        this.insertDerived(plan, this.insertStatement(plan), insertMulti, merged, data, richness, incoming.synthetic ?? existing?.synthetic === 1);
        if (existing) summary.updated += 1;
        else summary.inserted += 1;
      }
      for (const [key, value] of Object.entries(meta)) this.setMeta(key, value);
      if (summary.inserted + summary.updated > 0) this.bumpVersion();
    });
    run.immediate();
    if (summary.inserted + summary.updated > 0) this.publishVersion();
    return summary;
  }

  /**
   * Writes the data version beside the database after a commit, so caches in other processes
   * (the response cache in `lib/page-cache/front-server.ts`) see a sync or import without opening SQLite.
   */
  private publishVersion(): void {
    if (this.file === ':memory:') return;
    fs.writeFileSync(versionFile(this.file), String(this.dataVersion()));
  }

  private bumpVersion(): void {
    this.setMeta('data_version', String(this.dataVersion() + 1));
    this.setMeta('data_updated_at', new Date().toISOString());
  }

  dataVersion(): number {
    return Number(this.getMeta('data_version') ?? '0');
  }

  getMeta(key: string): string | null {
    const row = this.stmt('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.stmt('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  list(def: ResourceDef, query: ListQuery, now = new Date()): ListResult {
    const plan = this.plan(def);
    const version = this.dataVersion();
    const options = { ...this.whereOptions(plan), ...(query.servedOnly && this.hasUnserved(plan, version) ? { servedOnly: true } : {}) };
    const where = buildWhere(plan, def, query, now, options);
    const count = this.counts.get(version, `${plan.table}|${where.sql}|${JSON.stringify(where.params)}`, () =>
      this.count(plan, query, where, options),
    );
    if (query.offset >= count) return { count, results: [] };
    // A ranked search sorts every match, so no index order can serve it: only unranked pages get a hint.
    const ranked = buildRank(plan, query) !== null;
    const hint = ranked ? '' : pageIndexHint({
      plan,
      def,
      query,
      count,
      options,
      catalog: this.indexes,
      countEqual: (field, value) =>
        this.counts.get(version, `${plan.table}|f_${field} = ?|${JSON.stringify([value])}`, () =>
          (this.stmt(`SELECT count(*) AS n FROM ${plan.table} WHERE f_${field} = ?`).get(value) as { n: number }).n,
        ),
    });
    const page = pageIdsSql(plan, def, query, where, hint);
    const ids = this.stmt(page.sql).pluck().all(...page.params) as (string | number)[];
    return { count, results: this.fetchMany(plan, ids) };
  }

  /** Hits and misses of the store's per-version caches (facet options, match counts). */
  cacheStats() {
    return { facets: this.facets.stats(), counts: this.counts.stats() };
  }

  /** Whether any of the resource's records is one the API does not serve (lib/ll2/served.ts). */
  private hasUnserved(plan: ColumnPlan, version: number): boolean {
    return this.counts.get(version, `${plan.table}|unserved`, () => (this.stmt(`SELECT EXISTS (SELECT 1 FROM ${plan.table} WHERE served = 0) AS n`).get() as { n: number }).n) > 0;
  }

  /**
   * A search with nothing else is counted in the search index alone (each of its rows is one
   * record), instead of looking every match up in the table.
   */
  private count(plan: ColumnPlan, query: ListQuery, where: WhereClause, options: WhereOptions): number {
    // Neither index knows which records the API serves.
    const alone = !query.view && !query.span && !options.servedOnly && !searchesBeyondLl2(plan, query);
    const match = alone && query.filters.length === 0 ? searchIndexMatch(query, options) : null;
    if (match !== null && options.searchIndex) {
      return (this.stmt(`SELECT count(*) AS n FROM ${options.searchIndex} WHERE ${options.searchIndex} MATCH ?`).get(match) as { n: number }).n;
    }
    // Likewise one multi-valued filter alone (`program=…`) is counted in its side table.
    const only = query.filters.length === 1 && query.searchTerms.length === 0 && alone ? query.filters[0] : undefined;
    const side = only ? sideTableCount(plan, only) : null;
    if (side) return (this.stmt(side.sql).get(...side.params) as { n: number }).n;
    return (this.stmt(`SELECT count(*) AS n FROM ${plan.table} ${where.sql}`).get(...where.params) as { n: number }).n;
  }

  private fetchMany(plan: ColumnPlan, ids: (string | number)[]): WireRecord[] {
    if (ids.length === 0) return [];
    const rows = this.db
      .prepare(`SELECT id, data FROM ${plan.table} WHERE id IN (${ids.map(() => '?').join(', ')})`)
      .all(...ids) as { id: string | number; data: string }[];
    const byId = new Map(rows.map((r) => [r.id, r.data]));
    return ids.flatMap((id) => {
      const data = byId.get(id);
      return data ? [JSON.parse(data) as WireRecord] : [];
    });
  }

  get(def: ResourceDef, id: string | number, options: GetOptions = {}): WireRecord | null {
    const plan = this.plan(def);
    const key = def.idType === 'int' ? Number(id) : String(id);
    if (def.idType === 'int' && !Number.isSafeInteger(key)) return null;
    const served = options.servedOnly ? ' AND served = 1' : '';
    const row = this.stmt(`SELECT data FROM ${plan.table} WHERE id = ?${served}`).get(key) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as WireRecord) : null;
  }

  getBySlug(def: ResourceDef, slug: string): WireRecord | null {
    const plan = this.plan(def);
    const row = this.db.prepare(`SELECT data FROM ${plan.table} WHERE slug = ? ORDER BY richness DESC, id LIMIT 1`).get(slug) as
      | { data: string }
      | undefined;
    return row ? (JSON.parse(row.data) as WireRecord) : null;
  }

  ids(def: ResourceDef): { id: string | number; slug: string | null; lastUpdated: string | null }[] {
    const plan = this.plan(def);
    const hasUpdated = plan.scalar.includes('last_updated');
    const rows = this.db
      .prepare(`SELECT id, slug${hasUpdated ? ', f_last_updated AS lastUpdated' : ', NULL AS lastUpdated'} FROM ${plan.table} ORDER BY id`)
      .all() as { id: string | number; slug: string | null; lastUpdated: string | null }[];
    return rows;
  }

  facet(def: ResourceDef, field: string): FacetOption[] {
    return this.facets.get(this.dataVersion(), `${def.key}:${field}`, () => this.facetOptions(this.plan(def), field));
  }

  facetCounts(def: ResourceDef, field: string, query: ListQuery, now = new Date()): Map<string, number> | null {
    const others = { ...query, filters: query.filters.filter((f) => f.filter.field !== field) };
    if (!narrowsSelection(others)) return null;
    const plan = this.plan(def);
    const where = buildWhere(plan, def, others, now, this.whereOptions(plan));
    const key = `${plan.table}|${field}|${where.sql}|${JSON.stringify(where.params)}`;
    const rows = this.facetCountCache.get(this.dataVersion(), key, () =>
      this.valueCounts(plan, field, where, false).map((r): [string, number] => [String(r.value), Number(r.count)]),
    );
    return new Map(rows);
  }

  private facetOptions(plan: ColumnPlan, field: string): FacetOption[] {
    return this.valueCounts(plan, field, { sql: '', params: [] }, true).map((r) => ({
      value: String(r.value),
      label: typeof r.label === 'string' && r.label ? r.label : String(r.value),
      count: Number(r.count),
    }));
  }

  private valueCounts(plan: ColumnPlan, field: string, where: WhereClause, withLabels: boolean): Row[] {
    const statement = valueCountsSql(plan, field, where, withLabels);
    return statement ? (this.stmt(statement.sql).all(...statement.params) as Row[]) : [];
  }

  histogram(def: ResourceDef, query: ListQuery, unit: 'year' | 'month', now = new Date()): HistogramBucket[] {
    const plan = this.plan(def);
    if (!def.dateField) return [];
    const where = buildWhere(plan, def, query, now, this.whereOptions(plan));
    const statement = histogramSql(plan, def.dateField, where, unit);
    return this.db.prepare(statement.sql).all(...statement.params) as HistogramBucket[];
  }

  aggregate(def: ResourceDef, query: ListQuery, spec: AggregateSpec, now = new Date()): AggregateRow[] {
    const plan = this.plan(def);
    const { sql, params } = aggregateSql(plan, buildWhere(plan, def, query, now, this.whereOptions(plan)), spec);
    return readAggregateRows(this.stmt(sql).all(...params) as Row[], spec);
  }

  /**
   * Runs a bulk load (a large import, a synthetic dataset) with the tables' secondary indexes
   * dropped and rebuilt once at the end: building an index from all rows at once is far cheaper
   * than inserting every row into forty b-trees one at a time. Writes only need lookups by id
   * and the side tables' record index, which stay. Follow with `optimize()`.
   */
  bulkLoad<T>(load: () => T): T {
    const indexes = this.db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix\\_r\\_%' ESCAPE '\\' AND sql IS NOT NULL")
      .all() as { name: string; sql: string }[];
    this.statements.clear();
    for (const index of indexes) this.db.exec(`DROP INDEX ${index.name}`);
    try {
      return load();
    } finally {
      this.db.transaction(() => {
        for (const index of indexes) this.db.exec(index.sql);
      }).immediate();
      this.statements.clear();
      this.indexes = readIndexCatalog(this.db);
    }
  }

  private whereOptions(plan: ColumnPlan): WhereOptions {
    return this.searchIndexes.has(plan.def.key) ? { searchIndex: plan.searchTable } : {};
  }

  /**
   * Run after bulk writes (an import, a synthetic dataset): builds the trigram search index of
   * every resource that has grown large enough for a scan to hurt, and refreshes the query
   * planner's statistics so it picks the right indexes. Small stores keep searching by scan.
   */
  optimize(options: OptimizeOptions = {}): void {
    const minRows = options.searchIndexMinRows ?? SEARCH_INDEX_MIN_ROWS;
    for (const plan of this.plans.values()) {
      if (plan.def.search.length === 0 || this.searchIndexes.has(plan.def.key)) continue;
      const rows = (this.stmt(`SELECT count(*) AS n FROM ${plan.table}`).get() as { n: number }).n;
      if (rows < minRows) continue;
      this.db.transaction(() => this.buildSearchIndex(plan)).immediate();
      this.searchIndexes.add(plan.def.key);
    }
    this.db.exec('ANALYZE');
  }

  close(): void {
    this.db.close();
  }
}
