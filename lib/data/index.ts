import { cache } from 'react';
import { QueryCache } from '@/lib/cache/query-cache';
import { env } from '@/lib/env';
import { narrowsSelection, parseListQuery, type ParseOptions, type RawParams } from '@/lib/query/parse';
import type { ListQuery, ParsedListQuery } from '@/lib/query/types';
import { canonicalSegment } from '@/lib/resources/href';
import { getResource, type ResourceKey, type resources } from '@/lib/resources';
import type { FilterParam, OrderingField } from '@/lib/resources/define';
import type { OrderingText, ResourceDef, WireRecord } from '@/lib/resources/types';
import type { AggregateRow, AggregateSpec } from '@/lib/store/aggregate';
import type { FacetOption, HistogramBucket } from '@/lib/store/types';
import { createLiveSource } from './live-source';
import { localSource } from './local-source';
import type { DataOrigin, DataSource, ListData, RecordData } from './source';

// One live source per process (its call budget and caches are shared by every request).
const globalLive = globalThis as unknown as { __orbitLiveSource?: DataSource };
let source: DataSource = env.DATA_SOURCE === 'live' ? (globalLive.__orbitLiveSource ??= createLiveSource()) : localSource;

/** Swaps the data source (live mode installs itself here; tests use it too). */
export function setDataSource(next: DataSource): void {
  source = next;
}

export function getDataSource(): DataSource {
  return source;
}

const listCache = new QueryCache<Promise<ListData>>(env.QUERY_CACHE_SIZE);

export function queryCacheStats() {
  return listCache.stats();
}

export function resourceDef(key: ResourceKey): ResourceDef {
  const def = getResource(key);
  if (!def) throw new Error(`Unknown resource ${key}`);
  return def;
}

/** Views such as "upcoming" depend on the clock; a one-minute bucket keeps them cacheable. */
function queryNow(query: ListQuery): Date {
  const minute = 60_000;
  return query.view ? new Date(Math.floor(Date.now() / minute) * minute) : new Date(0);
}

function cacheKey(def: ResourceDef, parsed: ParsedListQuery, now: Date, extra = ''): string {
  const params = parsed.canonical.map(([k, v]) => `${k}=${v}`).join('&');
  // The site's search and LL2's find and order different records for the same parameters.
  const site = parsed.query.siteSearch ? 'site' : '';
  return `${def.key}|${parsed.query.view ?? ''}|${now.getTime()}|${params}|${site}|${extra}`;
}

export function parseList(key: ResourceKey, params: RawParams, options?: ParseOptions): ParsedListQuery {
  return parseListQuery(resourceDef(key), params, options);
}

type Def<K extends ResourceKey> = (typeof resources)[K];

/**
 * A query written in code (a detail page's related list, a home section): only the resource's
 * own filter parameters and ordering fields, so a misspelt key is a type error.
 */
export type CodeParams<K extends ResourceKey> = {
  readonly [P in FilterParam<Def<K>>]?: string;
} & {
  readonly ordering?: OrderingText<OrderingField<Def<K>>>;
  readonly search?: string;
  readonly limit?: string;
  readonly offset?: string;
};

/** Keys of `CodeParams` that shape the page rather than filter it. */
const PAGING = new Set(['ordering', 'search', 'limit', 'offset']);

/**
 * Parses a query written in code. Every issue is a bug at the call site, not a reader's typo, so
 * it throws: dropping it would answer with the unfiltered list. A blank value, which the parser
 * skips without an issue, and an unknown view throw for the same reason.
 */
export function buildQuery<K extends ResourceKey>(
  key: K,
  params: CodeParams<K>,
  options: { view?: string } = {},
): ParsedListQuery {
  const def = resourceDef(key);
  if (options.view && !def.views?.some((v) => v.name === options.view))
    throw new Error(`${key}: no view ${options.view}`);
  const raw = Object.entries(params as Record<string, string | undefined>).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  const parsed = parseListQuery(def, raw, options);
  const problems = parsed.issues.map((i) => `${i.param}=${i.value}: ${i.message}`);
  for (const [param, value] of raw)
    if (!PAGING.has(param) && !parsed.canonical.some(([k]) => k === param))
      problems.push(`${param}=${value}: took no effect`);
  if (problems.length > 0) throw new Error(`${key} query: ${problems.join('; ')}`);
  return parsed;
}

export interface ListOptions {
  /** Overrides the page size beyond LL2's 100 (timelines need every event in their window). */
  limit?: number;
  span?: ListQuery['span'];
  /** Only records the LL2-compatible API serves (lib/ll2/served.ts). */
  servedOnly?: boolean;
}

/** A list page of records for a parsed query; cached until the data changes. */
export async function listRecords(key: ResourceKey, parsed: ParsedListQuery, options: ListOptions = {}): Promise<ListData> {
  const def = resourceDef(key);
  const now = queryNow(parsed.query);
  const query: ListQuery = {
    ...parsed.query,
    ...(options.limit ? { limit: options.limit } : {}),
    ...(options.span ? { span: options.span } : {}),
    ...(options.servedOnly ? { servedOnly: true } : {}),
  };
  const entry = cacheKey(def, parsed, now, JSON.stringify(options));
  const promise = listCache.get(source.version(), entry, () => source.list(def, query, now));
  try {
    const data = await promise;
    // Stale answers (LL2 unreachable) are served but not kept, so the next request retries.
    if (data.stale) listCache.delete(entry);
    return data;
  } catch (error) {
    listCache.delete(entry);
    throw error;
  }
}

const histogramCache = new QueryCache<Promise<HistogramBucket[]>>(env.QUERY_CACHE_SIZE);

/** Paging, ordering and mode leave the buckets alone, so every page of a query shares them. */
const NOT_IN_HISTOGRAM = new Set(['limit', 'offset', 'ordering', 'mode']);

export async function histogram(key: ResourceKey, parsed: ParsedListQuery, unit: 'year' | 'month'): Promise<HistogramBucket[]> {
  const def = resourceDef(key);
  const now = queryNow(parsed.query);
  const where = { ...parsed, canonical: parsed.canonical.filter(([k]) => !NOT_IN_HISTOGRAM.has(k)) };
  const entry = cacheKey(def, where, now, unit);
  try {
    // Counting every match is a scan at 100,000 launches (tens of ms); list pages ask on each view.
    return await histogramCache.get(source.version(), entry, () => source.histogram(def, parsed.query, unit, now));
  } catch (error) {
    histogramCache.delete(entry);
    throw error;
  }
}

const aggregateCache = new QueryCache<Promise<AggregateRow[] | null>>(env.QUERY_CACHE_SIZE);

/**
 * Counts of a query's selection per group (`Store.aggregate`), until the data changes; null where
 * the source cannot count (live). Paging, ordering and mode leave them alone, as for histograms.
 */
export async function aggregate(key: ResourceKey, parsed: ParsedListQuery, spec: AggregateSpec): Promise<AggregateRow[] | null> {
  const def = resourceDef(key);
  const now = queryNow(parsed.query);
  const where = { ...parsed, canonical: parsed.canonical.filter(([k]) => !NOT_IN_HISTOGRAM.has(k)) };
  const entry = cacheKey(def, where, now, JSON.stringify(spec));
  try {
    return await aggregateCache.get(source.version(), entry, () => source.aggregate(def, parsed.query, spec, now));
  } catch (error) {
    aggregateCache.delete(entry);
    throw error;
  }
}

export async function facetOptions(key: ResourceKey, field: string): Promise<FacetOption[]> {
  return source.facet(resourceDef(key), field);
}

export interface SelectionFacets {
  /** Most matches first; a value the selection lacks has count 0. */
  options: FacetOption[];
  /** The counts are for the whole index, not the selection (live data cannot count one). */
  indexWide: boolean;
}

/**
 * A field's filter options counted within the list's selection, as if the field's own filter
 * were unset: each option says how many records ticking it leads to.
 */
export async function selectionFacets(key: ResourceKey, field: string, parsed: ParsedListQuery): Promise<SelectionFacets> {
  const def = resourceDef(key);
  const [all, counts] = await Promise.all([
    source.facet(def, field),
    source.facetCounts(def, field, parsed.query, queryNow(parsed.query)),
  ]);
  if (!counts) return { options: all, indexWide: source.kind === 'live' && narrowsSelection(parsed.query) };
  const options = all.map((o) => ({ ...o, count: counts.get(o.value) ?? 0 }));
  // Stable: equal counts keep the index-wide order (most used first, then by label).
  options.sort((a, b) => b.count - a.count);
  return { options, indexWide: false };
}

/** Parses a detail route's `[id]` segment: `121`, `121-spacex`, or a launch UUID / slug. */
export function parseIdSegment(def: ResourceDef, segment: string): { id: string | number | null; slug: string } {
  const decoded = decodeURIComponent(segment);
  if (def.idType === 'uuid') {
    const m = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.exec(decoded);
    return { id: m ? decoded.toLowerCase() : null, slug: decoded };
  }
  const m = /^(\d{1,15})(?:-|$)/.exec(decoded);
  return { id: m ? Number(m[1]) : null, slug: decoded };
}

/** One record by id, shared between generateMetadata and the page through React's cache. */
export const getRecord = cache(async (key: ResourceKey, id: string | number): Promise<RecordData> => {
  return source.get(resourceDef(key), id);
});

/** A record the LL2-compatible API may answer with (lib/ll2/served.ts), or none. */
export async function getServedRecord(key: ResourceKey, id: string | number): Promise<RecordData> {
  return source.get(resourceDef(key), id, { servedOnly: true });
}

export const getRecordBySlug = cache(async (key: ResourceKey, slug: string): Promise<RecordData> => {
  return source.getBySlug(resourceDef(key), slug);
});

/**
 * Finds a record from a detail route segment (id, id-slug, UUID or slug) and tells the page the
 * canonical segment, so it can redirect (308) when the URL is not canonical.
 */
export const findRecord = cache(async (key: ResourceKey, segment: string): Promise<{ record: WireRecord | null; canonical: string | null; stale?: RecordData['stale'] }> => {
  const def = resourceDef(key);
  const { id, slug } = parseIdSegment(def, segment);
  let data: RecordData = { record: null };
  if (id !== null) data = await getRecord(key, id);
  if (!data.record && def.slug) data = await getRecordBySlug(key, slug);
  if (!data.record) return { record: null, canonical: null };
  return { record: data.record, canonical: canonicalSegment(def, data.record), stale: data.stale };
});

// Pure helpers, kept in lib/resources so client components can build the same links.
export { canonicalSegment, detailHref } from '@/lib/resources/href';

export async function allIds(key: ResourceKey) {
  return source.ids(resourceDef(key));
}

export async function dataAsOf(): Promise<string | null> {
  return source.dataAsOf();
}

export interface DataStatusInfo {
  asOf: string | null;
  origin: DataOrigin;
}

export async function dataOrigin(): Promise<DataOrigin> {
  return source.dataOrigin();
}

/** How current the data is, as readers are told it: the time, and where it comes from. */
export async function dataStatus(): Promise<DataStatusInfo> {
  const [asOf, origin] = await Promise.all([source.dataAsOf(), source.dataOrigin()]);
  return { asOf, origin };
}
