import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { LRUCache } from 'lru-cache';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * The response cache in front of Next: whole responses (pages, API answers, feeds, redirects)
 * keyed by the normalised URL, valid for one data version and a short time-to-live (views such
 * as "upcoming" move with the clock). A sync or import bumps the version and so empties the
 * cache; nothing stale is served. Bodies are compressed once when stored, so a hit costs a
 * lookup and a write, never a gzip.
 */

export type Encoding = 'br' | 'gzip' | 'identity';

export interface CachedResponse {
  status: number;
  /** Response headers without the ones that describe one transfer (length, encoding, date). */
  headers: [string, string][];
  bodies: Partial<Record<Encoding, Buffer>> & { identity: Buffer };
  etag: string;
  storedAt: number;
  /** Text worth compressing: the copies it lacks can be made when a reader asks for them. */
  compressible?: boolean;
  /** Copies being made (`compressTo`). */
  compressing?: Partial<Record<Compressed, Promise<void>>>;
}

export interface UpstreamResponse {
  status: number;
  headers: [string, string][];
  body: Buffer;
}

const PER_TRANSFER_HEADERS = new Set([
  'content-encoding',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
  'etag',
  'vary',
]);
const COMPRESSIBLE =
  /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|javascript|manifest\+json)|image\/svg\+xml)/;

/** What a body may be compressed into, best first. */
const ENCODINGS = ['br', 'gzip'] as const;
export type Compressed = (typeof ENCODINGS)[number];

const compressors: Record<Compressed, (body: Buffer) => Promise<Buffer>> = {
  br: (body) =>
    brotli(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => gzip(body, { level: 6 }),
};

/**
 * Prepares a response for the cache: strips per-transfer headers, adds a strong ETag and
 * `Vary: Accept-Encoding` (plus whatever Next varies on, but its router headers), and compresses text bodies with
 * Brotli and gzip at levels that cost a few milliseconds once, in libuv's thread pool: the
 * event loop goes on answering hits (and a second core can compress) meanwhile. `encodings`
 * limits that to the copies wanted now: most pages are read once, by a reader who takes one of
 * them (`compressTo` adds another when a later reader asks for it).
 */
export async function toCachedResponse(
  upstream: UpstreamResponse,
  storedAt: number,
  {
    compress = true,
    encodings = ENCODINGS,
    tag = '',
  }: {
    /** Off for a response served once (not kept): compressing it twice would cost more than it saves. */
    compress?: boolean;
    encodings?: readonly Compressed[];
    /** Hashed into the ETag with the body: the data version and the URL, so either changes it. */
    tag?: string;
  } = {},
): Promise<CachedResponse> {
  const vary = upstream.headers
    .filter(([name]) => name === 'vary')
    .flatMap(([, value]) => value.split(','))
    .map((v) => v.trim())
    // Next varies pages on its router headers, but its router's requests carry an `_rsc` query
    // parameter and never reach this cache: the URL alone keys a page, here and in a CDN.
    .filter((v) => v && !/^(rsc|next-)/i.test(v));
  const headers = upstream.headers.filter(([name]) => !PER_TRANSFER_HEADERS.has(name));
  headers.push(['vary', [...new Set([...vary, 'Accept-Encoding'])].join(', ')]);
  const contentType = upstream.headers.find(([name]) => name === 'content-type')?.[1] ?? '';
  const compressible = COMPRESSIBLE.test(contentType) && upstream.body.length >= 1024;
  const bodies: CachedResponse['bodies'] = { identity: upstream.body };
  if (compress && compressible) {
    const copies = await Promise.all(encodings.map((e) => compressors[e](upstream.body)));
    encodings.forEach((e, i) => (bodies[e] = copies[i]));
  }
  const etag = `"${createHash('sha1').update(tag).update('\0').update(upstream.body).digest('base64url')}"`;
  return { status: upstream.status, headers, bodies, etag, storedAt, compressible };
}

/** Stands for an entry holding every copy, to ask which one a reader would take best. */
export const EVERY_ENCODING: CachedResponse['bodies'] = {
  identity: Buffer.alloc(0),
  br: Buffer.alloc(0),
  gzip: Buffer.alloc(0),
};

/**
 * The encoding to compress an entry into for a reader who accepts `acceptEncoding`, when the
 * entry lacks the one that reader would take best; null when what it holds is the best.
 */
export function missingEncoding(
  acceptEncoding: string | undefined,
  entry: CachedResponse,
): Compressed | null {
  if (!entry.compressible) return null;
  const best = chooseEncoding(acceptEncoding, EVERY_ENCODING);
  return best === 'identity' || entry.bodies[best] ? null : best;
}

/** Adds the `encoding` copy to an entry (once, however many readers ask at the same time). */
export function compressTo(entry: CachedResponse, encoding: Compressed): Promise<void> {
  const pending = (entry.compressing ??= {});
  return (pending[encoding] ??= compressors[encoding](entry.bodies.identity).then((body) => {
    entry.bodies[encoding] = body;
  }));
}

/** The best stored body for an Accept-Encoding header (RFC 9110 q-values; q=0 refuses). */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  available: CachedResponse['bodies'],
): Encoding {
  if (!acceptEncoding) return 'identity';
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const allows = (encoding: string) => (accepted.get(encoding) ?? accepted.get('*') ?? 0) > 0;
  if (available.br && allows('br')) return 'br';
  if (available.gzip && allows('gzip')) return 'gzip';
  return 'identity';
}

/**
 * Brotli at its best quality (about a fifth smaller than quality 5, but 20-100 times slower):
 * worth it only for a page read more than once, and only off the request path.
 */
const BEST_BROTLI = { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY };

const sizeOf = (entry: CachedResponse) =>
  Object.values(entry.bodies).reduce((sum, body) => sum + (body?.length ?? 0), 0);

export class PageCache {
  /** Null when a setting turns caching off (lru-cache reads a `ttl` of 0 as "never expires"). */
  private readonly entries: LRUCache<string, CachedResponse> | null;
  private version: string | null = null;
  hits = 0;
  misses = 0;
  /** Entries whose Brotli body has been (or is being) recompressed at the best quality. */
  private recompressed = new WeakSet<CachedResponse>();
  /** Recompressions waiting; one runs at a time, in libuv's thread pool. */
  private recompressQueue: [string, CachedResponse][] = [];
  private recompressing = false;

  constructor(
    maxEntries: number,
    maxBytes: number,
    ttlMs: number,
    /** Wall-clock milliseconds, the clock of `storedAt`. */
    now: () => number = Date.now,
  ) {
    this.entries =
      maxEntries > 0 && maxBytes > 0 && ttlMs > 0
        ? new LRUCache({
            max: maxEntries,
            maxSize: maxBytes,
            // One page may take a quarter of the budget, so a few huge ones cannot flush the rest.
            maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)),
            sizeCalculation: (entry) => Math.max(1, sizeOf(entry)),
            ttl: ttlMs,
            // Ages count from `storedAt`, a Date.now() time, so the cache reads the same clock.
            perf: { now },
            ttlResolution: 0,
          })
        : null;
  }

  get(version: string, key: string): CachedResponse | undefined {
    this.sync(version);
    const entry = this.entries?.get(key);
    if (!entry) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    this.recompress(key, entry);
    return entry;
  }

  /**
   * A page read a second time gets its Brotli body recompressed at the best quality in the
   * background, and later hits send the smaller body. Pages read once never pay for it.
   */
  private recompress(key: string, entry: CachedResponse) {
    if (!entry.bodies.br || this.recompressed.has(entry)) return;
    this.recompressed.add(entry);
    this.recompressQueue.push([key, entry]);
    if (!this.recompressing) this.recompressNext();
  }

  private recompressNext(): void {
    const next = this.recompressQueue.shift();
    this.recompressing = next !== undefined;
    if (!next) return;
    const [key, entry] = next;
    // Evicted, expired or replaced while it waited: nothing to improve.
    if (this.entries?.peek(key) !== entry) {
      this.recompressNext();
      return;
    }
    zlib.brotliCompress(
      entry.bodies.identity,
      {
        params: {
          ...BEST_BROTLI,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: entry.bodies.identity.length,
        },
      },
      (error, smaller) => {
        const current = entry.bodies.br;
        if (
          !error &&
          current &&
          smaller.length < current.length &&
          this.entries?.peek(key) === entry
        ) {
          entry.bodies.br = smaller;
          // Stored again so the byte count follows the smaller body; the age stays.
          this.entries.set(key, entry, { noUpdateTTL: true });
        }
        this.recompressNext();
      },
    );
  }

  set(version: string, key: string, entry: CachedResponse): void {
    this.sync(version);
    this.entries?.set(key, entry, { start: entry.storedAt });
  }

  /** An entry gained a body (`compressTo`): its byte count follows; its age stays. */
  grew(key: string, entry: CachedResponse): void {
    if (this.entries?.peek(key) === entry) this.entries.set(key, entry, { noUpdateTTL: true });
  }

  stats() {
    const total = this.hits + this.misses;
    return {
      entries: this.entries?.size ?? 0,
      bytes: this.entries?.calculatedSize ?? 0,
      hits: this.hits,
      misses: this.misses,
      hitRate: total ? this.hits / total : 0,
      recompressing: this.recompressQueue.length + (this.recompressing ? 1 : 0),
    };
  }

  private sync(version: string) {
    if (version === this.version) return;
    this.entries?.clear();
    this.version = version;
  }
}

/**
 * Same page, same key: the order of different parameters does not matter. Repeated keys keep
 * their order (the last value wins, as in LL2), and empty values stay part of the key, since a
 * URL with empty form fields answers with a redirect to the clean one, not with the page.
 */
export function pageCacheKey(url: URL): string {
  const params = [...url.searchParams.entries()];
  // Array.prototype.sort is stable: values of one key stay in their order.
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}

type HeaderValue = string | string[] | undefined;

/** Requests from Next's client router (RSC payloads, prefetches, server actions), not pages. */
const ROUTER_HEADERS = ['rsc', 'next-router-prefetch', 'next-action', 'next-router-state-tree'];

export function isRouterRequest(headers: Record<string, HeaderValue>): boolean {
  return ROUTER_HEADERS.some((name) => headers[name] !== undefined);
}

/**
 * Only plain reads are cached: not RSC payloads, prefetches, server actions or anything
 * personal. Answers that depend on who asks never reach the cache.
 */
export function isCacheableRequest(
  method: string | undefined,
  headers: Record<string, HeaderValue>,
): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (isRouterRequest(headers)) return false;
  return !['authorization', 'cookie', 'range'].some((name) => headers[name] !== undefined);
}

/**
 * Paths the cache stands in front of: pages, the LL2-compatible API, search suggestions, feeds,
 * calendars, sitemaps and social images. Not Next's own assets (already static files with
 * immutable caching) and not the image proxy (its own disk cache, binary streams).
 */
export function isCacheablePath(pathname: string): boolean {
  return (
    !pathname.startsWith('/_next/') &&
    !pathname.startsWith('/api/image') &&
    !pathname.startsWith('/_orbit/') &&
    // A health check must reach the store every time, never a kept answer.
    pathname !== '/healthz'
  );
}

/**
 * A strong ETag names one representation, so each encoding of a body gets its own
 * (`"…"`, `"…-br"`, `"…-gzip"`); a shared cache that stored one asks with that one.
 */
export function encodedEtag(etag: string, encoding: Encoding): string {
  return encoding === 'identity' ? etag : `${etag.slice(0, -1)}-${encoding}"`;
}

/**
 * Whether an If-None-Match header names this entry in any of its encodings (RFC 9110 §13.1.2
 * compares weakly: `W/` does not matter). Any encoding will do: the content is the same.
 */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const base = etag.slice(1, -1);
  return ifNoneMatch.split(',').some((candidate) => {
    const opaque = candidate.trim().replace(/^W\//, '').slice(1, -1);
    return opaque === base || opaque === `${base}-br` || opaque === `${base}-gzip`;
  });
}
