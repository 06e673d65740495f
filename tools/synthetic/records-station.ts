import type { DockingPlan } from './flight-types';
import { apiUrl, isoDate, isoTime, SYN } from './format';
import { agencyNormal, brief, memo } from './records-common';
import { flightMini, flightNormal, payloadFlightNormal } from './records-spacecraft';
import type { SynPort, SynStation } from './world';

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

function dockingLocation(d: DockingPlan): Json {
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

const times = (d: DockingPlan): Json => ({
  id: d.id,
  url: apiUrl('docking_events', d.id),
  docking: isoTime(d.docking),
  departure: d.departure === null ? null : isoTime(d.departure),
});

/** DockingEventForChaserNormal: a docking as seen from the visiting vehicle. */
export const dockingForChaser = memo((d: DockingPlan): Json => ({
  ...times(d),
  docking_location: dockingLocation(d),
  space_station_target: stationNormal(d.station),
  flight_vehicle_target: null,
  payload_flight_target: null,
}));

/** DockingEventEndpointDetailed: the `/docking_events/` record. */
export function dockingEventRecord(d: DockingPlan): Json {
  return {
    ...times(d),
    docking_location: dockingLocation(d),
    space_station_target: stationMini(d.station),
    flight_vehicle_target: null,
    payload_flight_target: null,
    response_mode: 'detailed',
    flight_vehicle_chaser: d.flight ? flightNormal(d.flight) : null,
    space_station_chaser: null,
    payload_flight_chaser: d.payload ? payloadFlightNormal(d.payload) : null,
  };
}

/** SpaceStationDetailedEndpoint, with who is docked right now. */
export function stationRecord(s: SynStation, open: DockingPlan[]): Json {
  const here = open.filter((d) => d.station === s);
  const crew = here.reduce((sum, d) => sum + (d.flight?.crew.length ?? 0), 0);
  return {
    ...stationNormal(s),
    owners: s.owners.map(agencyNormal),
    response_mode: 'detailed',
    active_expeditions: [],
    height: s.height,
    width: s.width,
    mass: s.mass,
    volume: s.volume,
    onboard_crew: crew,
    docked_vehicles: here.length,
    docking_location: s.ports.map((port) => {
      const d = here.find((x) => x.port === port);
      return {
        id: port.id,
        name: `${SYN}${port.name}`,
        currently_docked: d
          ? {
              ...times(d),
              flight_vehicle_chaser: d.flight ? flightMini(d.flight) : null,
              space_station_chaser: null,
              payload_flight_chaser: d.payload ? payloadFlightNormal(d.payload) : null,
            }
          : null,
      };
    }),
    active_docking_events: here.map(dockingForChaser),
  };
}
