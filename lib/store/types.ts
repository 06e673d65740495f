import type { ListQuery } from '@/lib/query/types';
import type { ResourceDef, WireRecord } from '@/lib/resources/types';
import type { AggregateRow, AggregateSpec } from './aggregate';

export interface ListResult {
  count: number;
  results: WireRecord[];
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

export interface HistogramBucket {
  /** `2024` or `2024-06`. */
  bucket: string;
  count: number;
}

/** How complete an incoming copy of a record is; a poorer copy never replaces a richer one. */
export type Richness = 0 | 1 | 2 | 3;

export interface IncomingRecord {
  resource: string;
  record: WireRecord;
  richness: Richness;
  synthetic?: boolean;
}

export interface WriteSummary {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface GetOptions {
  /** Only a record the LL2-compatible API serves (lib/ll2/served.ts); null for any other. */
  servedOnly?: boolean;
}

/**
 * The data layer's storage contract. Pages and the API only see this, so a server database
 * can replace SQLite without touching them.
 */
export interface Store {
  list(def: ResourceDef, query: ListQuery, now?: Date): ListResult;
  get(def: ResourceDef, id: string | number, options?: GetOptions): WireRecord | null;
  getBySlug(def: ResourceDef, slug: string): WireRecord | null;
  /** Every id (and last change) of a resource, for sitemaps. */
  ids(def: ResourceDef): { id: string | number; slug: string | null; lastUpdated: string | null }[];
  facet(def: ResourceDef, field: string): FacetOption[];
  /**
   * How many records of the query's selection have each value of `field`, counted as if the
   * field's own filter were unset (so each option says what ticking it would show); null when
   * nothing else narrows the list, where `facet`'s counts are the answer.
   */
  facetCounts(def: ResourceDef, field: string, query: ListQuery, now?: Date): Map<string, number> | null;
  histogram(def: ResourceDef, query: ListQuery, unit: 'year' | 'month', now?: Date): HistogramBucket[];
  /** Counts of the query's selection per group of field values (`lib/store/aggregate.ts`). */
  aggregate(def: ResourceDef, query: ListQuery, spec: AggregateSpec, now?: Date): AggregateRow[];
  /** Upserts records atomically: all of them or none. */
  write(records: IncomingRecord[], meta?: Record<string, string>): WriteSummary;
  getMeta(key: string): string | null;
  /** Changes whenever any record is written; cache keys include it. */
  dataVersion(): number;
  close(): void;
}

/** What a load balancer's health check learns from a store (`GET /healthz`). */
export interface StoreHealth {
  store: 'sqlite' | 'postgres';
  dataVersion: number;
  /** ISO time of the last sync that stored something, if any. */
  lastSyncAt: string | null;
}

/**
 * `Store` as a server database keeps it: every read and write is awaited (SQLite answers at once
 * through `asyncStore`, PostgreSQL over the network). The data layer, whose getters were async
 * already, talks only to this. `getMeta` and `dataVersion` stay synchronous: a server store keeps
 * the meta table and the version in memory and refreshes them on every commit it is told of
 * (PostgreSQL's LISTEN/NOTIFY), so cache keys cost no round trip.
 */
export interface AsyncStore {
  readonly kind: 'sqlite' | 'postgres';
  list(def: ResourceDef, query: ListQuery, now?: Date): Promise<ListResult>;
  get(def: ResourceDef, id: string | number, options?: GetOptions): Promise<WireRecord | null>;
  getBySlug(def: ResourceDef, slug: string): Promise<WireRecord | null>;
  ids(def: ResourceDef): Promise<{ id: string | number; slug: string | null; lastUpdated: string | null }[]>;
  facet(def: ResourceDef, field: string): Promise<FacetOption[]>;
  facetCounts(def: ResourceDef, field: string, query: ListQuery, now?: Date): Promise<Map<string, number> | null>;
  histogram(def: ResourceDef, query: ListQuery, unit: 'year' | 'month', now?: Date): Promise<HistogramBucket[]>;
  aggregate(def: ResourceDef, query: ListQuery, spec: AggregateSpec, now?: Date): Promise<AggregateRow[]>;
  write(records: IncomingRecord[], meta?: Record<string, string>): Promise<WriteSummary>;
  getMeta(key: string): string | null;
  dataVersion(): number;
  /** Resolves once the store is open (schema in place, meta read); rejects if it cannot be. */
  opened(): Promise<void>;
  /** Reads the store now (not from memory): rejects when it cannot be reached. */
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}

