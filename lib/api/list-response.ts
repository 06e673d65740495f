import type { ListQuery } from '@/lib/query/types';

/**
 * DRF's `replace_query_param` / `remove_query_param`: sets (or with null removes) one key and
 * re-encodes the query with its keys sorted (`urlencode(sorted(...))`), as LL2's links show.
 */
function withParam(url: URL, key: string, value: string | null): string {
  const next = new URL(url);
  if (value === null) next.searchParams.delete(key);
  else next.searchParams.set(key, value);
  next.searchParams.sort();
  return next.toString();
}

/**
 * LimitOffsetPagination's `next`/`previous` links, absolute: `pageUrl` is the page's public URL
 * (lib/api/public-origin.ts), never the address the server listens on.
 */
export function pageLinks(pageUrl: URL, query: ListQuery, count: number): { next: string | null; previous: string | null } {
  const { limit, offset } = query;
  const base = new URL(withParam(pageUrl, 'limit', String(limit)));
  const next = offset + limit < count ? withParam(base, 'offset', String(offset + limit)) : null;
  let previous: string | null = null;
  if (offset > 0) {
    previous = offset - limit <= 0 ? withParam(base, 'offset', null) : withParam(base, 'offset', String(offset - limit));
  }
  return { next, previous };
}
