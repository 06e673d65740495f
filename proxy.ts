import fs from 'node:fs';
import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { LIVE_DATA_UNAVAILABLE } from '@/lib/data/live-error';
import { inlineStreamedBoundaries } from '@/lib/page-cache/inline-boundaries';
import { PageCache, isCacheableRequest, pageCacheKey } from '@/lib/page-cache/page-cache';
import { versionFile } from '@/lib/store/version-file';

/**
 * Serves repeat page views from memory. Rendering a list page costs milliseconds of CPU; a
 * cached copy costs microseconds, which is what keeps p95 low under load on two cores. A miss
 * renders the page through Next itself (an internal request marked with a per-process token)
 * and keeps the HTML for the current data version. Streamed sections are put in place first, so
 * every page is complete without JavaScript.
 */

const LIVE_DIGEST = `"${LIVE_DATA_UNAVAILABLE}"`;
const RENDER_TOKEN = crypto.randomUUID();
const TTL_MS = Number(process.env.PAGE_CACHE_TTL_MS ?? 60_000);
const enabled = process.env.PAGE_CACHE !== 'off' && process.env.NODE_ENV === 'production';
const cache = new PageCache(Number(process.env.PAGE_CACHE_ENTRIES ?? 1000), 256 * 1024 * 1024, TTL_MS);
const databaseFile = path.resolve(
  process.env.DATABASE_FILE ?? path.join(process.env.DATA_DIR ?? 'data', 'orbit-index.db'),
);

function dataVersion(): string {
  // Live mode reads LL2, whose changes no local version tracks: the TTL alone bounds staleness.
  if (process.env.DATA_SOURCE === 'live') return 'live';
  try {
    return fs.readFileSync(versionFile(databaseFile), 'utf8');
  } catch {
    // Not written yet (a database from before the first change): every later write creates it.
    return 'initial';
  }
}

export async function proxy(request: NextRequest) {
  const url = request.nextUrl;
  if (url.pathname === '/_orbit/page-cache') {
    return NextResponse.json({ enabled, ttlMs: TTL_MS, ...cache.stats() });
  }
  if (!enabled || request.headers.get('x-orbit-render') === RENDER_TOKEN || !isCacheableRequest(request.method, request.headers)) {
    return NextResponse.next();
  }
  const version = dataVersion();
  const key = pageCacheKey(url);
  const hit = cache.get(version, key, Date.now());
  if (hit) return new NextResponse(hit.body, { status: hit.status, headers: [...hit.headers, ['x-page-cache', 'HIT']] });

  const internal = new URL(url.pathname + url.search, `http://127.0.0.1:${url.port || process.env.PORT || 3000}`);
  let response: Response;
  try {
    response = await fetch(internal, { headers: { 'x-orbit-render': RENDER_TOKEN, accept: 'text/html' }, redirect: 'manual' });
  } catch {
    return NextResponse.next();
  }
  const isHtml = (response.headers.get('content-type') ?? '').startsWith('text/html');
  // Without JavaScript a streamed section would stay a skeleton: deliver it in place.
  const body = isHtml ? new TextEncoder().encode(inlineStreamedBoundaries(await response.text())).buffer : await response.arrayBuffer();
  const headers = [...response.headers.entries()]
    .filter(([name]) => !['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date'].includes(name))
    .map(([name, value]): [string, string] => [name, name === 'location' ? new URL(value.replace(internal.origin, url.origin), url.origin).toString() : value]);
  // App Router pages cannot set their status; a page that failed because LL2 is unreachable (and
  // nothing is cached) carries the error's digest, which turns it into the honest 503.
  if (version === 'live' && response.status === 200 && Buffer.from(body).includes(LIVE_DIGEST)) {
    return new NextResponse(body, { status: 503, headers: [...headers, ['retry-after', '60'], ['x-page-cache', 'BYPASS']] });
  }
  // Pages and permanent redirects to canonical URLs (both depend only on the data).
  const cacheable =
    ((response.status === 200 && isHtml) || response.status === 308 || response.status === 301) &&
    !response.headers.has('set-cookie');
  if (cacheable) cache.set(version, key, { status: response.status, headers, body, storedAt: Date.now() });
  return new NextResponse(body, { status: response.status, headers: [...headers, ['x-page-cache', cacheable ? 'MISS' : 'BYPASS']] });
}

export const config = {
  // Pages only: not assets, API routes, feeds, calendars, sitemaps or images.
  matcher: ['/((?!_next/|api/|.*\\.[a-zA-Z0-9]+$|.*opengraph-image).*)'],
};
