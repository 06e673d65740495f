import { LRUCache } from 'lru-cache';

/**
 * Query results keyed by the data version plus the normalised query, so an import or sync
 * (which bumps the version) invalidates everything at once and nothing stale is ever served.
 * A capacity of 0 turns caching off.
 */
export class QueryCache<V extends NonNullable<unknown>> {
  private readonly entries: LRUCache<string, V> | null;
  private version = -1;
  hits = 0;
  misses = 0;

  constructor(capacity: number) {
    // lru-cache reads `max: 0` as "no limit", so 0 means no cache at all here.
    this.entries = capacity > 0 ? new LRUCache({ max: capacity }) : null;
  }

  get(version: number, key: string, compute: () => V): V {
    if (!this.entries) return compute();
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      this.hits += 1;
      return cached;
    }
    this.misses += 1;
    const value = compute();
    this.entries.set(key, value);
    return value;
  }

  delete(key: string): void {
    this.entries?.delete(key);
  }

  stats() {
    const total = this.hits + this.misses;
    return {
      size: this.entries?.size ?? 0,
      hits: this.hits,
      misses: this.misses,
      hitRate: total ? this.hits / total : 0,
    };
  }
}
