import type { ParamIssue } from '@/lib/query/types';
import type { ResourceDef } from '@/lib/resources/types';
import { encodeQuery } from '@/lib/url/list-url';
import { listExport } from './list-exports';

/**
 * Canonical URLs and robots rules for list pages. Pure: the caller passes what `parseList` and
 * `listRecords` returned, so generateMetadata, feeds and tests share one definition.
 */

/** Parameters as `parseList` returns them in `canonical`: normalised, sorted, defaults dropped. */
export type CanonicalParams = readonly (readonly [string, string])[];

/** Past this offset a page is a crawl trap more than a landing page. */
export const NOINDEX_OFFSET = 100;

/**
 * Per resource (store key), the filters whose single-value views make useful landing pages
 * ("SpaceX launches", "launches in 2024", "dockings at the ISS"). Every other filter, a second
 * filter, a search, a custom ordering or page size makes a near-duplicate that stays `noindex`.
 */
export const INDEXABLE_FACETS: Readonly<Record<string, readonly string[]>> = {
  agencies: ['type__id', 'country_code', 'featured'],
  launches: [
    'year',
    'lsp__id',
    'status',
    'status__ids',
    'location__ids',
    'program',
    'launcher_config__id',
  ],
  events: ['type', 'type__ids', 'year', 'program', 'agency__ids'],
  docking_events: ['space_station_target__id'],
  spacecraft: ['status', 'in_space'],
  space_stations: ['status', 'status__ids', 'type', 'owner__ids'],
  spacecraft_configurations: ['agency', 'in_use', 'human_rated'],
  pads: ['location__id', 'agencies_ids'],
  locations: ['country_code'],
  astronauts: ['agency_ids', 'nationality', 'status_ids', 'in_space', 'has_flown'],
  expeditions: ['space_station', 'crew__astronaut', 'crew__astronaut__agency'],
  launcher_configurations: ['manufacturer__name', 'active', 'program'],
  launchers: ['status', 'flight_proven', 'launcher_config__ids'],
};

/** Paging moves through the same set; it never makes a page a different view. */
const PAGING_PARAMS = new Set(['offset']);

/**
 * `/launches/upcoming?lsp__id=121&year=2024`: the path plus the already-normalised query, encoded
 * as the list pages' own links are (`lib/url/list-url`), so both spell a URL the same way.
 */
export function listCanonicalUrl(route: string, canonical: CanonicalParams): string {
  const query = canonicalQuery(canonical);
  return query ? `${route}?${query}` : route;
}

/** `lsp__id=121` from the canonical parameters; `''` when there are none. */
export function canonicalQuery(canonical: CanonicalParams): string {
  return encodeQuery(canonical);
}

export interface ListRobotsInput {
  /** The resource; only its store `key` is read. */
  def: Pick<ResourceDef, 'key'>;
  /** `issues` from parseList: any invalid or ignored parameter makes the page noindex. */
  issues: readonly ParamIssue[];
  /** Total matching records (`listRecords(...).count`). */
  count: number;
  /** `parsed.query.offset`. */
  offset: number;
  /** `parsed.canonical`. */
  canonical: CanonicalParams;
}

export type NoindexReason =
  'invalid-params' | 'empty' | 'deep-offset' | 'search' | 'several-facets' | 'not-a-facet';

export interface ListIndexability {
  index: boolean;
  /** Why the page is `noindex`; absent when indexable. */
  reason?: NoindexReason;
}

function isSingleValue(value: string): boolean {
  return value !== '' && !value.includes(',');
}

/** Whether a list page may be indexed, and why not. */
export function listIndexability({
  def,
  issues,
  count,
  offset,
  canonical,
}: ListRobotsInput): ListIndexability {
  if (issues.length > 0) return { index: false, reason: 'invalid-params' };
  if (count <= 0 || offset >= count) return { index: false, reason: 'empty' };
  if (offset >= NOINDEX_OFFSET) return { index: false, reason: 'deep-offset' };
  const shaping = canonical.filter(([key]) => !PAGING_PARAMS.has(key));
  if (shaping.some(([key]) => key === 'search')) return { index: false, reason: 'search' };
  if (shaping.length > 1) return { index: false, reason: 'several-facets' };
  const only = shaping[0];
  if (!only) return { index: true };
  const [key, value] = only;
  const allowed = INDEXABLE_FACETS[def.key] ?? [];
  if (!allowed.includes(key) || !isSingleValue(value))
    return { index: false, reason: 'not-a-facet' };
  return { index: true };
}

/**
 * `robots` for a list page's metadata. Links are always followed, so detail pages reachable only
 * through filtered lists still get crawled.
 */
export function listRobots(input: ListRobotsInput): { index: boolean; follow: true } {
  return { index: listIndexability(input).index, follow: true };
}

/** Keys an export decides for itself: where a subscription starts, its size and its shape. */
const NOT_EXPORTED = new Set(['offset', 'limit', 'mode']);

/** The filters, search and ordering of a list URL: what a subscription to it holds. */
export function exportParams(canonical: CanonicalParams): CanonicalParams {
  return canonical.filter(([key]) => !NOT_EXPORTED.has(key));
}

/** `/launches/upcoming/feed.xml?lsp__id=121`, or null when the list has no feed. */
export function listFeedHref(listPath: string, canonical: CanonicalParams = []): string | null {
  if (!listExport(listPath)) return null;
  return listCanonicalUrl(`${listPath}/feed.xml`, exportParams(canonical));
}

/** `/launches/upcoming/calendar.ics?lsp__id=121`, or null when the list has no calendar. */
export function listCalendarHref(listPath: string, canonical: CanonicalParams = []): string | null {
  if (!listExport(listPath)?.calendar) return null;
  return listCanonicalUrl(`${listPath}/calendar.ics`, exportParams(canonical));
}

/** `/launches/crew-9/calendar.ics`: one record's "Add to calendar" file. */
export function itemCalendarHref(detailPath: string): string {
  return `${detailPath.replace(/\/+$/, '')}/calendar.ics`;
}

/** `webcal://host/path`: calendar apps subscribe to it instead of importing a copy. */
export function webcalUrl(siteUrl: string, href: string): string {
  return new URL(href, siteUrl).href.replace(/^https?:/, 'webcal:');
}
