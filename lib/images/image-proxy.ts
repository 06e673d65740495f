import os from 'node:os';
import { LRUCache } from 'lru-cache';
import { env } from '@/lib/env';
import { DiskCache } from './disk-cache';
import { fetchSource, type SourceFailure } from './fetch-source';
import { allowedImageUrl, parseImageHosts } from './image-hosts';
import type { ImageWidth } from './image-widths';
import { placeholderPng } from './placeholder-png';
import {
  checkSource,
  negotiateFormat,
  renderVariant,
  sniffImageType,
  type OutputFormat,
} from './render-variant';

/**
 * LL2 images for the browser, at the width the layout shows them and in the best format the
 * browser takes. Readers make no third-party requests; originals and variants are cached on
 * disk (The Space Devs ask for caching); and whenever an image cannot be shown (host down,
 * not an image, too big) the reader gets the designed placeholder, never an error.
 */

export type FallbackReason = SourceFailure | 'not-allowed';

export interface ImageAnswer {
  body: Buffer;
  type: string;
  /** Why the placeholder stands in for the image; null for the image itself. */
  fallback: FallbackReason | null;
}

export interface ImageProxyOptions {
  /** `IMAGE_HOSTS` entries. */
  hosts: readonly string[];
  cacheDir: string;
  cacheBytes: number;
  maxDownloadBytes: number;
  timeoutMs: number;
  fetcher?: typeof fetch;
  now?: () => number;
}

/** After a host fails, skip it for a while so pages do not wait on it again and again. */
const HOST_BACKOFF_MS = 5 * 60 * 1000;
/** An original that is not an image or too big is not asked for again for this long. */
const REFUSED_MS = 10 * 60 * 1000;
const REFUSED_ENTRIES = 1000;
/**
 * Resizes at once. sharp runs on libuv's pool of four threads, which file reads and DNS share:
 * with all four resizing, cache hits and downloads would queue behind them.
 */
const PARALLEL_RESIZES = Math.max(1, Math.min(2, os.availableParallelism() - 1));

/** One promise per key while its work runs: concurrent requests share one fetch or resize. */
function singleFlight<T>() {
  const running = new Map<string, Promise<T>>();
  return (key: string, work: () => Promise<T>): Promise<T> => {
    let promise = running.get(key);
    if (!promise) {
      promise = work().finally(() => running.delete(key));
      running.set(key, promise);
    }
    return promise;
  };
}

function limiter(slots: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (active >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await work();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}

export function createImageProxy(options: ImageProxyOptions) {
  const { cacheDir, cacheBytes, maxDownloadBytes, timeoutMs, fetcher } = options;
  const now = options.now ?? Date.now;
  const rules = parseImageHosts(options.hosts);
  const allowed = (url: string) => allowedImageUrl(url, rules);
  const cache = new DiskCache(cacheDir, cacheBytes);
  const failingHosts = new Map<string, number>();
  const refused = new LRUCache<string, SourceFailure>({
    max: REFUSED_ENTRIES,
    ttl: REFUSED_MS,
    // `now` may be a test's clock: read it on every check, not once per millisecond.
    perf: { now },
    ttlResolution: 0,
  });
  const sourceFlight = singleFlight<Buffer | SourceFailure>();
  const variantFlight = singleFlight<ImageAnswer | SourceFailure>();
  const resizing = limiter(PARALLEL_RESIZES);

  function refuse(url: string, reason: SourceFailure): SourceFailure {
    refused.set(url, reason);
    return reason;
  }

  /** The checked original, from disk or downloaded once. */
  function source(url: URL): Promise<Buffer | SourceFailure> {
    const key = url.toString();
    return sourceFlight(key, async () => {
      const cached = await cache.get(`source|${key}`);
      if (cached) return cached;
      if ((failingHosts.get(url.host) ?? 0) > now()) return 'unreachable';
      const result = await fetchSource(url, {
        allowed,
        timeoutMs,
        maxBytes: maxDownloadBytes,
        fetcher,
      });
      if (!result.ok) {
        if (result.reason === 'unreachable') failingHosts.set(url.host, now() + HOST_BACKOFF_MS);
        return result.reason === 'unreachable' ? result.reason : refuse(key, result.reason);
      }
      failingHosts.delete(url.host);
      const check = await checkSource(result.body);
      if (!check.ok) return refuse(key, check.reason);
      await cache.put(`source|${key}`, result.body);
      return result.body;
    });
  }

  function variant(url: URL, width: ImageWidth, format: OutputFormat) {
    const key = `variant|${width}|${format}|${url.toString()}`;
    return variantFlight(key, async () => {
      const cached = await cache.get(key);
      const cachedType = cached && sniffImageType(cached);
      if (cached && cachedType) return { body: cached, type: cachedType, fallback: null };
      const original = await source(url);
      if (typeof original === 'string') return original;
      let body: Buffer;
      try {
        body = await resizing(() => renderVariant(original, width, format));
      } catch {
        return refuse(url.toString(), 'not-an-image');
      }
      await cache.put(key, body);
      return { body, type: sniffImageType(body)!, fallback: null };
    });
  }

  return {
    cache,
    allowed,
    /** The image at `width` in the best format `accept` allows, or the placeholder for `name`. */
    async get(
      target: string,
      name: string,
      width: ImageWidth,
      accept: string | null,
    ): Promise<ImageAnswer> {
      const placeholder = (fallback: FallbackReason): ImageAnswer => ({
        body: placeholderPng(name),
        type: 'image/png',
        fallback,
      });
      const url = allowed(target);
      if (!url) return placeholder('not-allowed');
      const known = refused.get(url.toString());
      if (known) return placeholder(known);
      const answer = await variant(url, width, negotiateFormat(accept));
      return typeof answer === 'string' ? placeholder(answer) : answer;
    },
  };
}

export type ImageProxy = ReturnType<typeof createImageProxy>;

const shared = globalThis as unknown as { __orbitImageProxy?: ImageProxy };

/** The process-wide proxy, configured from the environment. */
export function imageProxy(): ImageProxy {
  shared.__orbitImageProxy ??= createImageProxy({
    hosts: env.IMAGE_HOSTS,
    cacheDir: env.IMAGE_CACHE_DIR,
    cacheBytes: env.IMAGE_CACHE_MB * 1024 * 1024,
    maxDownloadBytes: env.IMAGE_MAX_MB * 1024 * 1024,
    timeoutMs: env.IMAGE_TIMEOUT_MS,
  });
  return shared.__orbitImageProxy;
}
