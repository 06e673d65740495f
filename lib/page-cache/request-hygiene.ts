import type http from 'node:http';
import { API_PREFIX } from '@/lib/api/public-origin';
import { pagePolicy } from './csp';

/**
 * What the front server refuses before any work is done: URLs longer or with more parameters
 * than any page of the site writes, and anything but GET/HEAD on a page. The largest form, the
 * launches list with every filter, sends 290 fields (86 text fields, sent even when empty, and
 * 204 checkboxes): about 7.7 kB with every box ticked and every field filled. The caps leave
 * room above that; Node itself refuses request heads over 16 kB.
 */
export const MAX_URL_LENGTH = 12_288;
export const MAX_QUERY_PARAMETERS = 500;
const PAGE_METHODS = 'GET, HEAD';

export interface Refusal {
  status: 400 | 405 | 414 | 429;
  title: string;
  message: string;
  headers?: [string, string][];
}

/** Paths answered as JSON: the LL2-compatible API and the search suggestions. */
export function isApiPath(pathname: string): boolean {
  return (
    pathname.startsWith(`${API_PREFIX}/`) ||
    pathname === API_PREFIX ||
    pathname.startsWith('/api/search')
  );
}

/** Null when the request may go on. */
export function checkRequest(req: http.IncomingMessage, url: URL): Refusal | null {
  if ((req.url ?? '').length > MAX_URL_LENGTH)
    return {
      status: 414,
      title: 'That address is too long',
      message: `Addresses on this site are at most ${MAX_URL_LENGTH.toLocaleString('en')} characters long. Remove some filters and try again.`,
    };
  let parameters = 0;
  for (const _ of url.searchParams.keys())
    if (++parameters > MAX_QUERY_PARAMETERS)
      return {
        status: 400,
        title: 'Too many parameters',
        message: `An address on this site takes at most ${MAX_QUERY_PARAMETERS} query parameters. Remove some filters and try again.`,
      };
  // Pages only read; the API's routes answer other methods themselves.
  if (req.method !== 'GET' && req.method !== 'HEAD' && !url.pathname.startsWith('/api/'))
    return {
      status: 405,
      title: 'Pages can only be read',
      message: `This address answers ${PAGE_METHODS} requests, not ${req.method ?? 'this method'}.`,
      headers: [['allow', PAGE_METHODS]],
    };
  return null;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function refusalPage({ title, message }: Refusal): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · Orbit Index</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1f2937;background:#fff}@media(prefers-color-scheme:dark){body{color:#e5e7eb;background:#0f1524}a{color:#93c5fd}}</style></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="/">Go to the home page</a></p></main></body></html>
`;
}

/**
 * Sends a refusal: a small JSON body in LL2's shape (`{"detail": …}`) on the API, a page of its
 * own elsewhere. Never cached; HEAD gets the head alone.
 */
export function sendRefusal(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string,
  refusal: Refusal,
): void {
  const json = isApiPath(pathname);
  const body = json
    ? JSON.stringify({ detail: `${refusal.title}. ${refusal.message}` })
    : refusalPage(refusal);
  const headers: [string, string][] = [
    ['content-type', json ? 'application/json' : 'text/html; charset=utf-8'],
    ['cache-control', 'no-store'],
    ['content-length', String(Buffer.byteLength(body))],
    ['x-content-type-options', 'nosniff'],
    ['content-security-policy', pagePolicy(json ? '' : body)],
    ...(refusal.headers ?? []),
  ];
  // The request body (a POST's form) is not read; the connection is not kept for the next one.
  if (req.method !== 'GET' && req.method !== 'HEAD') headers.push(['connection', 'close']);
  res.writeHead(refusal.status, headers.flat());
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The 429 for a client over its limits; on the API in the words LL2 (Django REST framework) uses. */
export function tooManyRequests(retryAfterSeconds: number, api: boolean): Refusal {
  return {
    status: 429,
    title: api ? 'Request was throttled' : 'Too many requests',
    message: api
      ? `Expected available in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`
      : `This address asked for more new pages than one reader does. Please wait ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'} and try again; pages already viewed by others keep loading.`,
    headers: [['retry-after', String(retryAfterSeconds)]],
  };
}
