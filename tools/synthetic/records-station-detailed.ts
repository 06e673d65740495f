import type { DockingPlan } from './flight-types';
import { SYN } from './format';
import { agencyNormal } from './records-common';
import { flightMini, flightNormal, payloadFlightNormal } from './records-spacecraft';
import {
  dockingForChaser,
  dockingLocation,
  dockingTimes,
  stationMini,
  stationNormal,
} from './records-station';
import type { SynStation } from './world-types';

/**
 * The `/space_stations/` and `/docking_events/` records. Apart from the embedded station and
 * docking forms (records-station.ts) because they embed spacecraft flights, which embed those
 * forms in turn.
 */

type Json = Record<string, unknown>;

/** DockingEventEndpointDetailed: the `/docking_events/` record. */
export function dockingEventRecord(d: DockingPlan): Json {
  return {
    ...dockingTimes(d),
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
              ...dockingTimes(d),
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
