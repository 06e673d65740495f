/**
 * Getters for the home page. Each returns typed summaries (never raw records) and is wrapped in
 * React's `cache()` so a section and its metadata share one read per request.
 */
import { cache } from 'react';
import { isLiveDataUnavailable } from '@/lib/data/live-error';
import {
  buildQuery,
  dataStatus,
  facetOptions,
  histogram,
  listRecords,
  type DataStatusInfo,
} from '@/lib/data';
import { recordLink, type RecordLink } from '@/lib/domain/detail-shared';
import { toDockingEventSummary } from '@/lib/domain/docking-event';
import { toEventSummary, type EventSummary } from '@/lib/domain/event';
import { toLaunchSummary, type LaunchSummary } from '@/lib/domain/launch';
import { at, num, obj } from '@/lib/ll2/read';
import { resources, type ResourceKey } from '@/lib/resources';
import type { WireRecord } from '@/lib/resources/types';

/**
 * `null` when live mode could not reach LL2 (and had nothing cached), so one section can say so
 * while the rest of the page renders; any other error is a bug and is thrown.
 */
export async function unlessUnavailable<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (isLiveDataUnavailable(error)) return null;
    throw error;
  }
}

/** "Now" to the minute, so home queries share the list cache for a minute. */
function nowMinute(): Date {
  return new Date(Math.floor(Date.now() / 60_000) * 60_000);
}

export interface Highlights<T> {
  /** `upcoming` when anything is scheduled; otherwise the most recent are shown. */
  mode: 'upcoming' | 'latest';
  items: T[];
  total: number;
}

export const getLaunchHighlights = cache(
  async (limit: number): Promise<Highlights<LaunchSummary>> => {
    const size = { limit: String(limit) };
    const upcoming = await listRecords(
      'launches',
      buildQuery('launches', size, { view: 'upcoming' }),
    );
    if (upcoming.count > 0) {
      return {
        mode: 'upcoming',
        items: upcoming.results.map(toLaunchSummary),
        total: upcoming.count,
      };
    }
    const previous = await listRecords(
      'launches',
      buildQuery('launches', size, { view: 'previous' }),
    );
    return { mode: 'latest', items: previous.results.map(toLaunchSummary), total: previous.count };
  },
);

export const getEventHighlights = cache(
  async (limit: number): Promise<Highlights<EventSummary>> => {
    const now = nowMinute().toISOString();
    const size = String(limit);
    const upcoming = await listRecords(
      'events',
      buildQuery('events', { date__gte: now, limit: size }),
    );
    if (upcoming.count > 0) {
      return {
        mode: 'upcoming',
        items: upcoming.results.map(toEventSummary),
        total: upcoming.count,
      };
    }
    // LL2 names its "date before" filter `date__gt__lt`.
    const recent = await listRecords(
      'events',
      buildQuery('events', { date__gt__lt: now, ordering: '-date', limit: size }),
    );
    return { mode: 'latest', items: recent.results.map(toEventSummary), total: recent.count };
  },
);

export interface DockedVehicle {
  /** The docking event's page. */
  href: string;
  name: string;
  /** The vehicle's own page, when it is a spacecraft we list. */
  vehicle: RecordLink | null;
  port: string | null;
  since: string | null;
}

export interface DockedTarget {
  /** Station id, or the target vehicle's name when the target is not a station. */
  key: string;
  name: string;
  /** The station's page, when the target is a station. */
  station: RecordLink | null;
  kind: 'station' | 'vehicle';
  vehicles: DockedVehicle[];
}

function targetOf(record: WireRecord): {
  key: string;
  name: string;
  station: RecordLink | null;
  kind: DockedTarget['kind'];
} {
  const stationRef =
    obj(record.space_station_target) ?? obj(at(record, 'docking_location.spacestation'));
  const station = stationRef ? recordLink('space_stations', stationRef) : null;
  if (station)
    return {
      key: `station-${String(stationRef?.id)}`,
      name: station.name,
      station,
      kind: 'station',
    };
  const name = toDockingEventSummary(record).target?.name ?? 'Unknown target';
  return { key: `vehicle-${name}`, name, station: null, kind: 'vehicle' };
}

/**
 * Who is docked now: docking events whose stay covers this minute (no departure yet, or one
 * still ahead), grouped by what they are docked to, stations first.
 */
export const getDockedNow = cache(async (): Promise<DockedTarget[]> => {
  const now = nowMinute().toISOString();
  const { results } = await listRecords(
    'docking_events',
    buildQuery('docking_events', { limit: '100' }),
    { span: { startField: 'docking', endField: 'departure', start: now, end: now } },
  );
  const groups = new Map<string, DockedTarget>();
  for (const record of results) {
    const target = targetOf(record);
    const summary = toDockingEventSummary(record);
    const group = groups.get(target.key) ?? { ...target, vehicles: [] };
    group.vehicles.push({
      href: summary.href,
      name: summary.chaser?.name ?? 'Unknown vehicle',
      vehicle: recordLink('spacecraft', at(record, 'flight_vehicle_chaser.spacecraft')),
      port: summary.port,
      since: summary.docking,
    });
    groups.set(target.key, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      Number(b.kind === 'station') - Number(a.kind === 'station') ||
      b.vehicles.length - a.vehicles.length,
  );
});

export interface ResourceCount {
  key: ResourceKey;
  label: string;
  href: string;
  count: number;
}

const COUNTED: ResourceKey[] = [
  'launches',
  'events',
  'agencies',
  'spacecraft',
  'space_stations',
  'docking_events',
];

export const getResourceCounts = cache(
  async (): Promise<{ counts: ResourceCount[]; status: DataStatusInfo | null }> => {
    const [status, counts] = await Promise.all([
      dataStatus().catch(() => null),
      Promise.all(
        COUNTED.map(async (key): Promise<ResourceCount> => {
          const { count } = await listRecords(key, buildQuery(key, { limit: '1' }));
          const def = resources[key];
          return { key, label: count === 1 ? def.singular : def.plural, href: def.route, count };
        }),
      ),
    ]);
    return { counts, status };
  },
);

export interface QuickLink {
  label: string;
  href: string;
  count: number | null;
}

export interface QuickLinkGroup {
  title: string;
  links: QuickLink[];
}

export const getQuickLinks = cache(async (): Promise<QuickLinkGroup[]> => {
  const thisYear = new Date().getUTCFullYear();
  const [agencyTypes, eventTypes, years, crewed] = await Promise.all([
    facetOptions('agencies', 'type__id'),
    facetOptions('events', 'type'),
    histogram('launches', buildQuery('launches', {}), 'year'),
    listRecords('launches', buildQuery('launches', { is_crewed: 'true', limit: '1' })),
  ]);
  const recentYears = [...years]
    .filter((y) => num(y.bucket) !== null)
    .sort((a, b) => Number(b.bucket) - Number(a.bucket))
    .slice(0, 4);
  // "This year" always leads, even before its first launch, so the link is where people look.
  if (!recentYears.some((y) => Number(y.bucket) === thisYear)) {
    recentYears.unshift({ bucket: String(thisYear), count: 0 });
    recentYears.splice(4);
  }
  return [
    {
      title: 'Launches',
      links: [
        { label: 'Upcoming', href: '/launches/upcoming', count: null },
        { label: 'Previous', href: '/launches/previous', count: null },
        { label: 'Crewed', href: '/launches?is_crewed=true', count: crewed.count },
        ...recentYears.map((y) => ({
          label: Number(y.bucket) === thisYear ? `This year (${y.bucket})` : y.bucket,
          href: `/launches?year=${y.bucket}`,
          count: y.count,
        })),
      ],
    },
    {
      title: 'Agencies by type',
      links: agencyTypes.slice(0, 6).map((t) => ({
        label: t.label,
        href: `/agencies?type__id=${encodeURIComponent(t.value)}`,
        count: t.count,
      })),
    },
    {
      title: 'Events by type',
      links: eventTypes.slice(0, 6).map((t) => ({
        label: t.label,
        href: `/events?type=${encodeURIComponent(t.value)}`,
        count: t.count,
      })),
    },
  ];
});
