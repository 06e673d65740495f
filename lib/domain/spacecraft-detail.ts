import type { LL2Image } from '@/lib/format/images';
import type { TimeWindow } from '@/lib/timeline/layout';
import type { TimelineEvent } from '@/lib/timeline/model';
import {
  count,
  readDuration,
  readImage,
  readStatus,
  type Duration,
  type StatusInfo,
} from './detail-shared';
import { bool, obj, objs, type Rec, str, text } from '@/lib/ll2/read';
import { toFlightSummary, type FlightSummary } from './related-summaries';
import { toSpacecraftConfigBrief, type SpacecraftConfigBrief } from './spacecraft-config-detail';

export interface SpacecraftDetail {
  id: number;
  name: string;
  serial: string | null;
  status: StatusInfo | null;
  inSpace: boolean | null;
  placeholder: boolean | null;
  flightsCount: number | null;
  missionEndsCount: number | null;
  timeInSpace: Duration | null;
  timeDocked: Duration | null;
  fastestTurnaround: Duration | null;
  description: string | null;
  image: LL2Image | null;
  config: SpacecraftConfigBrief | null;
  /** From the record itself (detailed mode); the page falls back to the flights list. */
  flights: FlightSummary[];
}

export function toSpacecraftDetail(r: Rec): SpacecraftDetail {
  const config = toSpacecraftConfigBrief(r.spacecraft_config);
  return {
    id: Number(r.id),
    name: str(r.name) ?? `Spacecraft ${r.id}`,
    serial: text(r.serial_number),
    status: readStatus(r.status),
    inSpace: bool(r.in_space),
    placeholder: bool(r.is_placeholder),
    flightsCount: count(r.flights_count),
    missionEndsCount: count(r.mission_ends_count),
    timeInSpace: readDuration(r.time_in_space),
    timeDocked: readDuration(r.time_docked),
    fastestTurnaround: readDuration(r.fastest_turnaround),
    description: str(r.description),
    // A spacecraft without its own picture shows its configuration's.
    image: readImage(r.image) ?? readImage(obj(r.spacecraft_config)?.image),
    config,
    flights: objs(r.flights)
      .map(toFlightSummary)
      .filter((f): f is FlightSummary => f !== null),
  };
}

/** Newest first, by launch date or else mission end; undated flights last. */
export function sortFlights(flights: readonly FlightSummary[]): FlightSummary[] {
  const when = (f: FlightSummary) => f.launchDate?.iso ?? f.missionEnd?.iso ?? '';
  return [...flights].sort(
    (a, b) => when(b).localeCompare(when(a)) || Number(b.key) - Number(a.key),
  );
}

const WEEK_MS = 7 * 86_400_000;

/**
 * The span of a spacecraft's own dockings (to now only while it is docked), so a craft that last
 * docked years ago is not drawn as a sliver at the edge of a timeline that runs to today.
 */
export function dockingWindow(events: readonly TimelineEvent[], now: Date): TimeWindow | undefined {
  if (events.length === 0) return undefined;
  const start = Math.min(...events.map((e) => e.start.getTime()));
  const end = Math.max(...events.map((e) => (e.end ?? now).getTime()));
  const span = Math.max(end - start, WEEK_MS);
  const pad = span * 0.04;
  return { start: new Date(start - pad), end: new Date(start + span + pad) };
}
