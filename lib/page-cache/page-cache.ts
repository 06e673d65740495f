/**
 * The rendered-page cache: whole HTML responses keyed by the normalised URL, valid for one data
 * version and a short time-to-live (views such as "upcoming" move with the clock). A sync or
 * import bumps the version and so empties the cache; nothing stale is served.
 */

export interface CachedPage {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
  storedAt: number;
}

export class PageCache {
  private entries = new Map<string, CachedPage>();
  private version: string | null = null;
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
    private readonly ttlMs: number,
  ) {}

  get(version: string, key: string, now: number): CachedPage | undefined {
    this.sync(version);
    const entry = this.entries.get(key);
    if (!entry || now - entry.storedAt > this.ttlMs) {
      if (entry) this.remove(key, entry);
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(version: string, key: string, page: CachedPage): void {
    this.sync(version);
    if (page.body.byteLength > this.maxBytes / 4) return;
    const existing = this.entries.get(key);
    if (existing) this.remove(key, existing);
    this.entries.set(key, page);
    this.bytes += page.body.byteLength;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const [oldestKey, oldest] = this.entries.entries().next().value as [string, CachedPage];
      this.remove(oldestKey, oldest);
    }
  }

  stats() {
    const total = this.hits + this.misses;
    return { entries: this.entries.size, bytes: this.bytes, hits: this.hits, misses: this.misses, hitRate: total ? this.hits / total : 0 };
  }

  private remove(key: string, entry: CachedPage) {
    this.entries.delete(key);
    this.bytes -= entry.body.byteLength;
  }

  private sync(version: string) {
    if (version === this.version) return;
    this.entries.clear();
    this.bytes = 0;
    this.version = version;
  }
}

/** Same page, same key: parameter order and empty values do not matter. */
export function pageCacheKey(url: URL): string {
  const params = [...url.searchParams.entries()].filter(([, v]) => v !== '');
  params.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}

/** Only plain document requests are cached: not RSC payloads, prefetches or server actions. */
export function isCacheableRequest(method: string, headers: Headers): boolean {
  if (method !== 'GET') return false;
  if (headers.has('rsc') || headers.has('next-router-prefetch') || headers.has('next-action')) return false;
  if (headers.has('next-router-state-tree') || headers.has('authorization') || headers.has('cookie')) return false;
  const accept = headers.get('accept') ?? '';
  return accept === '' || accept.includes('text/html') || accept.includes('*/*');
}
