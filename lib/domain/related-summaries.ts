/**
 * Related lists on detail pages (an agency's launches, a location's pads), mapped with the list
 * cards' own summary mappers, and a spacecraft's flights, which have no list page of their own.
 */
import type { RelatedList } from '@/lib/data/related';
import type { WireRecord } from '@/lib/resources/types';
import {
  readDuration,
  readMoment,
  recordLink,
  type Duration,
  type Moment,
  type RecordLink,
} from './detail-shared';
import { nameOf, obj, type Rec, str } from '@/lib/ll2/read';

export interface Related<T> {
  total: number;
  items: T[];
}

export function toRelated<T>(list: RelatedList, map: (r: WireRecord) => T | null): Related<T> {
  return { total: list.count, items: list.results.map(map).filter((x): x is T => x !== null) };
}

/**
 * Maps a related list as it arrives. A failed lookup becomes `null` (logged here), so the page
 * still renders the record and shows a notice in place of that one list.
 */
export function loadRelated<T>(
  list: Promise<RelatedList>,
  map: (r: WireRecord) => T | null,
): Promise<Related<T> | null> {
  return list.then(
    (l) => toRelated(l, map),
    (error: unknown) => {
      console.error('A related list failed to load', error);
      return null;
    },
  );
}

/** One flight of a spacecraft: the launch it rode, where it went, how it came home. */
export interface FlightSummary {
  key: string;
  launch: RecordLink | null;
  launchDate: Moment | null;
  destination: string | null;
  missionEnd: Moment | null;
  duration: Duration | null;
  turnaround: Duration | null;
  landing: LandingSummary | null;
  dockingsHref: string;
}

export interface LandingSummary {
  type: string | null;
  location: string | null;
  /** true / false when known; null while pending or unrecorded. */
  success: boolean | null;
  attempted: boolean | null;
  description: string | null;
}

export function toLandingSummary(value: unknown): LandingSummary | null {
  const l = obj(value);
  if (!l) return null;
  const summary: LandingSummary = {
    type: nameOf(l.type) ?? null,
    location: nameOf(l.landing_location) ?? null,
    success: typeof l.success === 'boolean' ? l.success : null,
    attempted: typeof l.attempt === 'boolean' ? l.attempt : null,
    description: str(l.description) ?? null,
  };
  return summary.type || summary.location || summary.description || summary.success !== null
    ? summary
    : null;
}

export function toFlightSummary(r: Rec): FlightSummary | null {
  const id = r.id;
  if (typeof id !== 'number' && typeof id !== 'string') return null;
  const launch = obj(r.launch);
  return {
    key: String(id),
    launch: recordLink('launches', launch),
    launchDate: readMoment(launch?.net, launch?.net_precision),
    destination: str(r.destination) ?? null,
    missionEnd: readMoment(r.mission_end),
    duration: readDuration(r.duration),
    turnaround: readDuration(r.turn_around_time),
    landing: toLandingSummary(r.landing),
    dockingsHref: `/docking-events?flight_vehicle_chaser__id=${encodeURIComponent(String(id))}`,
  };
}
