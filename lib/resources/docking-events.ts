import { compare, datetime, defineResource, exact, int, ref, text } from './define';
import type { WireRecord } from './types';
import { at } from '@/lib/ll2/read';

function chaserName(r: WireRecord): string {
  const name =
    at(r, 'flight_vehicle_chaser.spacecraft.name') ??
    at(r, 'payload_flight_chaser.payload.name') ??
    at(r, 'space_station_chaser.name');
  return typeof name === 'string' ? name : 'Unknown vehicle';
}

function targetName(r: WireRecord): string {
  const name =
    at(r, 'space_station_target.name') ??
    at(r, 'flight_vehicle_target.spacecraft.name') ??
    at(r, 'payload_flight_target.payload.name') ??
    at(r, 'docking_location.spacestation.name');
  return typeof name === 'string' ? name : 'Unknown target';
}

export const dockingEvents = defineResource({
  key: 'docking_events',
  apiPath: 'docking_events/',
  route: '/docking-events',
  singular: 'Docking event',
  plural: 'Docking events',
  idType: 'int',
  fields: {
    id: int('ID', 'id'),
    docking: datetime('Docking', 'docking'),
    departure: datetime('Departure', 'departure'),
    docking_location__id: ref('Docking port', 'docking_location.id', 'docking_location.name'),
    flight_vehicle_chaser__id: ref('Chaser flight', 'flight_vehicle_chaser.id', 'flight_vehicle_chaser.spacecraft.name'),
    space_station_target__id: ref('Target station', 'space_station_target.id', 'space_station_target.name'),
    docking_location__name: text('Docking port name', 'docking_location.name'),
    flight_vehicle_chaser__spacecraft__name: text('Chaser spacecraft', 'flight_vehicle_chaser.spacecraft.name'),
    flight_vehicle_target__spacecraft__name: text('Target spacecraft', 'flight_vehicle_target.spacecraft.name'),
    payload_flight_chaser__payload__name: text('Chaser payload', 'payload_flight_chaser.payload.name'),
    payload_flight_target__payload__name: text('Target payload', 'payload_flight_target.payload.name'),
    space_station_chaser__name: text('Chaser station', 'space_station_chaser.name'),
    space_station_target__name: text('Target station name', 'space_station_target.name'),
  },
  filters: [
    ...compare('docking', ['gt', 'gte', 'lt', 'lte']),
    exact('docking_location__id'),
    exact('flight_vehicle_chaser__id'),
    exact('space_station_target__id'),
  ],
  search: [
    'docking_location__name',
    'flight_vehicle_chaser__spacecraft__name',
    'flight_vehicle_target__spacecraft__name',
    'payload_flight_chaser__payload__name',
    'payload_flight_target__payload__name',
    'space_station_chaser__name',
    'space_station_target__name',
  ],
  ordering: ['departure', 'docking'],
  defaultOrdering: ['docking'],
  modes: ['normal', 'detailed'],
  defaultMode: 'normal',
  dateField: 'docking',
  title: (r) => `${chaserName(r)} → ${targetName(r)}`,
  nested: [
    { path: 'docking_location.spacestation', resource: 'space_stations' },
    { path: 'space_station_target', resource: 'space_stations' },
    { path: 'space_station_chaser', resource: 'space_stations' },
    { path: 'flight_vehicle_chaser', resource: 'spacecraft_flights' },
    { path: 'flight_vehicle_target', resource: 'spacecraft_flights' },
    { path: 'payload_flight_chaser', resource: 'payload_flights' },
    { path: 'payload_flight_target', resource: 'payload_flights' },
  ],
});
