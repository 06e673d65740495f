import type { ListQuery } from '@/lib/query/types';
import type { ResourceDef } from '@/lib/resources/types';

/** An LL2 list request: the path below the API base and its query parameters, in a stable order. */
export interface Ll2Request {
  /** `agencies/`, `launches/upcoming/`. */
  path: string;
  params: [string, string][];
}

/**
 * Translates a parsed list query into the LL2 request that answers it, using the resource
 * definition's own parameter names, so the live API sees exactly what a visitor asked for.
 */
export function toLl2Request(def: ResourceDef, query: ListQuery): Ll2Request {
  const params: [string, string][] = [];
  for (const applied of query.filters) {
    // LL2 ORs repeated keys (`program=1&program=2`) but reads only the last of a non-repeat key.
    if (applied.filter.repeat) {
      for (const value of applied.values) params.push([applied.filter.param, String(value)]);
    } else {
      params.push([applied.filter.param, applied.raw]);
    }
  }
  const view = query.view ? def.views?.find((v) => v.name === query.view) : undefined;
  for (const name of view?.params ?? []) {
    const value = query.viewParams[name];
    if (value !== undefined) params.push([name, String(value)]);
  }
  if (query.search) params.push(['search', query.search]);
  // The default ordering is LL2's own, so it is only sent when the visitor chose one.
  if (query.explicitOrdering && query.ordering.length > 0) {
    params.push([
      'ordering',
      query.ordering.map((o) => `${o.desc ? '-' : ''}${o.field}`).join(','),
    ]);
  }
  params.push(['limit', String(query.limit)]);
  if (query.offset > 0) params.push(['offset', String(query.offset)]);
  if (def.modes.length > 1 || query.mode !== def.defaultMode) params.push(['mode', query.mode]);
  params.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return { path: view ? `${def.apiPath}${view.name}/` : def.apiPath, params };
}

/** The detail request for one record: `launches/<uuid>/?mode=detailed`. */
export function toLl2DetailRequest(def: ResourceDef, id: string | number): Ll2Request {
  const mode = def.modes.includes('detailed') ? 'detailed' : def.defaultMode;
  const params: [string, string][] = def.modes.length > 1 ? [['mode', mode]] : [];
  return { path: `${def.apiPath}${encodeURIComponent(String(id))}/`, params };
}

/** `path?a=1&b=2`, the form used as a cache key and in logs (never carries the token). */
export function requestKey(request: Ll2Request): string {
  const search = new URLSearchParams(request.params).toString();
  return search ? `${request.path}?${search}` : request.path;
}
