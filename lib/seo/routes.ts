import { createHash } from 'node:crypto';
import { dataAsOf, detailHref, findRecord, listRecords, resourceDef } from '@/lib/data';
import { env } from '@/lib/env';
import { readListState } from '@/lib/list/load';
import type { ParamIssue, ParsedListQuery } from '@/lib/query/types';
import type { WireRecord } from '@/lib/resources/types';
import { canonicalQuery } from './canonical';
import { toEventDetail } from '@/lib/domain/event-detail';
import { toLaunchDetail } from '@/lib/domain/launch-detail';
import { buildRssFeed, eventToFeedItem, launchToFeedItem, type FeedItemOptions } from './feed';
import { buildCalendar, eventToVEvent, launchToVEvent, type CalendarItemOptions } from './ics';
import { joinUrl } from './links';
import { exportTitle, type DatedResource, type ListExportSpec } from './list-exports';
import { summariseListQuery } from './list-summary';
import { malformedSegment } from './segment';

/**
 * Route handlers for feeds and calendars. Each mirrors a list page: it takes the same query
 * string, reads it with the page's own `readListState` (empty fields, defaults and repeated
 * checkbox keys tidied the same way), and answers with the same records in RSS or iCalendar
 * form, so "all SpaceX launches from Florida" can be subscribed to from its URL.
 */

export const EXPORT_DEFAULT_LIMIT = 50;
const FEED_CACHE = 'public, max-age=300, stale-while-revalidate=3600';
const CALENDAR_CACHE = 'public, max-age=900, stale-while-revalidate=3600';

/** Keys the exports decide themselves: the record shape and the output format. */
const IGNORED_KEYS = ['mode', 'format'];

function isPositiveInt(text: string | undefined): boolean {
  return text !== undefined && /^\+?\d+$/.test(text.trim()) && Number(text) > 0;
}

/**
 * The request's query with the export defaults: 50 records unless a valid `limit` asks
 * otherwise (the parser caps it at 100, so a feed stays bounded), and the spec's ordering unless
 * the URL names one.
 */
function exportParams(url: URL, spec: ListExportSpec): URLSearchParams {
  const params = new URLSearchParams(url.searchParams);
  for (const key of IGNORED_KEYS) params.delete(key);
  if (!isPositiveInt(params.getAll('limit').at(-1)))
    params.set('limit', String(EXPORT_DEFAULT_LIMIT));
  if (spec.ordering && !params.getAll('ordering').some((v) => v.trim() !== ''))
    params.set('ordering', spec.ordering);
  return params;
}

/** The export's query parsed exactly as its list page parses it. */
export function parseExportQuery(url: URL, spec: ListExportSpec): ParsedListQuery {
  const request = { key: spec.resource, route: spec.listPath, view: spec.view };
  return readListState(request, exportParams(url, spec)).parsed;
}

/** The export defaults are left out of the export's own URL (`atom:link rel="self"`). */
function isExportDefault([key, value]: readonly [string, string], spec: ListExportSpec): boolean {
  return (
    (key === 'limit' && value === String(EXPORT_DEFAULT_LIMIT)) ||
    (key === 'ordering' && value === spec.ordering)
  );
}

export function invalidResponse(issues: ParamIssue[]): Response {
  const lines = issues.map((i) => `  ${i.param}=${i.value}: ${i.message} Expected ${i.expected}.`);
  return new Response(`Invalid query parameters:\n${lines.join('\n')}\n`, {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

interface LoadedList {
  parsed: ParsedListQuery;
  records: WireRecord[];
  /** The query as it goes back into the export's own URL (export defaults dropped). */
  query: string;
  /** Filter summary for titles, e.g. "Launch provider: SpaceX". */
  summary: string;
  ignored: ParamIssue[];
}

async function loadList(request: Request, spec: ListExportSpec): Promise<LoadedList | Response> {
  const parsed = parseExportQuery(new URL(request.url), spec);
  const invalid = parsed.issues.filter((i) => i.severity === 'invalid');
  if (invalid.length > 0) return invalidResponse(invalid);
  const [data, summary] = await Promise.all([
    listRecords(spec.resource, parsed),
    summariseListQuery(spec.resource, parsed),
  ]);
  const own = parsed.canonical.filter((pair) => !isExportDefault(pair, spec));
  return {
    parsed,
    records: data.results,
    query: canonicalQuery(own),
    summary,
    ignored: parsed.issues.filter((i) => i.severity === 'ignored'),
  };
}

function absolute(path: string, query = ''): string {
  const url = joinUrl(env.SITE_URL, path) ?? path;
  return query ? `${url}?${query}` : url;
}

/** Weak ETag + 304, so feed readers polling every few minutes cost one hash. */
function respond(request: Request, body: string, headers: Record<string, string>): Response {
  const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
  const all = { ...headers, ETag: etag, 'X-Robots-Tag': 'noindex' };
  const match = request.headers.get('if-none-match');
  if (match && match.split(',').some((t) => t.trim() === etag)) {
    return new Response(null, { status: 304, headers: all });
  }
  return new Response(body, { status: 200, headers: all });
}

function ignoredHeader(ignored: ParamIssue[]): Record<string, string> {
  // Unknown keys are ignored (as LL2 does) but named, so a typo in a subscription is findable.
  return ignored.length ? { 'X-Ignored-Params': ignored.map((i) => i.param).join(', ') } : {};
}

/** RSS 2.0 for a list view: `GET /launches/upcoming/feed.xml?lsp__id=121`. */
export async function listFeedResponse(request: Request, spec: ListExportSpec): Promise<Response> {
  const loaded = await loadList(request, spec);
  if (loaded instanceof Response) return loaded;
  const def = resourceDef(spec.resource);
  const now = new Date();
  const toItem = (r: WireRecord, opts: FeedItemOptions) =>
    spec.resource === 'launches'
      ? launchToFeedItem(toLaunchDetail(r, now), opts)
      : eventToFeedItem(toEventDetail(r, now), opts);
  const body = buildRssFeed({
    title: `${exportTitle(spec, loaded.summary)} — Orbit Index`,
    description: spec.description,
    siteUrl: env.SITE_URL,
    selfUrl: absolute(`${spec.listPath}/feed.xml`, loaded.query),
    items: loaded.records.map((r) =>
      toItem(r, { siteUrl: env.SITE_URL, url: detailHref(def, r), now }),
    ),
    ttlMinutes: 30,
  });
  return respond(request, body, {
    'Content-Type': 'application/rss+xml; charset=utf-8',
    'Cache-Control': FEED_CACHE,
    ...ignoredHeader(loaded.ignored),
  });
}

async function stampTime(): Promise<Date> {
  // DTSTAMP for records without `last_updated`: the data's age keeps the file byte-stable.
  const asOf = await dataAsOf().catch(() => null);
  const date = asOf ? new Date(asOf) : new Date();
  return Number.isNaN(date.getTime()) ? new Date() : date;
}

/** Record → VEVENT through the domain view (whose clock-dependent flags a calendar ignores). */
function toVEvent(resource: DatedResource) {
  return (r: WireRecord, opts: CalendarItemOptions) =>
    resource === 'launches'
      ? launchToVEvent(toLaunchDetail(r, new Date()), opts)
      : eventToVEvent(toEventDetail(r, new Date()), opts);
}

function fileName(text: string): string {
  return (
    text
      .replace(/[^a-z0-9._-]+/gi, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'calendar'
  );
}

/** iCalendar for a list view: `GET /launches/upcoming/calendar.ics?location__ids=12`. */
export async function listCalendarResponse(
  request: Request,
  spec: ListExportSpec,
): Promise<Response> {
  const loaded = await loadList(request, spec);
  if (loaded instanceof Response) return loaded;
  const def = resourceDef(spec.resource);
  const now = await stampTime();
  const convert = toVEvent(spec.resource);
  const body = buildCalendar({
    name: `${exportTitle(spec, loaded.summary)} (Orbit Index)`,
    description: spec.description,
    url: absolute(spec.listPath, loaded.query),
    items: loaded.records.map((r) =>
      convert(r, { siteUrl: env.SITE_URL, url: detailHref(def, r), now }),
    ),
  });
  return respond(request, body, {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': `inline; filename="${fileName(`orbit-index${spec.listPath}`)}.ics"`,
    'Cache-Control': CALENDAR_CACHE,
    ...ignoredHeader(loaded.ignored),
  });
}

function notFoundText(message: string): Response {
  return new Response(`${message}\n`, {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** Whether a record has a date a calendar can hold (show "Add to calendar" only then). */
export function hasCalendarDate(resource: DatedResource, record: WireRecord): boolean {
  return toVEvent(resource)(record, { siteUrl: env.SITE_URL }) !== null;
}

/** One record as a calendar file: `GET /launches/<slug>/calendar.ics` ("Add to calendar"). */
export async function itemCalendarResponse(
  request: Request,
  resource: DatedResource,
  segment: string,
): Promise<Response> {
  const def = resourceDef(resource);
  const found = await findRecord(resource, segment).catch(malformedSegment);
  if (!found?.record || found.canonical === null)
    return notFoundText(`No such ${def.singular.toLowerCase()}.`);
  const record = found.record;
  const item = toVEvent(resource)(record, {
    siteUrl: env.SITE_URL,
    url: detailHref(def, record),
    now: await stampTime(),
  });
  if (!item) return notFoundText(`This ${def.singular.toLowerCase()} has no date yet.`);
  const body = buildCalendar({ name: `${def.title(record)} (Orbit Index)`, items: [item] });
  return respond(request, body, {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': `attachment; filename="${fileName(found.canonical)}.ics"`,
    'Cache-Control': CALENDAR_CACHE,
  });
}
