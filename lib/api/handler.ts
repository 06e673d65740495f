import { QueryCache } from '@/lib/cache/query-cache';
import { getDataSource, getRecord, getServedRecord, listRecords, resourceDef } from '@/lib/data';
import { isLiveDataUnavailable } from '@/lib/data/live-error';
import { env } from '@/lib/env';
import { invalidParamsBody, parseListQuery } from '@/lib/query/parse';
import { isResourceKey, resourceList, type ResourceKey } from '@/lib/resources';
import type { ResourceDef, WireRecord } from '@/lib/resources/types';
import { pageLinks } from './list-response';
import { detailComponent, projectRecord, projectToComponent } from './project';
import { withReferencedRecords } from './references';
import { apiBase, publicOrigin, type HeaderReader, type OriginSettings } from './public-origin';

export { API_PREFIX } from './public-origin';

export interface ApiResponse {
  status: number;
  body: string;
  headers: Record<string, string>;
}

const json = (
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): ApiResponse => ({
  status,
  body: JSON.stringify(value),
  headers,
});

const NOT_FOUND = { detail: 'Not found.' };

/** Maps `/api/2.3.0/launches/upcoming/` style paths to a resource, view and optional id. */
function route(path: string[]): { def: ResourceDef; view?: string; id?: string } | null {
  const [first, second, third, ...rest] = path.filter((p) => p !== '');
  if (!first || rest.length > 0) return null;
  const key = first === 'launch' ? 'launches' : first;
  if (!isResourceKey(key)) return null;
  const def = resourceDef(key as ResourceKey);
  const view = second && def.views?.some((v) => v.name === second) ? second : undefined;
  const id = view ? third : second;
  if (view === undefined && third !== undefined) return null;
  return { def, view, id };
}

const noHeaders: HeaderReader = () => null;

/**
 * The stored records embedded ones are completed from, per data version: a page of launches
 * names the same few providers, rockets and pads as the next page, and each lookup was a read
 * and a JSON parse of a whole record (a third of an uncached API answer's time).
 */
const referenced = new QueryCache<Promise<WireRecord | null>>(env.QUERY_CACHE_SIZE);

/** Embedded records completed from their own stored copies (local data only: lib/api/references.ts). */
function completeReferences(def: ResourceDef, records: WireRecord[]): Promise<WireRecord[]> {
  const source = getDataSource();
  if (source.kind !== 'local') return Promise.resolve(records);
  const version = source.version();
  return withReferencedRecords(def, records, (resource, id) => {
    if (!isResourceKey(resource)) return Promise.resolve(null);
    const key = `${resource}:${id}`;
    const record = referenced.get(version, key, () =>
      getRecord(resource, id).then((data) => data.record),
    );
    record.catch(() => referenced.delete(key));
    return record;
  });
}

/**
 * Answers an LL2-compatible request: the same paging envelope, absolute links on the public
 * origin, each record written as LL2's serializer for the mode (lib/api/project.ts), only records
 * the API serves (lib/ll2/served.ts), 400 naming each invalid parameter, 404
 * `{"detail": "Not found."}`. `?format=json` and `?format=api` both get JSON.
 */
export async function handleApiRequest(
  url: URL,
  path: string[],
  header: HeaderReader = noHeaders,
  settings?: OriginSettings,
): Promise<ApiResponse> {
  try {
    return await answer(url, path, apiBase(publicOrigin(header, settings)));
  } catch (error) {
    // Live mode with LL2 down and nothing cached: the upstream is unavailable, not our server.
    if (!isLiveDataUnavailable(error)) throw error;
    const retry: Record<string, string> =
      error.retryAfterSeconds !== undefined
        ? { 'Retry-After': String(error.retryAfterSeconds) }
        : {};
    return json(
      503,
      {
        detail: `Launch Library 2 is unavailable right now (${error.reason ?? 'no answer'}). Please try again later.`,
      },
      retry,
    );
  }
}

async function answer(url: URL, path: string[], base: string): Promise<ApiResponse> {
  const segments = path.filter(Boolean);
  if (segments.length === 0) {
    return json(200, Object.fromEntries(resourceList.map((d) => [d.key, `${base}/${d.apiPath}`])));
  }
  const match = route(path);
  if (!match) return json(404, NOT_FOUND);
  const { def, view, id } = match;
  const cacheHeaders = { 'Cache-Control': 'public, max-age=60, stale-while-revalidate=300' };

  if (id !== undefined) {
    const strictId =
      def.idType === 'int'
        ? /^\d{1,15}$/.test(id)
          ? Number(id)
          : null
        : /^[0-9a-f-]{36}$/i.test(id)
          ? id.toLowerCase()
          : null;
    if (strictId === null) return json(404, NOT_FOUND);
    const { record, stale } = await getServedRecord(def.key as ResourceKey, strictId);
    if (!record) return json(404, NOT_FOUND);
    const [complete] = await completeReferences(def, [record]);
    // LL2's schema gives one serializer per detail endpoint, whatever `mode` says.
    const body = JSON.stringify(projectToComponent(complete!, detailComponent(def), base));
    return {
      status: 200,
      body,
      headers: {
        ...cacheHeaders,
        ...(stale ? { Warning: `110 - "stale since ${stale.since}"` } : {}),
      },
    };
  }

  const parsed = parseListQuery(def, url.searchParams, { view });
  const invalid = invalidParamsBody(parsed.issues);
  if (invalid) return json(400, invalid);
  const data = await listRecords(def.key as ResourceKey, parsed, { servedOnly: true });
  const { next, previous } = pageLinks(
    new URL(`${base}/${segments.join('/')}/${url.search}`),
    parsed.query,
    data.count,
  );
  const complete = await completeReferences(def, data.results);
  const results = complete.map((r) => projectRecord(def, r, parsed.query.mode, base));
  const body = JSON.stringify({ count: data.count, next, previous, results });
  return {
    status: 200,
    body,
    headers: {
      ...cacheHeaders,
      ...(data.stale ? { Warning: `110 - "stale since ${data.stale.since}"` } : {}),
    },
  };
}
