/**
 * What every list shares, defined once beside the resource definitions for the parser, the URL
 * tidier, the filter panel and the chips: the paging defaults, and which filter parameters take
 * several values. Imports types only, so client islands can use it.
 */
import type { FilterDef, Lookup, ResourceDef, ViewDef } from './types';

/** LL2's page size when `limit` is absent, and the most one page holds. */
export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

/** LL2's own defaults for every list endpoint: a list URL never needs to spell them out. */
export const BASE_DEFAULTS: Readonly<Record<string, string>> = {
  offset: '0',
  limit: String(DEFAULT_LIMIT),
};

/** What a list URL may leave out for a resource (and view): paging, its default mode and ordering. */
export function listDefaults(def: ResourceDef, view?: ViewDef): Readonly<Record<string, string>> {
  return {
    ...BASE_DEFAULTS,
    mode: def.defaultMode,
    ordering: (view?.defaultOrdering ?? def.defaultOrdering).join(','),
  };
}

const LIST_LOOKUPS: ReadonlySet<Lookup> = new Set(['in', 'year', 'month', 'day']);

/** A filter taking several values, any of which may match: a comma list or repeated keys. */
export function takesList(filter: FilterDef): boolean {
  return filter.repeat === true || LIST_LOOKUPS.has(filter.lookup);
}

/**
 * Parameters that take one comma-separated value (`country_code=USA,CHN`). A GET form sends one
 * key per ticked checkbox, so these are merged before parsing; LL2 itself would keep only the
 * last. Repeated-key filters (`program=1&program=2`) stay repeated.
 */
export function commaParams(def: ResourceDef): Set<string> {
  return new Set(def.filters.filter((f) => takesList(f) && !f.repeat).map((f) => f.param));
}

/** Comma-separated values, as django-filter's BaseInFilter splits them; empty items dropped. */
export function splitList(input: string): string[] {
  return input
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
