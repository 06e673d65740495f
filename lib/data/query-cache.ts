/**
 * A small LRU cache for query results, keyed by the data version plus the normalised query, so
 * an import or sync (which bumps the version) invalidates everything at once and nothing stale
 * is ever served.
 */
export class QueryCache<V> {
  private entries = new Map<string, V>();
  private version = -1;
  hits = 0;
  misses = 0;

  constructor(private readonly capacity: number) {}

  get(version: number, key: string, compute: () => V): V {
    if (this.capacity === 0) return compute();
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      this.hits += 1;
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    this.misses += 1;
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return value;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  stats() {
    const total = this.hits + this.misses;
    return { size: this.entries.size, hits: this.hits, misses: this.misses, hitRate: total ? this.hits / total : 0 };
  }
}
