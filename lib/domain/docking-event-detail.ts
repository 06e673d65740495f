import type { LL2Image } from '@/lib/format/images';
import { resources } from '@/lib/resources';
import type { WireRecord } from '@/lib/resources/types';
import {
  listHref,
  readDuration,
  readImage,
  readMoment,
  recordLink,
  type Duration,
  type Moment,
  type RecordLink,
} from './detail-shared';
import { at, nameOf, obj, type Rec, str } from '@/lib/ll2/read';
import { toLandingSummary, type LandingSummary } from './related-summaries';

export interface DockingFlight {
  destination: string | null;
  launch: RecordLink | null;
  landing: LandingSummary | null;
  missionEnd: Moment | null;
  duration: Duration | null;
  /** Every docking of this flight, in the docking log. */
  dockingsHref: string | null;
}

export interface DockingParty {
  kind: 'spacecraft' | 'payload' | 'station';
  name: string;
  /** Its page on our site (spacecraft, station); payloads have none. */
  link: RecordLink | null;
  /** "Crew Dragon 2 · SpaceX", a payload's type and operator. */
  detail: string | null;
  image: LL2Image | null;
  flight: DockingFlight | null;
}

export interface DockingPort {
  name: string;
  station: RecordLink | null;
  dockingsHref: string | null;
}

export interface DockingEventDetail {
  id: number;
  title: string;
  chaser: DockingParty | null;
  target: DockingParty | null;
  port: DockingPort | null;
  docking: Moment | null;
  departure: Moment | null;
  /** Docked and not yet departed. */
  dockedNow: boolean;
  /** The departure time has passed (a future departure is a plan). */
  departed: boolean;
  /** The docking is still ahead. */
  upcoming: boolean;
  /** Docked time so far (docked now) or in all (departed). */
  durationSeconds: number | null;
  image: LL2Image | null;
  stationDockingsHref: string | null;
}

function flightOf(f: Rec, dockingsParam: string | null): DockingFlight {
  return {
    destination: str(f.destination) ?? null,
    launch: recordLink('launches', f.launch),
    landing: toLandingSummary(f.landing),
    missionEnd: readMoment(f.mission_end),
    duration: readDuration(f.duration),
    dockingsHref:
      dockingsParam && typeof f.id === 'number'
        ? listHref('docking_events', { [dockingsParam]: f.id })
        : null,
  };
}

function spacecraftParty(flight: Rec, dockingsParam: string | null): DockingParty | null {
  const craft = obj(flight.spacecraft);
  const name = str(craft?.name);
  if (!craft || !name) return null;
  const config = obj(craft.spacecraft_config);
  return {
    kind: 'spacecraft',
    name,
    link: recordLink('spacecraft', craft),
    detail: [str(config?.name), nameOf(config?.agency)].filter(Boolean).join(' · ') || null,
    image: readImage(craft.image) ?? readImage(config?.image),
    flight: flightOf(flight, dockingsParam),
  };
}

function payloadParty(flight: Rec): DockingParty | null {
  const payload = obj(flight.payload);
  const name = str(payload?.name);
  if (!payload || !name) return null;
  return {
    kind: 'payload',
    name,
    link: null,
    detail:
      [nameOf(payload.type), nameOf(payload.operator) ?? nameOf(payload.manufacturer)]
        .filter(Boolean)
        .join(' · ') || null,
    image: readImage(payload.image),
    flight: flightOf(flight, null),
  };
}

function stationParty(value: unknown): DockingParty | null {
  const station = obj(value);
  const name = str(station?.name);
  if (!station || !name) return null;
  return {
    kind: 'station',
    name,
    link: recordLink('space_stations', station),
    detail: nameOf(station.orbit) ?? null,
    image: readImage(station.image),
    flight: null,
  };
}

function readChaser(r: Rec): DockingParty | null {
  const flight = obj(r.flight_vehicle_chaser);
  const payload = obj(r.payload_flight_chaser);
  return (
    (flight ? spacecraftParty(flight, 'flight_vehicle_chaser__id') : null) ??
    (payload ? payloadParty(payload) : null) ??
    stationParty(r.space_station_chaser)
  );
}

function readTarget(r: Rec): DockingParty | null {
  const flight = obj(r.flight_vehicle_target);
  const payload = obj(r.payload_flight_target);
  return (
    stationParty(r.space_station_target) ??
    (flight ? spacecraftParty(flight, null) : null) ??
    (payload ? payloadParty(payload) : null) ??
    stationParty(at(r, 'docking_location.spacestation'))
  );
}

function readPort(r: Rec): DockingPort | null {
  const location = obj(r.docking_location);
  const name = str(location?.name);
  if (!location || !name) return null;
  return {
    name,
    station: recordLink('space_stations', location.spacestation),
    dockingsHref:
      typeof location.id === 'number'
        ? listHref('docking_events', { docking_location__id: location.id })
        : null,
  };
}

export function toDockingEventDetail(r: WireRecord, now: Date): DockingEventDetail {
  const docking = readMoment(r.docking);
  const departure = readMoment(r.departure);
  const start = docking ? Date.parse(docking.iso) : NaN;
  const end = departure ? Date.parse(departure.iso) : NaN;
  const started = Number.isFinite(start) && start <= now.getTime();
  const departed = Number.isFinite(end) && end <= now.getTime();
  const dockedNow = started && !departed;
  const durationEnd = Number.isFinite(end)
    ? Math.min(end, Math.max(now.getTime(), start))
    : now.getTime();
  const chaser = readChaser(r);
  const target = readTarget(r);
  const stationId =
    at(r, 'space_station_target.id') ?? at(r, 'docking_location.spacestation.id');
  return {
    id: Number(r.id),
    title: resources.docking_events.title(r),
    chaser,
    target,
    port: readPort(r),
    docking,
    departure,
    dockedNow,
    departed,
    upcoming: Number.isFinite(start) && start > now.getTime(),
    durationSeconds: started ? Math.max(0, (durationEnd - start) / 1000) : null,
    image: chaser?.image ?? target?.image ?? null,
    stationDockingsHref:
      typeof stationId === 'number'
        ? listHref('docking_events', { space_station_target__id: stationId })
        : null,
  };
}
