/**
 * URLs for list pages. Every link on a list page (paging, chips, ordering, histogram bars, mode)
 * is built here, so the page URL stays canonical: keys sorted, defaults dropped, empty values
 * dropped, `offset=0` dropped, and any change to the result set resets the offset.
 */

import { BASE_DEFAULTS } from '@/lib/resources/params';

export type ParamPair = readonly [string, string];

/** A change to one key: a value, several values (repeated key), or null/'' to remove it. */
export type ParamChange = string | readonly string[] | null | undefined;
export type ParamChanges = Readonly<Record<string, ParamChange>>;

/** Values that a list URL never needs to spell out. */
export type ParamDefaults = Readonly<Record<string, string>>;

/** Query-string keys that leave the result set alone, so changing them keeps the offset. */
const OFFSET_NEUTRAL = new Set(['offset', 'mode']);

/** The default of a key from a URL: inherited members (`constructor`, `toString`) are none. */
export function defaultOf(defaults: ParamDefaults, key: string): string | undefined {
  return Object.hasOwn(defaults, key) ? defaults[key] : undefined;
}

function compare([a, av]: ParamPair, [b, bv]: ParamPair): number {
  if (a !== b) return a < b ? -1 : 1;
  return av < bv ? -1 : av > bv ? 1 : 0;
}

/** Sorted by key, then value; the parser's canonical order. */
export function sortParams(pairs: readonly ParamPair[]): ParamPair[] {
  return [...pairs].sort(compare);
}

// Commas, colons and slashes are legal in a query string; leaving them readable keeps
// `country_code=USA,CHN` and `net__gte=2024-01-01T00:00:00Z` legible when shared.
function encode(text: string): string {
  return encodeURIComponent(text)
    .replace(/%2C/gi, ',')
    .replace(/%3A/gi, ':')
    .replace(/%2F/gi, '/')
    .replace(/%20/g, '+');
}

/** `a=1&b=2`, form-encoded but readable. */
export function encodeQuery(pairs: readonly ParamPair[]): string {
  return pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&');
}

/** Drops empty values and values equal to their default; keeps order. */
export function dropDefaults(
  pairs: readonly ParamPair[],
  defaults: ParamDefaults = {},
): ParamPair[] {
  const all = { ...BASE_DEFAULTS, ...defaults };
  return pairs.filter(([k, v]) => v.trim() !== '' && defaultOf(all, k) !== v);
}

/** The route plus its canonical query string: `/agencies?founding_year__gte=2015`. */
export function listHref(
  route: string,
  pairs: readonly ParamPair[],
  defaults: ParamDefaults = {},
): string {
  const query = encodeQuery(sortParams(dropDefaults(pairs, defaults)));
  return query ? `${route}?${query}` : route;
}

/**
 * Applies `changes` to a list's canonical parameters. A key in `changes` replaces every value of
 * that key (null or '' removes it). Changing anything but `offset` or `mode` resets the offset,
 * because the old offset belongs to another result set.
 */
export function applyParamChanges(
  canonical: readonly ParamPair[],
  changes: ParamChanges = {},
): ParamPair[] {
  const changed = Object.keys(changes);
  const resetsOffset = changed.some((k) => !OFFSET_NEUTRAL.has(k)) && !changed.includes('offset');
  const next: ParamPair[] = canonical.filter(
    ([k]) => !Object.hasOwn(changes, k) && !(resetsOffset && k === 'offset'),
  );
  for (const key of changed) {
    const value = changes[key];
    if (value === null || value === undefined) continue;
    for (const v of typeof value === 'string' ? [value] : value)
      if (v.trim() !== '') next.push([key, v]);
  }
  return next;
}

/** The URL for a list after `changes` (see `applyParamChanges`), canonical. */
export function createListUrl(
  route: string,
  canonical: readonly ParamPair[],
  changes: ParamChanges = {},
  defaults: ParamDefaults = {},
): string {
  return listHref(route, applyParamChanges(canonical, changes), defaults);
}

/** Parameters of an href built by `listHref` (for tests and client code). */
export function paramsOf(href: string): ParamPair[] {
  const at = href.indexOf('?');
  return at === -1 ? [] : [...new URLSearchParams(href.slice(at + 1)).entries()];
}
