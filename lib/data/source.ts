import type { ListQuery } from '@/lib/query/types';
import type { ResourceDef, WireRecord } from '@/lib/resources/types';
import type { AggregateRow, AggregateSpec } from '@/lib/store/aggregate';
import type { FacetOption, GetOptions, HistogramBucket } from '@/lib/store/types';

/** Set when a source could not reach LL2 and answered from its last good copy. */
export interface Staleness {
  /** ISO time of the copy being served. */
  since: string;
  reason: string;
}

export interface ListData {
  count: number;
  results: WireRecord[];
  stale?: Staleness;
}

export interface RecordData {
  record: WireRecord | null;
  stale?: Staleness;
}

/**
 * Where data comes from: the embedded store (default) or the live LL2 API. Getters in
 * `lib/data` talk only to this, so pages never know which one is in use.
 */
export interface DataSource {
  readonly kind: 'local' | 'live';
  list(def: ResourceDef, query: ListQuery, now: Date): Promise<ListData>;
  /** `servedOnly`: a record the LL2-compatible API serves, or none (live LL2 records all are). */
  get(def: ResourceDef, id: string | number, options?: GetOptions): Promise<RecordData>;
  getBySlug(def: ResourceDef, slug: string): Promise<RecordData>;
  facet(def: ResourceDef, field: string): Promise<FacetOption[]>;
  /** `Store.facetCounts`: null where `facet`'s counts apply, or where none can be had (live). */
  facetCounts(def: ResourceDef, field: string, query: ListQuery, now: Date): Promise<Map<string, number> | null>;
  histogram(def: ResourceDef, query: ListQuery, unit: 'year' | 'month', now: Date): Promise<HistogramBucket[]>;
  /** `Store.aggregate`; null where none can be had (live: LL2 has no aggregate endpoint). */
  aggregate(def: ResourceDef, query: ListQuery, spec: AggregateSpec, now: Date): Promise<AggregateRow[] | null>;
  ids(def: ResourceDef): Promise<{ id: string | number; slug: string | null; lastUpdated: string | null }[]>;
  /** Changes whenever the data changes; part of every cache key. */
  version(): number;
  /** When the data was last refreshed (last sync or import), if known. */
  dataAsOf(): Promise<string | null>;
  /**
   * Where the data stands: read from LL2 now (`live`), kept current by `npm run sync`
   * (`synced`), or a saved copy never synced here (`snapshot`, e.g. the embedded dataset), whose
   * load time says nothing about how current it is.
   */
  dataOrigin(): Promise<DataOrigin>;
}

export type DataOrigin = 'live' | 'synced' | 'snapshot';
