import type { LL2Image } from '@/lib/format/images';
import type { WireRecord } from '@/lib/resources/types';
import {
  count,
  listHref,
  readImage,
  readMoment,
  readStatus,
  recordLink,
  recordLinks,
  type Moment,
  type RecordLink,
  type StatusInfo,
} from './detail-shared';
import { at, nameOf, num, obj, objs, type Rec, str, text } from '@/lib/ll2/read';

export interface StationExpedition {
  key: string;
  name: string;
  /** Its page, when the nested copy has an id. */
  link: RecordLink | null;
  start: Moment | null;
  end: Moment | null;
}

export interface StationPort {
  key: string;
  name: string;
  /** What LL2's station record says is docked there. */
  occupant: string | null;
}

export interface SpaceStationDetail {
  id: number;
  name: string;
  status: StatusInfo | null;
  type: string | null;
  orbit: string | null;
  founded: Moment | null;
  deorbited: Moment | null;
  description: string | null;
  image: LL2Image | null;
  owners: RecordLink[];
  /** Metres, tonnes, cubic metres. */
  height: number | null;
  width: number | null;
  mass: number | null;
  volume: number | null;
  onboardCrew: number | null;
  dockedVehicles: number | null;
  expeditions: StationExpedition[];
  ports: StationPort[];
  dockingsHref: string;
  expeditionsHref: string;
}

function positive(value: unknown): number | null {
  const n = num(value);
  return n !== null && n > 0 ? n : null;
}

function occupantName(value: unknown): string | null {
  return (
    nameOf(at(value, 'flight_vehicle_chaser.spacecraft')) ??
    nameOf(at(value, 'payload_flight_chaser.payload')) ??
    nameOf(at(value, 'space_station_chaser')) ??
    nameOf(at(value, 'spacecraft')) ??
    nameOf(value) ??
    null
  );
}

export function toSpaceStationDetail(r: Rec): SpaceStationDetail {
  const id = Number(r.id);
  return {
    id,
    name: str(r.name) ?? `Space station ${r.id}`,
    status: readStatus(r.status),
    type: nameOf(r.type) ?? null,
    orbit: nameOf(r.orbit) ?? null,
    founded: readMoment(r.founded, 'Day'),
    deorbited: readMoment(r.deorbited, 'Day'),
    description: str(r.description),
    image: readImage(r.image) ?? readImage(r.image_url),
    owners: recordLinks('agencies', r.owners),
    height: positive(r.height),
    width: positive(r.width),
    mass: positive(r.mass),
    volume: positive(r.volume),
    onboardCrew: count(r.onboard_crew),
    dockedVehicles: count(r.docked_vehicles),
    expeditions: objs(r.active_expeditions).flatMap((e, i) => {
      const name = str(e.name);
      return name
        ? [
            {
              key: text(e.id) ?? `exp-${i}`,
              name,
              link: recordLink('expeditions', e),
              start: readMoment(e.start),
              end: readMoment(e.end),
            },
          ]
        : [];
    }),
    ports: objs(r.docking_location).flatMap((p, i) => {
      const name = str(p.name);
      return name
        ? [
            {
              key: text(p.id) ?? `port-${i}`,
              name,
              occupant: p.currently_docked ? occupantName(p.currently_docked) : null,
            },
          ]
        : [];
    }),
    dockingsHref: listHref('docking_events', { space_station_target__id: id }),
    expeditionsHref: listHref('expeditions', { space_station: id }),
  };
}

export interface DockedNowEntry {
  key: string;
  /** The docking event's page. */
  href: string;
  vehicle: string;
  vehicleLink: RecordLink | null;
  port: string | null;
  since: Moment | null;
  elapsedSeconds: number | null;
}

/**
 * Who is docked now: docking events that have started and have no departure (or a departure
 * still ahead), from the docking log and the station record's own `active_docking_events`.
 */
export function toDockedNow(
  dockings: readonly WireRecord[],
  station: Rec,
  now: Date,
): DockedNowEntry[] {
  const seen = new Set<string>();
  const entries: DockedNowEntry[] = [];
  for (const d of [...dockings, ...objs(station.active_docking_events)]) {
    const id = d.id;
    if ((typeof id !== 'number' && typeof id !== 'string') || seen.has(String(id))) continue;
    const since = readMoment(d.docking);
    const start = since ? Date.parse(since.iso) : NaN;
    const departure = Date.parse(str(d.departure) ?? '');
    if (!Number.isFinite(start) || start > now.getTime()) continue;
    if (Number.isFinite(departure) && departure <= now.getTime()) continue;
    seen.add(String(id));
    const craft = obj(at(d, 'flight_vehicle_chaser.spacecraft'));
    entries.push({
      key: String(id),
      href:
        recordLink('docking_events', d)?.href ??
        `/docking-events/${encodeURIComponent(String(id))}`,
      vehicle: occupantName(d) ?? 'Unknown vehicle',
      vehicleLink: recordLink('spacecraft', craft),
      port: nameOf(d.docking_location) ?? null,
      since,
      elapsedSeconds: (now.getTime() - start) / 1000,
    });
  }
  return entries.sort((a, b) => (a.since?.iso ?? '').localeCompare(b.since?.iso ?? ''));
}

/** Ports with their occupants from the docking log, which is newer than the station record. */
export function portsWithOccupants(
  ports: readonly StationPort[],
  dockedNow: readonly DockedNowEntry[],
): StationPort[] {
  return ports.map((p) => {
    const here = dockedNow.filter((d) => d.port === p.name).map((d) => d.vehicle);
    return here.length ? { ...p, occupant: here.join(', ') } : p;
  });
}
