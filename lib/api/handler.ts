import { getRecord, listRecords, resourceDef } from '@/lib/data';
import { isLiveDataUnavailable } from '@/lib/data/live-error';
import { invalidParamsBody, parseListQuery } from '@/lib/query/parse';
import { isResourceKey, resourceList, type ResourceKey } from '@/lib/resources';
import type { ResourceDef } from '@/lib/resources/types';
import { pageLinks } from './list-response';
import { projectRecord, rewriteSelfLinks } from './project';

export const API_PREFIX = '/api/2.3.0';

export interface ApiResponse {
  status: number;
  body: string;
  headers: Record<string, string>;
}

const json = (status: number, value: unknown, headers: Record<string, string> = {}): ApiResponse => ({
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

function apiBase(url: URL): string {
  return `${url.origin}${API_PREFIX}`;
}

/**
 * Answers an LL2-compatible request: the same paging envelope, absolute next/previous links,
 * `response_mode` per record, 400 naming each invalid parameter, 404 `{"detail": "Not found."}`.
 */
export async function handleApiRequest(url: URL, path: string[], headers?: Headers): Promise<ApiResponse> {
  try {
    return await answer(url, path, headers);
  } catch (error) {
    // Live mode with LL2 down and nothing cached: the upstream is unavailable, not our server.
    if (!isLiveDataUnavailable(error)) throw error;
    const retry: Record<string, string> = error.retryAfterSeconds !== undefined ? { 'Retry-After': String(error.retryAfterSeconds) } : {};
    return json(503, { detail: `Launch Library 2 is unavailable right now (${error.reason ?? 'no answer'}). Please try again later.` }, retry);
  }
}

async function answer(url: URL, path: string[], _headers?: Headers): Promise<ApiResponse> {
  if (path.filter(Boolean).length === 0) {
    const base = apiBase(url);
    return json(200, Object.fromEntries(resourceList.map((d) => [d.key, `${base}/${d.apiPath}`])));
  }
  const match = route(path);
  if (!match) return json(404, NOT_FOUND);
  const { def, view, id } = match;
  const cacheHeaders = { 'Cache-Control': 'public, max-age=60, stale-while-revalidate=300' };

  if (id !== undefined) {
    const strictId = def.idType === 'int' ? (/^\d{1,15}$/.test(id) ? Number(id) : null) : /^[0-9a-f-]{36}$/i.test(id) ? id.toLowerCase() : null;
    if (strictId === null) return json(404, NOT_FOUND);
    const { record, stale } = await getRecord(def.key as ResourceKey, strictId);
    if (!record) return json(404, NOT_FOUND);
    const mode = def.modes.includes('detailed') ? 'detailed' : def.defaultMode;
    const body = rewriteSelfLinks(JSON.stringify(projectRecord(def, record, mode)), apiBase(url));
    return { status: 200, body, headers: { ...cacheHeaders, ...(stale ? { Warning: `110 - "stale since ${stale.since}"` } : {}) } };
  }

  const parsed = parseListQuery(def, url.searchParams, { view });
  const invalid = invalidParamsBody(parsed.issues);
  if (invalid) return json(400, invalid);
  const data = await listRecords(def.key as ResourceKey, parsed);
  const { next, previous } = pageLinks(url, parsed.query, data.count);
  const results = data.results.map((r) => projectRecord(def, r, parsed.query.mode));
  const body = rewriteSelfLinks(JSON.stringify({ count: data.count, next, previous, results }), apiBase(url));
  return { status: 200, body, headers: { ...cacheHeaders, ...(data.stale ? { Warning: `110 - "stale since ${data.stale.since}"` } : {}) } };
}
