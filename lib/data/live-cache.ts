import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LRUCache } from 'lru-cache';

/** One LL2 answer and when it was fetched. */
export interface CachedAnswer<T = unknown> {
  fetchedAt: string;
  data: T;
}

/**
 * Where fresh answers are kept for `revalidate` seconds. Inside Next this is its data cache
 * (`unstable_cache`, shared across requests and restarts, tagged per resource); elsewhere (tests,
 * scripts) a small in-memory map does the same job.
 */
export type DataCache = <T>(
  key: string,
  options: { revalidate: number; tags: string[] },
  load: () => Promise<CachedAnswer<T>>,
) => Promise<CachedAnswer<T>>;

export function memoryDataCache(now: () => number = Date.now, capacity = 1000): DataCache {
  const entries = new LRUCache<string, CachedAnswer<unknown>>({
    max: capacity,
    // An answer ages from `fetchedAt`, a wall-clock time, so the cache reads the same clock.
    perf: { now },
    ttlResolution: 0,
  });
  return async <T>(
    key: string,
    options: { revalidate: number },
    load: () => Promise<CachedAnswer<T>>,
  ) => {
    const hit = entries.get(key);
    if (hit) return hit as CachedAnswer<T>;
    const fresh = await load();
    const ttl = options.revalidate * 1000;
    const start = Date.parse(fresh.fetchedAt);
    // lru-cache reads a ttl or a start of 0 as "never expires": such an answer is not kept.
    if (ttl > 0 && start > 0) entries.set(key, fresh, { ttl, start });
    return fresh;
  };
}

/** Next's data cache, falling back to memory where Next has none (a script, a build worker). */
export function nextDataCache(fallback: DataCache): DataCache {
  return async <T>(
    key: string,
    options: { revalidate: number; tags: string[] },
    load: () => Promise<CachedAnswer<T>>,
  ) => {
    const { unstable_cache } = await import('next/cache');
    let started = false;
    try {
      return await unstable_cache(
        () => {
          started = true;
          return load();
        },
        ['ll2', key],
        options,
      )();
    } catch (error) {
      if (
        !started &&
        error instanceof Error &&
        error.message.includes('incrementalCache missing')
      ) {
        return fallback(key, options, load);
      }
      throw error;
    }
  };
}

/**
 * The last good answer per request, in memory and on disk, so stale-on-error still works after
 * a restart. Files are named by a hash of the URL and written atomically (temp file + rename).
 */
export class LastGoodCache {
  private readonly memory: LRUCache<string, CachedAnswer>;
  private writes = 0;

  constructor(
    private readonly dir: string | null,
    capacity = 2000,
    private readonly maxFiles = 5000,
  ) {
    this.memory = new LRUCache({ max: capacity });
  }

  private file(key: string): string | null {
    if (!this.dir) return null;
    return path.join(
      this.dir,
      `${crypto.createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`,
    );
  }

  get(key: string): CachedAnswer | null {
    const hit = this.memory.get(key);
    if (hit) return hit;
    const file = this.file(key);
    if (!file) return null;
    try {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { key?: unknown } & CachedAnswer;
      if (parsed.key !== key || typeof parsed.fetchedAt !== 'string') return null;
      return { fetchedAt: parsed.fetchedAt, data: parsed.data };
    } catch {
      return null;
    }
  }

  set(key: string, answer: CachedAnswer): void {
    const known = this.memory.get(key);
    if (known && known.fetchedAt >= answer.fetchedAt) return;
    this.memory.set(key, answer);
    const file = this.file(key);
    if (!file || !this.dir) return;
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temp, JSON.stringify({ key, ...answer }));
      fs.renameSync(temp, file);
      this.writes += 1;
      if (this.writes % 100 === 0) this.prune(this.dir);
    } catch {
      // A read-only or full disk only costs the restart fallback; the page still renders.
    }
  }

  private prune(dir: string): void {
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ f, t: fs.statSync(path.join(dir, f)).mtimeMs }));
    if (files.length <= this.maxFiles) return;
    files.sort((a, b) => a.t - b.t);
    for (const { f } of files.slice(0, files.length - this.maxFiles))
      fs.rmSync(path.join(dir, f), { force: true });
  }
}
