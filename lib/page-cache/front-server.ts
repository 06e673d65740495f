import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SECTION_UNAVAILABLE_ATTRIBUTE } from '@/lib/data/live-error';
import { versionFile } from '@/lib/store/version-file';
import { cacheControl, cachePolicy } from './cache-policy';
import { addedScripts, hashPolicyOnTheWayOut, withPagePolicy } from './csp';
import { CSP_FIXTURE_PATH, CSP_FIXTURE_SOURCE, injectUnsafeScript } from './csp-fixture';
import { ClientLimiter, clientKey, type RateLimitSettings } from './rate-limit';
import { checkRequest, isApiPath, sendRefusal, tooManyRequests } from './request-hygiene';
import { hydrateAfterPaint } from './hydrate-after-paint';
import { inlineStreamedBoundaries } from './inline-boundaries';
import {
  fallbackUnavailablePage,
  LIVE_UNAVAILABLE_PATH,
  liveUnavailableHeaders,
  liveUnavailableIn,
  liveUnavailableUrl,
} from './live-unavailable';
import {
  chooseEncoding,
  compressTo,
  encodedEtag,
  EVERY_ENCODING,
  isCacheablePath,
  isCacheableRequest,
  isRouterRequest,
  matchesEtag,
  missingEncoding,
  PageCache,
  pageCacheKey,
  toCachedResponse,
  type CachedResponse,
  type UpstreamResponse,
} from './page-cache';

/**
 * The HTTP server in front of Next. Repeat reads (pages, API answers, feeds) are answered from
 * memory before Next sees them: Next spends about a millisecond of CPU on any request before it
 * reaches our code, which on two cores caps a cached page at well under 1,000 requests/s; a hit
 * here costs a map lookup and a socket write. A miss is rendered by Next itself (an internal
 * request marked with a per-process token) and kept for the current data version. Streamed
 * sections are put in place first, so every cached page is complete without JavaScript.
 */

type NextHandler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

export interface FrontServerOptions {
  handle: NextHandler;
  databaseFile: string;
  /**
   * The data version, when it is not the file beside `databaseFile`: a PostgreSQL store's,
   * which LISTEN/NOTIFY keeps current in memory (lib/store/pg/version-watch.ts).
   */
  dataVersion?: () => string;
  /** `live` reads LL2, whose changes no local version tracks: the TTL alone bounds staleness. */
  live: boolean;
  ttlMs: number;
  maxEntries: number;
  maxBytes: number;
  enabled: boolean;
  /**
   * The public origin a request asks for, when answers depend on it (the API's absolute links
   * with TRUST_PROXY and no SITE_URL, lib/api/public-origin.ts); null when they do not. Cached
   * copies are then kept per origin, and the render is told the origin.
   */
  originOf?: (req: http.IncomingMessage) => string | null;
  /** How long shared caches may keep a response; tests shorten it to seconds. */
  policyFor?: typeof cachePolicy;
  /** Serves the deliberately unsafe page of the end-to-end tests (lib/page-cache/csp-fixture.ts). */
  cspFixture?: boolean;
  /** Per-client limits on misses (lib/page-cache/rate-limit.ts); none when absent. */
  rateLimit?: RateLimitSettings;
  /** Proxies in front whose X-Forwarded-For entries name the client (TRUST_PROXY). */
  trustedProxies?: number;
  /** How long a refused client waits for its 429 (its connection held, no CPU spent). */
  refusalDelayMs?: number;
}

const RENDER_HEADER = 'x-orbit-render';
/** Misses rendered at once (local data); the rest wait their turn. */
const RENDER_SLOTS = 2;
const CACHEABLE_STATUS = new Set([200, 301, 308]);
const NEXT_ERROR_SHELL = Buffer.from('<html id="__next_error__"');
/** Set on a section whose data could not be loaded (`components/detail/section-unavailable`). */
const DEGRADED_MARK = Buffer.from(`${SECTION_UNAVAILABLE_ATTRIBUTE}=`);
/** No route matches it, so Next renders its complete not-found page. */
const NOT_FOUND_PATH = '/_orbit/not-found';

/** A streamed boundary still waiting for its content (`inline-boundaries.ts`). */
const PENDING_BOUNDARY = Buffer.from('<!--$?-->');

/** Streamed sections in place, then the scripts deferred until the first paint. */
function finishPage(body: Buffer): { body: Buffer; own: Set<string> } {
  const html = body.toString('utf8');
  const finished = hydrateAfterPaint(
    body.includes(PENDING_BOUNDARY) ? inlineStreamedBoundaries(html) : html,
  );
  // What the rewrites added is ours, and trusted by the page's policy.
  return { body: Buffer.from(finished), own: addedScripts(html, finished) };
}

export function createFrontServer(options: FrontServerOptions): http.Server {
  const { databaseFile, live, enabled, policyFor = cachePolicy } = options;
  // What Next answers itself still leaves with a policy hashed from its own bytes.
  const handle: NextHandler = (req, res) => {
    hashPolicyOnTheWayOut(res);
    return options.handle(req, res);
  };
  const cache = new PageCache(options.maxEntries, options.maxBytes, options.ttlMs);
  const token = crypto.randomUUID();
  const inFlight = new Map<string, Promise<Stored>>();
  const limiter = options.rateLimit ? new ClientLimiter(options.rateLimit) : null;
  let refused = 0;
  let internalOrigin = '';

  function dataVersion(): string {
    if (live) return 'live';
    if (options.dataVersion) return options.dataVersion();
    try {
      return fs.readFileSync(versionFile(databaseFile), 'utf8');
    } catch {
      // Not written yet (a database from before the first change): every later write creates it.
      return 'initial';
    }
  }

  interface Fetched {
    status: number;
    /** Lower-case names; a repeated header (set-cookie) once per value. */
    headers: [string, string][];
    header: (name: string) => string | null;
    body: Buffer;
    isHtml: boolean;
  }
  interface Rendered {
    response: UpstreamResponse;
    cacheable: boolean;
    /** Inline scripts the rewrites here added to the page, trusted by its policy. */
    own?: Set<string>;
  }
  interface Stored {
    entry: CachedResponse;
    cacheable: boolean;
  }

  // A render is CPU work on this one thread (the store answers synchronously): thirty-two at once
  // finish no sooner than two at a time, but each holds its page, payload and React tree in
  // memory meanwhile, and the garbage collector's work doubled the CPU time of every render.
  // Waiting renders queue in arrival order. Live renders mostly wait on LL2, so they do not queue.
  const renderSlots = live ? Infinity : RENDER_SLOTS;
  let rendering = 0;
  const waiting: (() => void)[] = [];
  async function inRenderSlot<T>(work: () => Promise<T>): Promise<T> {
    if (rendering < renderSlots) rendering += 1;
    // The slot is handed over by the render that frees it.
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else rendering -= 1;
    }
  }

  // Plain HTTP over a kept-alive loopback connection: the global fetch is Next's patched one
  // (tracing, deduplication) on top of undici's web streams, a millisecond a render for nothing.
  const agent = new http.Agent({ keepAlive: true });

  function fetchInternal(path: string, origin: string | null = null): Promise<Fetched> {
    const forwarded: Record<string, string> = origin
      ? {
          'x-forwarded-host': new URL(origin).host,
          'x-forwarded-proto': new URL(origin).protocol.slice(0, -1),
        }
      : {};
    return new Promise((resolve, reject) => {
      const request = http.get(
        internalOrigin + path,
        {
          agent,
          headers: {
            [RENDER_HEADER]: token,
            accept: 'text/html,*/*',
            'accept-encoding': 'identity',
            ...forwarded,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const headers = Object.entries(response.headers).flatMap(([name, value]) =>
              (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(
                (v): [string, string] => [name, v],
              ),
            );
            const contentType = String(response.headers['content-type'] ?? '');
            resolve({
              status: response.statusCode ?? 500,
              headers,
              header: (name) => headers.find(([n]) => n === name)?.[1] ?? null,
              body: Buffer.concat(chunks),
              isHtml: contentType.startsWith('text/html'),
            });
          });
        },
      );
      request.on('error', reject);
    });
  }

  // The same for every unknown URL within a data version: rendered once, not per 404.
  let notFoundPage: { version: string; expires: number; body: Promise<Buffer | null> } | null =
    null;

  function completeNotFoundPage(version: string): Promise<Buffer | null> {
    const now = Date.now();
    if (notFoundPage?.version === version && notFoundPage.expires > now) return notFoundPage.body;
    const entry = {
      version,
      expires: now + options.ttlMs,
      body: fetchInternal(NOT_FOUND_PATH).then(({ status, body }) =>
        status === 404 && !body.includes(NEXT_ERROR_SHELL) ? body : null,
      ),
    };
    notFoundPage = entry;
    // A failed render is not remembered.
    const forget = () => {
      if (notFoundPage === entry) notFoundPage = null;
    };
    entry.body.then((body) => body ?? forget(), forget);
    return entry.body;
  }

  /**
   * LL2 could not answer a live page and nothing was cached: a 503 with LL2's wait in
   * `Retry-After`, and a complete page saying so (Next's own is an empty error shell).
   */
  async function liveUnavailable(
    path: string,
    retryAfterSeconds: number | null,
  ): Promise<Rendered> {
    const headers = liveUnavailableHeaders(retryAfterSeconds);
    try {
      const page = await fetchInternal(liveUnavailableUrl(path, retryAfterSeconds));
      if (page.status === 200 && page.isHtml && !page.body.includes(NEXT_ERROR_SHELL)) {
        const { body, own } = finishPage(page.body);
        return { response: { status: 503, headers, body }, cacheable: false, own };
      }
    } catch {
      // Fall through to the page of our own.
    }
    const body = Buffer.from(fallbackUnavailablePage(path, retryAfterSeconds));
    return { response: { status: 503, headers, body }, cacheable: false };
  }

  async function render(path: string, version: string, origin: string | null): Promise<Rendered> {
    const response = await fetchInternal(path, origin);
    const { isHtml } = response;
    let body: Buffer = response.body;
    if (live && isHtml) {
      const unavailable = liveUnavailableIn(response.status, body.toString('utf8'));
      if (unavailable) return liveUnavailable(path, unavailable.retryAfterSeconds);
    }
    const headers = response.headers.map(([name, value]): [string, string] => [
      name,
      // Redirects stay host-independent: the cached copy serves every host name.
      name === 'location' && value.startsWith(internalOrigin)
        ? value.slice(internalOrigin.length) || '/'
        : value,
    ]);
    // Next answers notFound() from a detail page with an empty `<html id="__next_error__">` shell
    // that only JavaScript fills in (vercel/next.js#62228). The 404 page it renders for unknown
    // paths is complete, and the same for every URL: serve that, keeping the 404.
    if (response.status === 404 && isHtml && body.includes(NEXT_ERROR_SHELL))
      body = (await completeNotFoundPage(version)) ?? body;
    // Without JavaScript a streamed section would stay a skeleton: deliver it in place. Then let
    // the browser paint it before hydrating.
    let added: Set<string> | undefined;
    if (isHtml) ({ body, own: added } = finishPage(body));
    const cacheable =
      CACHEABLE_STATUS.has(response.status) &&
      response.header('set-cookie') === null &&
      // A page with a section that could not be loaded is shown once, not kept for the next reader.
      !(isHtml && body.includes(DEGRADED_MARK));
    // What may be kept here may be kept by a CDN too, for as long as its kind allows; the rest
    // (errors, degraded pages) is never shared.
    const own = headers.filter(([name]) => name !== 'cache-control');
    const policy = cacheable
      ? cacheControl(policyFor(new URL(path, 'http://front').pathname, () => body.toString()))
      : (response.header('cache-control') ?? 'private, no-store');
    const shared: [string, string][] = [...own, ['cache-control', policy]];
    return { response: { status: response.status, headers: shared, body }, cacheable, own: added };
  }

  /** Makes the copy this reader would take best, when the entry does not hold it yet. */
  async function withEncodingFor(req: http.IncomingMessage, entry: CachedResponse, key: string) {
    const missing = missingEncoding(req.headers['accept-encoding'], entry);
    if (!missing) return;
    await compressTo(entry, missing);
    cache.grew(key, entry);
  }

  function send(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    entry: CachedResponse,
    state: string,
  ) {
    const encoding = chooseEncoding(req.headers['accept-encoding'], entry.bodies);
    const headers: [string, string][] = [
      ...entry.headers,
      ['etag', encodedEtag(entry.etag, encoding)],
      ['x-page-cache', state],
    ];
    // How long this copy has been kept here, so a CDN's s-maxage counts from the render.
    if (state === 'HIT')
      headers.push(['age', String(Math.max(0, Math.floor((Date.now() - entry.storedAt) / 1000)))]);
    if (entry.status === 200 && matchesEtag(req.headers['if-none-match'], entry.etag)) {
      res.writeHead(304, headers.flat()).end();
      return;
    }
    const body = entry.bodies[encoding] ?? entry.bodies.identity;
    if (encoding !== 'identity') headers.push(['content-encoding', encoding]);
    headers.push(['content-length', String(body.length)]);
    res.writeHead(entry.status, headers.flat());
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function serve(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://front');
    if (url.pathname === '/_orbit/page-cache') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(
        JSON.stringify({
          enabled,
          ttlMs: options.ttlMs,
          ...cache.stats(),
          rateLimit: limiter ? { clients: limiter.size, refused } : null,
        }),
      );
      return;
    }
    if (options.cspFixture && url.pathname === CSP_FIXTURE_PATH && req.method === 'GET') {
      const { response, own } = await render(CSP_FIXTURE_SOURCE, dataVersion(), null);
      const body = Buffer.from(injectUnsafeScript(response.body.toString('utf8')));
      const headers = withPagePolicy(response.headers, body, own);
      send(req, res, await toCachedResponse({ ...response, headers, body }, Date.now()), 'BYPASS');
      return;
    }
    const internal = req.headers[RENDER_HEADER] === token;
    // The 503 page is ours to show where it fits; asked for directly, it does not exist.
    if (url.pathname === LIVE_UNAVAILABLE_PATH && !internal) req.url = NOT_FOUND_PATH;
    if (internal) {
      // Read whole by render(), which sets the policy after its own rewrites.
      await options.handle(req, res);
      return;
    }
    const refusal = checkRequest(req, url);
    if (refusal) return sendRefusal(req, res, url.pathname, refusal);
    if (!isCacheablePath(url.pathname)) {
      // Next's static files and the image proxy (its own disk cache) are not metered.
      if (url.pathname.startsWith('/_orbit/')) await metered(req, res, url.pathname, handle);
      else await handle(req, res);
      return;
    }
    const cacheable = enabled && isCacheableRequest(req.method, req.headers);
    // Live pages are rendered here even when not kept, so that LL2 being down is an honest 503;
    // no page reads cookies or credentials, so rendering without them gives the same page.
    const rendered = cacheable || (live && req.method === 'GET' && !isRouterRequest(req.headers));
    if (!rendered) {
      await metered(req, res, url.pathname, handle);
      return;
    }
    const version = dataVersion();
    const origin = options.originOf?.(req) ?? null;
    const key = origin ? `${origin}${pageCacheKey(url)}` : pageCacheKey(url);
    const hit = cacheable ? cache.get(version, key) : null;
    if (hit) {
      await withEncodingFor(req, hit, key);
      return send(req, res, hit, 'HIT');
    }
    await metered(req, res, url.pathname, () =>
      miss(req, res, url, { version, origin, key, cacheable }),
    );
  }

  /**
   * Work for Next, counted against the client's budget (hits never are): a 429 with
   * Retry-After when it is spent or the client has too many misses in progress.
   */
  async function metered(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    pathname: string,
    work: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>,
  ) {
    if (!limiter) return work(req, res);
    const api = isApiPath(pathname);
    const admission = limiter.admit(
      clientKey(req, options.trustedProxies ?? 0),
      api ? 'api' : 'render',
    );
    if (!admission.ok) {
      refused += 1;
      // Answered after a pause: a client that ignores Retry-After and asks again at once would
      // otherwise keep the server busy refusing it, at thousands of requests a second.
      await new Promise((resolve) => setTimeout(resolve, options.refusalDelayMs ?? 1000));
      if (res.destroyed) return;
      return sendRefusal(req, res, pathname, tooManyRequests(admission.retryAfterSeconds, api));
    }
    try {
      await work(req, res);
    } finally {
      admission.release();
    }
  }

  async function miss(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL,
    {
      version,
      origin,
      key,
      cacheable,
    }: { version: string; origin: string | null; key: string; cacheable: boolean },
  ) {
    if (req.method === 'HEAD') {
      await handle(req, res);
      return;
    }
    // Concurrent misses for one page share one render (and one compression).
    const flightKey = cacheable ? key : `private:${key}`;
    let pending = inFlight.get(flightKey);
    if (!pending) {
      const wanted = chooseEncoding(req.headers['accept-encoding'], EVERY_ENCODING);
      pending = inRenderSlot(() => render(url.pathname + url.search, version, origin))
        .then(async ({ response, cacheable: keep, own }) => {
          const store = keep && cacheable;
          // Hashed from the final bytes, and kept with them: a hit sends the same policy.
          response.headers = withPagePolicy(response.headers, response.body, own);
          const entry = await toCachedResponse(response, Date.now(), {
            compress: store,
            // The other copy is made if another reader asks for it.
            encodings: wanted === 'identity' ? [] : [wanted],
            tag: `${version}\0${key}`,
          });
          if (store) cache.set(version, key, entry);
          return { entry, cacheable: store };
        })
        .finally(() => inFlight.delete(flightKey));
      inFlight.set(flightKey, pending);
    }
    let stored: Stored;
    try {
      stored = await pending;
    } catch {
      // The internal request failed (server shutting down, socket error): let Next answer directly.
      await handle(req, res);
      return;
    }
    if (stored.cacheable) await withEncodingFor(req, stored.entry, key);
    send(req, res, stored.entry, stored.cacheable ? 'MISS' : 'BYPASS');
  }

  const server = http.createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Internal server error');
    });
  });
  server.on('listening', () => {
    const address = server.address() as AddressInfo;
    const anyAddress = address.address === '0.0.0.0' || address.address === '::';
    const host = anyAddress
      ? '127.0.0.1'
      : address.family === 'IPv6'
        ? `[${address.address}]`
        : address.address;
    internalOrigin = `http://${host}:${address.port}`;
  });
  return server;
}
