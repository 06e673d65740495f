import type { DockingPlan } from './flight-types';
import { apiUrl, isoDate, isoTime, SYN } from './format';
import { brief, memo } from './records-common';
import type { SynPort, SynStation } from './world-types';

type Json = Record<string, unknown>;

export const stationMini = memo((s: SynStation): Json => ({
  id: s.id,
  url: apiUrl('space_stations', s.id),
  name: `${SYN}${s.name}`,
  image: null,
}));

export const stationNormal = memo((s: SynStation): Json => ({
  ...stationMini(s),
  status: s.status,
  founded: isoDate(s.foundedMs),
  deorbited: s.deorbitedMs === null ? null : isoDate(s.deorbitedMs),
  description: brief(s.description),
  orbit: s.orbit,
  type: s.type,
}));

const portRecords = new WeakMap<SynPort, Json>();

export function dockingLocation(d: DockingPlan): Json {
  let record = portRecords.get(d.port);
  if (!record) {
    record = {
      id: d.port.id,
      name: `${SYN}${d.port.name}`,
      spacestation: stationMini(d.station),
      spacecraft: null,
      payload: null,
    };
    portRecords.set(d.port, record);
  }
  return record;
}

export const dockingTimes = (d: DockingPlan): Json => ({
  id: d.id,
  url: apiUrl('docking_events', d.id),
  docking: isoTime(d.docking),
  departure: d.departure === null ? null : isoTime(d.departure),
});

/** DockingEventForChaserNormal: a docking as seen from the visiting vehicle. */
export const dockingForChaser = memo((d: DockingPlan): Json => ({
  ...dockingTimes(d),
  docking_location: dockingLocation(d),
  space_station_target: stationNormal(d.station),
  flight_vehicle_target: null,
  payload_flight_target: null,
}));
