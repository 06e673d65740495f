import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { QueryCache } from '@/lib/cache/query-cache';
import type { ListQuery } from '@/lib/query/types';
import type { ResourceDef, WireRecord } from '@/lib/resources/types';
import { bulkLoad, optimize, type OptimizeOptions } from './sqlite/bulk';
import { SqliteContext } from './sqlite/context';
import type { AggregateRow, AggregateSpec } from './aggregate';
import { aggregateCounts, dateHistogram, facetOptions, selectionCounts } from './sqlite/facets';
import { dataVersion, getMeta, publishVersion, setMeta } from './sqlite/meta';
import { getRecord, getRecordBySlug, listRecords, recordIds } from './sqlite/queries';
import { migrate } from './sqlite/schema';
import { writeRecords } from './sqlite/write';
import type { FacetOption, GetOptions, HistogramBucket, IncomingRecord, ListResult, Store, WriteSummary } from './types';

export interface SqliteStoreOptions {
  readonly?: boolean;
  /** Keep match counts per filter set until the data changes (default). Benchmarks turn it off. */
  cacheCounts?: boolean;
}

const FACET_CACHE_SIZE = 500;
const COUNT_CACHE_SIZE = 5000;

/**
 * The embedded store: one SQLite file. This class opens the connection and holds the caches;
 * the work is in `./sqlite/`: `schema` (tables, rebuilds, row writes), `write` (merging with
 * `../merge`), `queries` (lists, counts, records), `facets` (filter options, histogram, grouped counts),
 * `bulk` (bulk loads, search indexes) and `meta` (settings, data version).
 */
export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly ctx: SqliteContext;
  /** Filter-panel options per field, until the data changes. */
  private readonly facets = new QueryCache<FacetOption[]>(FACET_CACHE_SIZE);
  /** Per-value counts of a field within one selection, until the data changes. */
  private readonly facetCountCache = new QueryCache<[string, number][]>(COUNT_CACHE_SIZE);
  /** Match counts per filter set, until the data changes. */
  private readonly counts: QueryCache<number>;

  constructor(
    readonly file: string,
    options: SqliteStoreOptions = {},
  ) {
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
    this.ctx = new SqliteContext(this.db);
    if (!options.readonly) migrate(this.ctx);
    this.ctx.readCatalog();
  }

  list(def: ResourceDef, query: ListQuery, now = new Date()): ListResult {
    return listRecords(this.ctx, this.counts, def, query, now);
  }

  get(def: ResourceDef, id: string | number, options: GetOptions = {}): WireRecord | null {
    return getRecord(this.ctx, def, id, options);
  }

  getBySlug(def: ResourceDef, slug: string): WireRecord | null {
    return getRecordBySlug(this.ctx, def, slug);
  }

  ids(def: ResourceDef): { id: string | number; slug: string | null; lastUpdated: string | null }[] {
    return recordIds(this.ctx, def);
  }

  facet(def: ResourceDef, field: string): FacetOption[] {
    return this.facets.get(this.dataVersion(), `${def.key}:${field}`, () => facetOptions(this.ctx, def, field));
  }

  facetCounts(def: ResourceDef, field: string, query: ListQuery, now = new Date()): Map<string, number> | null {
    const version = this.dataVersion();
    return selectionCounts(this.ctx, def, field, query, now, (key, compute) => this.facetCountCache.get(version, key, compute));
  }

  histogram(def: ResourceDef, query: ListQuery, unit: 'year' | 'month', now = new Date()): HistogramBucket[] {
    return dateHistogram(this.ctx, def, query, unit, now);
  }

  aggregate(def: ResourceDef, query: ListQuery, spec: AggregateSpec, now = new Date()): AggregateRow[] {
    return aggregateCounts(this.ctx, def, query, spec, now);
  }

  write(records: IncomingRecord[], meta: Record<string, string> = {}): WriteSummary {
    const summary = writeRecords(this.ctx, records, meta);
    if (summary.inserted + summary.updated > 0) publishVersion(this.ctx, this.file);
    return summary;
  }

  dataVersion(): number {
    return dataVersion(this.ctx);
  }

  getMeta(key: string): string | null {
    return getMeta(this.ctx, key);
  }

  setMeta(key: string, value: string): void {
    setMeta(this.ctx, key, value);
  }

  /** Hits and misses of the store's per-version caches (facet options, match counts). */
  cacheStats() {
    return { facets: this.facets.stats(), counts: this.counts.stats() };
  }

  bulkLoad<T>(load: () => T): T {
    return bulkLoad(this.ctx, load);
  }

  optimize(options: OptimizeOptions = {}): void {
    optimize(this.ctx, options);
  }

  close(): void {
    this.db.close();
  }
}
