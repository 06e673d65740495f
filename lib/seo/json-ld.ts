import type { EventDetail } from '@/lib/domain/event-detail';
import type { LaunchDetail } from '@/lib/domain/launch-detail';
import { describeEvent, describeLaunch } from './describe';
import { CONTEXT, longText, organization, root, type JsonLd } from './json-ld-core';
import { recordUrl, type LinkOptions } from './links';
import { httpUrl, str, unique } from '@/lib/ll2/read';
import type { LaunchStatusKey } from '@/lib/domain/launch-status';
import { eventId, eventTiming, launchTiming, type Timing } from './timing';

/**
 * schema.org JSON-LD for detail pages. Every URL passes `httpUrl`, so `javascript:`/`data:` links
 * from upstream never reach the page; empty values are pruned so no property is `null`/`""`.
 * Render with `serializeJsonLd` inside `<script type="application/ld+json">`.
 */

export type { JsonLd } from './json-ld-core';
export { agencyJsonLd, spacecraftJsonLd, spaceStationJsonLd } from './json-ld-entities';

/**
 * Launch status → schema.org EventStatusType:
 * - Go, TBD, TBC, In Flight, Success, Deployed → EventScheduled.
 * - Failure and Partial Failure → EventScheduled too: the launch took place when announced;
 *   schema.org has no "failed" status, and EventCancelled would tell search engines it never
 *   happened.
 * - Hold → EventPostponed: the count-down stopped and the time is no longer known.
 * - Cancelled/scrubbed (not an LL2 2.3.0 status, but seen in older data) → EventCancelled.
 */
export function eventStatusFor(key: LaunchStatusKey): string {
  if (key === 'hold') return `${CONTEXT}/EventPostponed`;
  if (key === 'cancelled') return `${CONTEXT}/EventCancelled`;
  return `${CONTEXT}/EventScheduled`;
}

/** Timed: ISO date-times. Imprecise: the first and last day of the span (`endDate` inclusive). */
function dates(timing: Timing | undefined): { startDate?: string; endDate?: string } {
  if (!timing) return {};
  if (!timing.allDay)
    return { startDate: timing.start.toISOString(), endDate: timing.end.toISOString() };
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const lastDay = new Date(timing.end.getTime() - 86_400_000);
  return { startDate: iso(timing.start), endDate: iso(lastDay) };
}

/** The pad as the Place, in its launch site's locality and country. */
function launchPlace(l: LaunchDetail): Record<string, unknown> | undefined {
  const locality = l.location?.name;
  const name = unique([l.pad?.name, locality]).join(', ');
  if (!name) return undefined;
  const country = l.location?.countries[0];
  const coordinates = l.pad?.coordinates;
  return {
    '@type': 'Place',
    name,
    address:
      country || locality
        ? {
            '@type': 'PostalAddress',
            addressLocality: locality,
            addressCountry: country?.code ?? country?.name,
          }
        : undefined,
    geo: coordinates
      ? {
          '@type': 'GeoCoordinates',
          latitude: coordinates.latitude,
          longitude: coordinates.longitude,
        }
      : undefined,
  };
}

/** An event's free-text location as a Place. */
function eventPlace(e: EventDetail): Record<string, unknown> | undefined {
  return e.location ? { '@type': 'Place', name: e.location } : undefined;
}

/** A webcast makes the launch something people attend online; the pad stays its Place. */
function attendance(webcasts: { url: string }[], physical: Record<string, unknown> | undefined) {
  const online = webcasts[0]?.url;
  return {
    eventAttendanceMode: online
      ? `${CONTEXT}/OnlineEventAttendanceMode`
      : physical
        ? `${CONTEXT}/OfflineEventAttendanceMode`
        : undefined,
    location: [physical, online ? { '@type': 'VirtualLocation', url: online } : undefined],
  };
}

/** Options for records whose description depends on whether they are past or future. */
export interface TimedLinkOptions extends LinkOptions {
  now?: Date;
}

export function launchJsonLd(l: LaunchDetail, opts: TimedLinkOptions): JsonLd {
  return root('Event', {
    name: l.name,
    description: longText(l.mission?.description) ?? describeLaunch(l, { now: opts.now }),
    url: recordUrl(opts, '/launches', l.id),
    image: [l.image?.image_url],
    ...dates(launchTiming(l)),
    eventStatus: eventStatusFor(l.statusKey),
    ...attendance(l.webcasts, launchPlace(l)),
    organizer: organization(l.organizer),
    sameAs: l.infoLinks.map((i) => i.url),
  });
}

export function eventJsonLd(e: EventDetail, opts: TimedLinkOptions): JsonLd {
  return root('Event', {
    name: e.name,
    description: longText(e.description) ?? describeEvent(e, { now: opts.now }),
    url: recordUrl(opts, '/events', eventId(e)),
    image: [e.image?.image_url],
    ...dates(eventTiming(e)),
    eventStatus: `${CONTEXT}/EventScheduled`,
    ...attendance(e.videos, eventPlace(e)),
    organizer: e.organizers.map(organization),
    sameAs: e.infoLinks.map((i) => i.url),
  });
}

export interface Breadcrumb {
  name: string;
  url: string;
}

/**
 * A BreadcrumbList. Crumbs without a name are dropped, as are crumbs whose URL is not http(s) —
 * except the last, which Google allows without `item` (it is the current page).
 */
export function breadcrumbJsonLd(items: readonly Breadcrumb[]): JsonLd {
  const kept = items
    .map((c, i) => ({ name: str(c.name), item: httpUrl(c.url), last: i === items.length - 1 }))
    .filter((c) => c.name !== null && (c.item !== null || c.last));
  return root('BreadcrumbList', {
    itemListElement: kept.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      item: c.item,
    })),
  });
}

/**
 * JSON for a `<script type="application/ld+json">`. Our text comes from an outside API, so `<`
 * (and `>`, `&`, U+2028, U+2029) are written as `\uXXXX` escapes: a `</script>` inside a
 * description cannot end the element, and JSON.parse still reads back the same object.
 */
export function serializeJsonLd(value: unknown): string {
  const json = JSON.stringify(value ?? null) ?? 'null';
  return json.replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
