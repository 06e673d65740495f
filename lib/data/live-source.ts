import path from 'node:path';
import { env } from '@/lib/env';
import { Ll2Client, Ll2Error } from '@/lib/ll2/client';
import { toLl2DetailRequest, toLl2Request, type Ll2Request } from '@/lib/ll2/query';
import { paginatedSchema, wireSchemas, type WireResourceKey } from '@/lib/ll2/wire';
import type { ListQuery } from '@/lib/query/types';
import type { ResourceDef, WireRecord } from '@/lib/resources/types';
import {
  LastGoodCache,
  memoryDataCache,
  nextDataCache,
  type CachedAnswer,
  type DataCache,
} from './live-cache';
import { LiveDataUnavailableError } from './live-error';
import { localSource } from './local-source';
import type { DataSource, ListData, RecordData, Staleness } from './source';

export { LiveDataUnavailableError, isLiveDataUnavailable } from './live-error';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Seconds an answer stays fresh: launch times move by the minute, agencies hardly ever change. */
export function revalidateFor(def: ResourceDef, view?: string): number {
  switch (def.key) {
    case 'launches':
      return view === 'previous' ? HOUR : 5 * MINUTE;
    case 'events':
      return 15 * MINUTE;
    case 'docking_events':
    case 'space_stations':
      return HOUR;
    case 'spacecraft':
      return 6 * HOUR;
    default:
      return DAY;
  }
}

/**
 * Keeps what the page can use from a record whose shape LL2 changed: each top-level field that
 * fails validation is dropped, the rest of the record (and the page) stays. Null when even the
 * id or a required name is unusable.
 */
export function degradeRecord(
  resource: string,
  raw: unknown,
): { record: WireRecord | null; dropped: string[] } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { record: null, dropped: [] };
  const schema = Object.hasOwn(wireSchemas, resource)
    ? wireSchemas[resource as WireResourceKey]
    : null;
  if (!schema) return { record: raw as WireRecord, dropped: [] };
  const current: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  const dropped: string[] = [];
  for (;;) {
    const result = schema.safeParse(current);
    if (result.success) return { record: result.data as WireRecord, dropped };
    const keys = [...new Set(result.error.issues.map((i) => String(i.path[0] ?? '')))];
    if (keys.some((k) => k === '' || k === 'id' || !(k in current)))
      return { record: null, dropped };
    for (const key of keys) {
      delete current[key];
      dropped.push(key);
    }
  }
}

function describeFailure(error: Ll2Error): string {
  switch (error.kind) {
    case 'rate-limited':
    case 'budget':
      return 'the LL2 rate limit is reached';
    case 'timeout':
      return 'LL2 did not answer in time';
    case 'network':
    case 'unreachable':
      return 'LL2 could not be reached';
    case 'invalid':
      return 'LL2 sent a response we could not read';
    default:
      return error.status ? `LL2 answered HTTP ${error.status}` : 'LL2 failed';
  }
}

export interface LiveSourceOptions {
  client: Ll2Client;
  /** Directory for last good answers (stale-on-error across restarts); null keeps them in memory. */
  cacheDir: string | null;
  dataCache?: DataCache;
  /** Caps `revalidateFor` (seconds): an operator with calls to spare can read LL2 more often. */
  maxAgeSeconds?: number;
  /** Answers LL2 has no endpoint for (facet options, sitemap ids) from the local snapshot. */
  fallback?: Pick<DataSource, 'facet' | 'ids'>;
  now?: () => number;
  log?: (message: string) => void;
}

type Answer<T> = { data: T; stale?: Staleness };

/**
 * Reads LL2 directly for every page, through the same getters as the local store. Answers are
 * cached per resource for `revalidateFor` seconds, identical requests in flight share one call,
 * and when LL2 fails (429, 5xx, timeout) the last good answer is served with a `stale` note.
 */
export class LiveSource implements DataSource {
  readonly kind = 'live' as const;
  private readonly inflight = new Map<string, Promise<Answer<unknown>>>();
  private readonly lastGood: LastGoodCache;
  private readonly failures = new Map<string, { at: number; reason: string }>();
  private readonly dataCache: DataCache;
  private readonly now: () => number;
  private newest: string | null = null;

  constructor(private readonly options: LiveSourceOptions) {
    this.now = options.now ?? Date.now;
    this.lastGood = new LastGoodCache(options.cacheDir);
    const memory = memoryDataCache(this.now);
    this.dataCache =
      options.dataCache ?? (process.env.NEXT_RUNTIME ? nextDataCache(memory) : memory);
  }

  async list(def: ResourceDef, query: ListQuery): Promise<ListData> {
    const request = toLl2Request(def, query);
    const { data, stale } = await this.answer(def, query.view, request, async () => {
      const { url, body } = await this.options.client.getJson(request.path, request.params);
      const page = paginatedSchema.safeParse(body);
      if (!page.success) throw new Ll2Error('invalid', url, `${url}: not an LL2 page`);
      const results: WireRecord[] = [];
      for (const raw of page.data.results) {
        const { record, dropped } = degradeRecord(def.key, raw);
        if (dropped.length > 0)
          this.log(
            `${url}: ${def.key} ${String((raw as { id?: unknown }).id)}: unusable ${dropped.join(', ')} left out`,
          );
        if (record) results.push(record);
      }
      return { count: page.data.count, results };
    });
    return stale ? { ...data, stale } : data;
  }

  async get(def: ResourceDef, id: string | number): Promise<RecordData> {
    const request = toLl2DetailRequest(def, id);
    const { data, stale } = await this.answer(def, undefined, request, async () => {
      try {
        const { body } = await this.options.client.getJson(request.path, request.params);
        return degradeRecord(def.key, body).record;
      } catch (error) {
        if (error instanceof Ll2Error && error.status === 404) return null;
        throw error;
      }
    });
    return stale ? { record: data, stale } : { record: data };
  }

  /** Only where LL2 filters by slug (launches, events); other slugs are resolved by id in the URL. */
  async getBySlug(def: ResourceDef, slug: string): Promise<RecordData> {
    const filter = def.filters.find((f) => f.param === 'slug');
    if (!filter) return { record: null };
    const mode = def.modes.includes('detailed') ? 'detailed' : def.defaultMode;
    const query: ListQuery = {
      resource: def.key,
      viewParams: {},
      filters: [{ filter, values: [slug], raw: slug }],
      searchTerms: [],
      search: '',
      ordering: [],
      explicitOrdering: false,
      limit: 1,
      offset: 0,
      mode,
    };
    const { results, stale } = await this.list(def, query);
    return { record: results[0] ?? null, ...(stale ? { stale } : {}) };
  }

  async facet(def: ResourceDef, field: string) {
    return (this.options.fallback ?? localSource).facet(def, field);
  }

  /**
   * LL2 has no aggregate endpoint and the local snapshot is not the live selection: the panel
   * shows the snapshot's index-wide counts and says so.
   */
  async facetCounts() {
    return null;
  }

  /** A histogram needs every record; LL2 has no aggregate endpoint, so live mode shows none. */
  async histogram() {
    return [];
  }

  /** Statistics count every record too: none in live mode, and the page says so. */
  async aggregate() {
    return null;
  }

  async ids(def: ResourceDef) {
    return (this.options.fallback ?? localSource).ids(def);
  }

  /** Changes every minute so the getters' query cache never outlives the shortest revalidate. */
  version(): number {
    return Math.floor(this.now() / 60_000);
  }

  async dataAsOf(): Promise<string | null> {
    return this.newest;
  }

  async dataOrigin() {
    return 'live' as const;
  }

  private log(message: string): void {
    (this.options.log ?? ((m: string) => console.warn(m)))(message);
  }

  private answer<T>(
    def: ResourceDef,
    view: string | undefined,
    request: Ll2Request,
    load: () => Promise<T>,
  ): Promise<Answer<T>> {
    const key = this.options.client.url(request.path, request.params);
    const pending = this.inflight.get(key);
    if (pending) return pending as Promise<Answer<T>>;
    const promise = this.resolve(key, def, view, load).finally(() => this.inflight.delete(key));
    this.inflight.set(key, promise);
    return promise;
  }

  private async resolve<T>(
    key: string,
    def: ResourceDef,
    view: string | undefined,
    load: () => Promise<T>,
  ): Promise<Answer<T>> {
    const revalidate = Math.min(revalidateFor(def, view), this.options.maxAgeSeconds ?? Infinity);
    try {
      const entry = await this.dataCache<T>(
        key,
        { revalidate, tags: ['ll2', `ll2:${def.key}`] },
        async () => {
          try {
            return { fetchedAt: new Date(this.now()).toISOString(), data: await load() };
          } catch (error) {
            if (error instanceof Ll2Error)
              this.failures.set(key, { at: this.now(), reason: describeFailure(error) });
            throw error;
          }
        },
      );
      this.served(key, entry);
      // Next serves an expired copy while it refreshes in the background; if that refresh
      // failed, the copy is older than it should be and the page says so.
      const failure = this.failures.get(key);
      const fetched = Date.parse(entry.fetchedAt);
      if (failure && failure.at > fetched && this.now() - fetched > revalidate * 1000) {
        return { data: entry.data, stale: { since: entry.fetchedAt, reason: failure.reason } };
      }
      return { data: entry.data };
    } catch (error) {
      if (!(error instanceof Ll2Error)) throw error;
      const reason = describeFailure(error);
      const last = this.lastGood.get(key) as CachedAnswer<T> | null;
      this.log(
        `live data: ${error.message}; ${last ? `serving the copy from ${last.fetchedAt}` : 'nothing cached'}`,
      );
      if (last) return { data: last.data, stale: { since: last.fetchedAt, reason } };
      const retry =
        error.retryAfterMs !== undefined ? Math.ceil(error.retryAfterMs / 1000) : undefined;
      throw new LiveDataUnavailableError(reason, retry);
    }
  }

  private served(key: string, entry: CachedAnswer): void {
    this.lastGood.set(key, entry);
    if (!this.newest || entry.fetchedAt > this.newest) this.newest = entry.fetchedAt;
  }
}

/** The live source the site uses when `DATA_SOURCE=live`, with the settings from the environment. */
export function createLiveSource(): LiveSource {
  const client = new Ll2Client({
    baseUrl: env.LL2_API_BASE,
    token: env.LL2_API_TOKEN,
    timeoutMs: env.LL2_TIMEOUT_MS,
    reserve: env.LL2_BUDGET_RESERVE,
    // A visitor cannot wait out a rate-limit window: fail fast and serve the cached copy.
    whenExhausted: 'fail',
    maxRetries: 1,
    backoffBaseMs: 250,
    backoffMaxMs: 1000,
  });
  return new LiveSource({
    client,
    cacheDir: path.join(env.DATA_DIR, 'live-cache'),
    maxAgeSeconds: env.LL2_CACHE_MAX_AGE_S,
  });
}
