import { parseLiveUnavailableDigest } from '@/lib/data/live-error';

/**
 * Live mode with LL2 down and nothing cached for a page: what the front server answers instead
 * of Next's error page. App Router pages cannot set their status, and Next 16 answers an error
 * thrown while rendering a page with HTTP 500 and an empty `<html id="__next_error__">` shell
 * that only JavaScript fills in; its flight data still carries the error's digest, which says
 * that LL2 was the cause and, after a 429, how long to wait.
 */

/** The 503 page's own route (`app/%5Forbit/ll2-unavailable`), requested by the front server only. */
export const LIVE_UNAVAILABLE_PATH = '/_orbit/ll2-unavailable';

/** When LL2 did not say how long to wait: a minute, about what a failed call backs off. */
export const DEFAULT_RETRY_AFTER_SECONDS = 60;

const NEXT_ERROR_SHELL = '<html id="__next_error__"';
/** The digest as Next's flight data writes it inside a script string: `\"digest\":\"LL2_…\"`. */
const DIGEST = /\\*"digest\\*"\s*:\s*\\*"(LL2_UNAVAILABLE[^"\\]*)\\*"/g;

/**
 * Reads Next's answer: null unless it is the error page of a render that failed because LL2
 * could not answer; otherwise how long LL2 asked to wait (null when it did not say).
 */
export function liveUnavailableIn(
  status: number,
  html: string,
): { retryAfterSeconds: number | null } | null {
  if (status !== 500 || !html.includes(NEXT_ERROR_SHELL)) return null;
  let found = false;
  let retryAfterSeconds: number | null = null;
  for (const [, digest] of html.matchAll(DIGEST)) {
    const parsed = parseLiveUnavailableDigest(digest);
    if (!parsed) continue;
    found = true;
    if (parsed.retryAfterSeconds !== undefined)
      retryAfterSeconds = Math.max(retryAfterSeconds ?? 0, parsed.retryAfterSeconds);
  }
  return found ? { retryAfterSeconds } : null;
}

/** A path of this site to send the reader back to; anything else becomes the home page. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/';
  return /^\/(?![/\\])/.test(value) ? value : '/';
}

/** The internal URL that renders the 503 page for a request. */
export function liveUnavailableUrl(from: string, retryAfterSeconds: number | null): string {
  const params = new URLSearchParams({ from });
  if (retryAfterSeconds !== null) params.set('retry-after', String(retryAfterSeconds));
  return `${LIVE_UNAVAILABLE_PATH}?${params}`;
}

/** "40 seconds", "about 4 minutes", "about 2 hours": how long to wait, for people. */
export function describeWait(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, Math.round(seconds))} seconds`;
  if (seconds < 90 * 60) return `about ${Math.round(seconds / 60)} minutes`;
  return `about ${Math.round(seconds / 3600)} hours`;
}

/** The 503's headers: LL2's wait (or a minute), kept by no cache, not for search engines. */
export function liveUnavailableHeaders(retryAfterSeconds: number | null): [string, string][] {
  return [
    ['content-type', 'text/html; charset=utf-8'],
    ['cache-control', 'no-store'],
    ['retry-after', String(retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS)],
    ['x-robots-tag', 'noindex'],
  ];
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * A complete page of our own, for when Next could not render the 503 page either: the reader
 * still learns what happened and what to do, without JavaScript.
 */
export function fallbackUnavailablePage(from: string, retryAfterSeconds: number | null): string {
  const wait = retryAfterSeconds === null ? null : describeWait(retryAfterSeconds);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Launch Library 2 is unavailable · Orbit Index</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1f2937;background:#fff}@media(prefers-color-scheme:dark){body{color:#e5e7eb;background:#0f1524}a{color:#93c5fd}}</style></head>
<body><main><h1>Launch Library 2 isn’t answering right now</h1>
<p>Orbit Index reads this page live from The Space Devs’ Launch Library 2, which ${wait ? `allows no more calls for ${wait}` : 'could not be reached'}, and has no saved copy of it to show instead.</p>
<ul><li><a href="${escapeHtml(safeReturnPath(from))}">Try this page again</a> ${wait ? `in ${wait}` : 'in a minute or two'}.</li>
<li>Other pages may still load from saved copies: <a href="/">go to the home page</a>.</li>
<li>Running this site yourself? Start it with <code>DATA_SOURCE=local</code> to serve the embedded snapshot, which never waits on Launch Library 2.</li></ul></main></body></html>
`;
}
