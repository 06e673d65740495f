import type { LL2Image } from '@/lib/format/images';
import type { WireRecord } from '@/lib/resources/types';
import {
  count,
  listHref,
  readDuration,
  readImage,
  readMoment,
  readStatus,
  recordLink,
  type Duration,
  type Moment,
  type RecordLink,
  type StatusInfo,
} from './detail-shared';
import { bool, obj, objs, type Rec, str, text } from '@/lib/ll2/read';
import { toLandingSummary, type LandingSummary } from './related-summaries';

export interface BoosterDetail {
  id: number;
  /** The serial, or "Booster 12" for a record without one. */
  serial: string;
  serialNumber: string | null;
  status: StatusInfo | null;
  flightProven: boolean | null;
  placeholder: boolean | null;
  details: string | null;
  image: LL2Image | null;
  rocket: RecordLink | null;
  flights: number | null;
  attemptedLandings: number | null;
  successfulLandings: number | null;
  firstLaunch: Moment | null;
  lastLaunch: Moment | null;
  fastestTurnaround: Duration | null;
  /** Its launches on our launch list (LL2 filters launches by booster serial). */
  launchesHref: string | null;
}

export function toBoosterDetail(r: Rec): BoosterDetail {
  const id = typeof r.id === 'number' ? r.id : Number(r.id);
  const serial = text(r.serial_number);
  return {
    id,
    serial: serial ?? `Booster ${r.id}`,
    serialNumber: serial,
    status: readStatus(r.status),
    flightProven: bool(r.flight_proven),
    placeholder: bool(r.is_placeholder),
    details: str(r.details),
    image: readImage(r.image),
    rocket: recordLink('launcher_configurations', r.launcher_config),
    flights: count(r.flights),
    attemptedLandings: count(r.attempted_landings),
    successfulLandings: count(r.successful_landings),
    firstLaunch: readMoment(r.first_launch_date),
    lastLaunch: readMoment(r.last_launch_date),
    fastestTurnaround: readDuration(r.fastest_turnaround),
    launchesHref: serial ? listHref('launches', { serial_number: serial }) : null,
  };
}

/** One flight of a booster: the launch, its place in the booster's career, and how it came back. */
export interface BoosterFlight {
  key: string;
  launch: RecordLink | null;
  launchStatus: StatusInfo | null;
  net: Moment | null;
  /** LL2's count of this booster's flights, this one included. */
  flightNumber: number | null;
  reused: boolean | null;
  /** Since the booster's previous flight: LL2's own figure, else the gap between our two launches. */
  turnaround: Duration | null;
  landing: LandingSummary | null;
  /** The launch site the landing zone belongs to, when we have a page for it. */
  landingSite: RecordLink | null;
}

const SECOND = 1000;

function gap(fromIso: string, toIso: string): Duration | null {
  const seconds = Math.round((Date.parse(toIso) - Date.parse(fromIso)) / SECOND);
  if (!Number.isFinite(seconds) || seconds <= 0) return null;
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  return readDuration(`P${days}DT${hours}H${Math.floor((seconds % 3600) / 60)}M`);
}

/**
 * A booster's flights from the launches that name it (`rocket.launcher_stage[].launcher`), oldest
 * first. A launch flying it twice (a side booster and core are separate stages) counts once.
 */
export function toBoosterFlights(
  booster: { id: number; serial: string },
  launches: readonly WireRecord[],
): BoosterFlight[] {
  const flights: BoosterFlight[] = [];
  for (const launch of launches) {
    const stage = objs(obj(launch.rocket)?.launcher_stage).find((s) => {
      const l = obj(s.launcher);
      return (
        l?.id === booster.id ||
        (text(l?.serial_number) !== null && text(l?.serial_number) === booster.serial)
      );
    });
    if (!stage) continue;
    const landing = obj(stage.landing);
    const site = obj(obj(landing?.landing_location)?.location);
    flights.push({
      key: String(launch.id),
      launch: recordLink('launches', launch),
      launchStatus: readStatus(launch.status),
      net: readMoment(launch.net, launch.net_precision),
      flightNumber: count(stage.launcher_flight_number),
      reused: bool(stage.reused),
      turnaround: readDuration(stage.turn_around_time),
      landing: toLandingSummary(landing),
      landingSite: recordLink('locations', site),
    });
  }
  flights.sort((a, b) => (a.net?.iso ?? '').localeCompare(b.net?.iso ?? ''));
  return flights.map((f, i) => {
    const previous = flights[i - 1];
    if (f.turnaround || !previous?.net || !f.net) return f;
    return { ...f, turnaround: gap(previous.net.iso, f.net.iso) };
  });
}
