/**
 * The list's TanStack Query options, shared by the server prefetch (first page, hydrated) and the
 * client's "load more", so both key and shape the data the same way.
 */
import { infiniteQueryOptions } from '@tanstack/react-query';
import type { WireRecord } from '@/lib/resources/types';
import { encodeQuery, type ParamPair } from '@/lib/url/list-url';

/** The LL2-compatible API the site serves (app/api/2.3.0). */
const API_BASE = '/api/2.3.0';

/**
 * LL2's page-size cap (`MAX_LIMIT` in lib/query/parse). Repeated here so this client module does
 * not pull the parser and zod into the browser bundle; a unit test keeps the two equal.
 */
export const MAX_LIMIT = 100;

export interface ListQuerySpec {
  /** `agencies/`, `launches/`. */
  apiPath: string;
  /** `upcoming`, `previous`. */
  view?: string;
  /** Canonical parameters without `limit` and `offset`. */
  params: ParamPair[];
  offset: number;
  limit: number;
}

export interface ListChunk<T> {
  count: number;
  items: T[];
}

/** How many records the page at `pageOffset` holds; the whole view never exceeds LL2's limit cap. */
export function chunkSize(spec: ListQuerySpec, pageOffset: number): number {
  if (pageOffset === spec.offset) return spec.limit;
  return Math.max(0, Math.min(spec.limit, spec.offset + MAX_LIMIT - pageOffset));
}

export function nextChunkOffset(
  spec: ListQuerySpec,
  pageOffset: number,
  count: number,
): number | undefined {
  const next = pageOffset + chunkSize(spec, pageOffset);
  return next < count && next - spec.offset < MAX_LIMIT ? next : undefined;
}

export function listApiUrl(spec: ListQuerySpec, pageOffset: number): string {
  const path = `${API_BASE}/${spec.apiPath}${spec.view ? `${spec.view}/` : ''}`;
  const query = encodeQuery([
    ...spec.params,
    ['limit', String(chunkSize(spec, pageOffset))],
    ['offset', String(pageOffset)],
  ]);
  return `${path}?${query}`;
}

async function fetchChunk<T>(
  spec: ListQuerySpec,
  pageOffset: number,
  toItem: (r: WireRecord) => T,
  signal: AbortSignal,
): Promise<ListChunk<T>> {
  const response = await fetch(listApiUrl(spec, pageOffset), {
    signal,
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`The list API answered ${response.status}`);
  const body: unknown = await response.json();
  const data =
    body !== null && typeof body === 'object'
      ? (body as { count?: unknown; results?: unknown })
      : {};
  const results = Array.isArray(data.results) ? data.results : [];
  const records = results.filter(
    (r): r is WireRecord => r !== null && typeof r === 'object' && 'id' in r,
  );
  return { count: typeof data.count === 'number' ? data.count : 0, items: records.map(toItem) };
}

export function listQueryKey(spec: ListQuerySpec) {
  return [
    'list',
    spec.apiPath,
    spec.view ?? '',
    encodeQuery(spec.params),
    spec.offset,
    spec.limit,
  ] as const;
}

export function listInfiniteOptions<T>(spec: ListQuerySpec, toItem: (r: WireRecord) => T) {
  return infiniteQueryOptions({
    queryKey: listQueryKey(spec),
    queryFn: ({ pageParam, signal }) => fetchChunk(spec, pageParam, toItem, signal),
    initialPageParam: spec.offset,
    getNextPageParam: (last: ListChunk<T>, _all, lastOffset: number) =>
      nextChunkOffset(spec, lastOffset, last.count),
  });
}
