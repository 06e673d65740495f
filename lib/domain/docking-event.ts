import type { LL2Image } from '@/lib/format/images';
import { dockingEvents } from '@/lib/resources/docking-events';
import { detailHref } from '@/lib/resources/href';
import type { WireRecord } from '@/lib/resources/types';
import { at, image, iso, obj, str } from '@/lib/ll2/read';

export interface DockingParty {
  name: string;
  kind: 'spacecraft' | 'payload' | 'station';
  /** Spacecraft serial number, when the party is a spacecraft. */
  serial: string | null;
}

export interface DockingEventSummary {
  id: number | string;
  href: string;
  chaser: DockingParty | null;
  target: DockingParty | null;
  port: string | null;
  docking: string | null;
  departure: string | null;
  /** Whole seconds between docking and departure, when both are known. */
  durationSeconds: number | null;
  image: LL2Image | null;
  /** The chaser flight's launch, e.g. "Falcon 9 Block 5 | Crew-9". */
  launch: string | null;
}

function party(record: WireRecord, side: 'chaser' | 'target'): DockingParty | null {
  const flight = obj(record[`flight_vehicle_${side}`]);
  const craft = str(at(flight, 'spacecraft.name'));
  if (craft)
    return { name: craft, kind: 'spacecraft', serial: str(at(flight, 'spacecraft.serial_number')) };
  const payload = str(at(record, `payload_flight_${side}.payload.name`));
  if (payload) return { name: payload, kind: 'payload', serial: null };
  const station = str(at(record, `space_station_${side}.name`));
  if (station) return { name: station, kind: 'station', serial: null };
  if (side === 'target') {
    const host = str(at(record, 'docking_location.spacestation.name'));
    if (host) return { name: host, kind: 'station', serial: null };
  }
  return null;
}

export function toDockingEventSummary(record: WireRecord): DockingEventSummary {
  const docking = iso(record.docking);
  const departure = iso(record.departure);
  const seconds =
    docking && departure ? Math.round((Date.parse(departure) - Date.parse(docking)) / 1000) : null;
  return {
    id: record.id,
    href: detailHref(dockingEvents, record),
    chaser: party(record, 'chaser'),
    target: party(record, 'target'),
    port: str(at(record, 'docking_location.name')),
    docking,
    departure,
    durationSeconds: seconds !== null && seconds >= 0 ? seconds : null,
    image:
      image(at(record, 'flight_vehicle_chaser.spacecraft.image')) ??
      image(at(record, 'payload_flight_chaser.payload.image')) ??
      image(at(record, 'space_station_target.image')) ??
      image(at(record, 'docking_location.spacestation.image')),
    launch:
      str(at(record, 'flight_vehicle_chaser.launch.name')) ??
      str(at(record, 'payload_flight_chaser.launch.name')),
  };
}
