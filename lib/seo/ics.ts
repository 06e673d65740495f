import ical, {
  ICalCalendarMethod,
  ICalEventClass,
  ICalEventStatus,
  ICalEventTransparency,
  type ICalEventData,
} from 'ical-generator';
import { recordUrl, type LinkOptions } from './links';
import { formatDateTime, formatNetWithPrecision } from './precision';
import type { EventDetail } from '@/lib/domain/event-detail';
import type { LaunchDetail } from '@/lib/domain/launch-detail';
import type { LaunchStatusKey } from '@/lib/domain/launch-status';
import { httpUrl, unique } from '@/lib/ll2/read';
import { dateOf, eventId, eventTiming, launchTiming, type Timing } from './timing';

export type IcsStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

/** One VEVENT, ready to render; build it with `launchToVEvent`/`eventToVEvent`. */
export interface CalendarEvent {
  uid: string;
  dtstamp: Date;
  sequence: number;
  lastModified?: Date;
  timing: Timing;
  summary: string;
  description: string;
  url?: string;
  location?: string;
  geo?: { latitude: number; longitude: number };
  status: IcsStatus;
  categories: string[];
}

export interface CalendarItemOptions extends LinkOptions {
  /** DTSTAMP when the record has no `last_updated`. Defaults to the current time. */
  now?: Date;
}

const SEQUENCE_MAX = 2_147_483_647;

/**
 * Clients replace an event when SEQUENCE grows. Minutes since the epoch of `last_updated` grow
 * with every LL2 edit and stay the same across rebuilds, unlike a counter we would have to store.
 */
function sequenceOf(lastUpdated: Date | null): number {
  if (!lastUpdated) return 0;
  return Math.min(SEQUENCE_MAX, Math.max(0, Math.floor(lastUpdated.getTime() / 60_000)));
}

/** Go/Success/Failure/Partial Failure/In Flight/Deployed happened or will; TBD/TBC/Hold may not. */
export function icsStatusFor(key: LaunchStatusKey): IcsStatus {
  switch (key) {
    case 'go':
    case 'success':
    case 'failure':
    case 'partial-failure':
    case 'in-flight':
    case 'deployed':
      return 'CONFIRMED';
    case 'cancelled':
      return 'CANCELLED';
    default:
      return 'TENTATIVE';
  }
}

/** "SLC-40, Cape Canaveral SFS, FL, USA": the pad and its launch site. */
function placeText(l: LaunchDetail): string | undefined {
  const parts = unique([l.pad?.name, l.location?.name]);
  return parts.length ? parts.join(', ') : undefined;
}

function geoOf(l: LaunchDetail): CalendarEvent['geo'] {
  const c = l.pad?.coordinates;
  return c ? { latitude: c.latitude, longitude: c.longitude } : undefined;
}

function lines(...entries: (string | false | null | undefined)[]): string {
  return entries.filter((e): e is string => typeof e === 'string' && e !== '').join('\n');
}

function launchDescription(l: LaunchDetail, timing: Timing, url: string | undefined): string {
  const mission = l.mission;
  const missionDetail = unique([mission?.type, mission?.orbit]).join(', ');
  const windowStart = dateOf(l.windowStart);
  const windowEnd = dateOf(l.windowEnd);
  const window =
    !timing.allDay && windowStart && windowEnd && windowEnd > windowStart
      ? `Window: ${formatDateTime(windowStart)} – ${formatDateTime(windowEnd)}`
      : undefined;
  const place = placeText(l);
  return lines(
    `Status: ${l.status?.name ?? 'Unknown'}`,
    `NET: ${formatNetWithPrecision(dateOf(l.net) ?? timing.start, timing.precision)}`,
    timing.precisionNote && `NET precision: ${timing.precisionNote}`,
    window,
    l.organizer && `Provider: ${l.organizer.name}`,
    l.rocket && `Rocket: ${l.rocket.name}`,
    mission?.name && `Mission: ${mission.name}${missionDetail ? ` (${missionDetail})` : ''}`,
    mission?.description,
    place && `Pad: ${place}`,
    l.webcasts[0] && `Webcast: ${l.webcasts[0].url}`,
    url && `Details: ${url}`,
  );
}

function eventDescription(e: EventDetail, timing: Timing, url: string | undefined): string {
  return lines(
    e.type && `Type: ${e.type}`,
    `Date: ${formatNetWithPrecision(dateOf(e.date) ?? timing.start, timing.precision)}`,
    timing.precisionNote && `Date precision: ${timing.precisionNote}`,
    e.location && `Location: ${e.location}`,
    e.organizers.length > 0 && `Agencies: ${e.organizers.map((a) => a.name).join(', ')}`,
    e.description,
    e.videos[0] && `Webcast: ${e.videos[0].url}`,
    url && `Details: ${url}`,
  );
}

/**
 * A launch as a VEVENT with UID `launch-<uuid>@orbit-index`, so re-imports update it. `null` when
 * the record has neither an id nor any date.
 */
export function launchToVEvent(l: LaunchDetail, opts: CalendarItemOptions): CalendarEvent | null {
  const timing = launchTiming(l);
  if (!l.id || !timing) return null;
  const url = recordUrl(opts, '/launches', l.id);
  const lastUpdated = dateOf(l.lastUpdated);
  return {
    uid: `launch-${l.id}@orbit-index`,
    dtstamp: lastUpdated ?? opts.now ?? new Date(),
    sequence: sequenceOf(lastUpdated),
    lastModified: lastUpdated ?? undefined,
    timing,
    summary: l.name,
    description: launchDescription(l, timing, url),
    url,
    location: placeText(l),
    geo: geoOf(l),
    status: icsStatusFor(l.statusKey),
    categories: unique(['Launch', l.organizer?.name, l.mission?.type, l.mission?.orbit]),
  };
}

/** An LL2 event as a VEVENT with UID `event-<id>@orbit-index`. */
export function eventToVEvent(e: EventDetail, opts: CalendarItemOptions): CalendarEvent | null {
  const id = eventId(e);
  const timing = eventTiming(e);
  if (!id || !timing) return null;
  const url = recordUrl(opts, '/events', id);
  const lastUpdated = dateOf(e.lastUpdated);
  return {
    uid: `event-${id}@orbit-index`,
    dtstamp: lastUpdated ?? opts.now ?? new Date(),
    sequence: sequenceOf(lastUpdated),
    lastModified: lastUpdated ?? undefined,
    timing,
    summary: e.name,
    description: eventDescription(e, timing, url),
    url,
    location: e.location ?? undefined,
    status: timing.allDay ? 'TENTATIVE' : 'CONFIRMED',
    categories: unique(['Event', e.type]),
  };
}

/**
 * Control characters other than tab and newline are not allowed in content lines, and lone
 * surrogates cannot be encoded as UTF-8; ical-generator passes both through, so they are dropped
 * first.
 */
function clean(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]|[\uD800-\uDFFF]/gu, '');
}

/**
 * TEXT escaping (RFC 5545 §3.3.11) for the values ical-generator writes as given: the event UID
 * and the calendar's name and description. Its own summaries, descriptions and locations it
 * escapes itself.
 */
function rawText(value: string): string {
  return clean(value)
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

function toEventData(e: CalendarEvent): ICalEventData {
  const title = e.location ? clean(e.location) : '';
  const geo = e.geo && {
    lat: Number(e.geo.latitude.toFixed(6)),
    lon: Number(e.geo.longitude.toFixed(6)),
  };
  return {
    id: rawText(e.uid),
    stamp: e.dtstamp,
    sequence: e.sequence,
    start: e.timing.start,
    end: e.timing.end,
    // All-day spans are UTC calendar days, as the timings are built.
    allDay: e.timing.allDay,
    summary: clean(e.summary),
    description: clean(e.description),
    status: ICalEventStatus[e.status],
    // Launch watching should not block anyone's free/busy time, least of all a month-long NET.
    transparency: ICalEventTransparency.TRANSPARENT,
    class: ICalEventClass.PUBLIC,
    lastModified: e.lastModified ?? null,
    url: httpUrl(e.url) ?? null,
    location: title ? { title, geo } : geo ? { geo } : null,
    categories: e.categories
      .map(clean)
      .filter((name) => name !== '')
      .map((name) => ({ name })),
  };
}

export interface CalendarOptions {
  /** Calendar name shown by clients (`X-WR-CALNAME`, RFC 7986 `NAME`). */
  name: string;
  items: readonly (CalendarEvent | null | undefined)[];
  /** Page for this calendar on the site (RFC 7986 `URL`). */
  url?: string;
  description?: string;
  /** How often subscribers should re-fetch; default 60 minutes. */
  refreshMinutes?: number;
}

/**
 * The iCalendar text, CRLF-terminated and folded. Items without a date are skipped, and a
 * repeated UID keeps its first occurrence (two VEVENTs with one UID would be a recurrence set).
 */
export function buildCalendar({
  name,
  items,
  url,
  description,
  refreshMinutes = 60,
}: CalendarOptions): string {
  const calendar = ical({
    prodId: '//Orbit Index//Launch Calendar//EN',
    scale: 'GREGORIAN',
    method: ICalCalendarMethod.PUBLISH,
    name: rawText(name),
    description: description ? rawText(description) : null,
    url: httpUrl(url) ?? null,
    // REFRESH-INTERVAL and X-PUBLISHED-TTL, in seconds.
    ttl: Math.max(1, Math.round(refreshMinutes)) * 60,
  });
  const seen = new Set<string>();
  for (const item of items) {
    if (!item || seen.has(item.uid)) continue;
    seen.add(item.uid);
    calendar.createEvent(toEventData(item));
  }
  // ical-generator ends the last line without the CRLF RFC 5545 requires of every line.
  return `${calendar.toString()}\r\n`;
}
