import { httpUrl } from '@/lib/ll2/read';

/**
 * Where a record's canonical page lives. lib/seo never reads the environment: the caller passes
 * the site's base URL and, when its routes differ from the defaults, the page URL itself
 * (absolute, or a path resolved against `siteUrl`).
 */
export interface LinkOptions {
  /** The site's base URL, e.g. `https://orbit-index.example` (a path prefix is kept). */
  siteUrl: string;
  /** The record's canonical page; defaults to `/launches/<id>`, `/events/<id>`, … */
  url?: string;
}

/** `siteUrl` + `path`, keeping any path prefix of `siteUrl`; `undefined` unless http(s). */
export function joinUrl(siteUrl: string, path: string): string | undefined {
  const base = httpUrl(siteUrl);
  if (!base) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return httpUrl(path) ?? undefined;
  return httpUrl(base.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, '')) ?? undefined;
}

export function detailPath(route: string, id: string): string {
  return `${route}/${encodeURIComponent(id)}`;
}

/** The record's page: `opts.url` when given, else `<route>/<id>`; `undefined` without either. */
export function recordUrl(
  opts: LinkOptions,
  route: string,
  id: string | null | undefined,
): string | undefined {
  if (opts.url !== undefined) return joinUrl(opts.siteUrl, opts.url);
  return id ? joinUrl(opts.siteUrl, detailPath(route, id)) : undefined;
}
