import { agencies } from './agencies';
import { astronauts } from './astronauts';
import { dockingEvents } from './docking-events';
import { events } from './events';
import { expeditions } from './expeditions';
import { launches } from './launches';
import { launcherConfigurations } from './launcher-configurations';
import { launchers } from './launchers';
import {
  landings,
  locations,
  pads,
  payloadFlights,
  programs,
  spacecraftConfigurations,
  spacecraftFlights,
} from './linked';
import { spaceStations } from './space-stations';
import { spacecraft } from './spacecraft';
import type { ResourceDef } from './types';

export const resources = {
  agencies,
  spacecraft,
  events,
  docking_events: dockingEvents,
  launches,
  space_stations: spaceStations,
  spacecraft_flights: spacecraftFlights,
  spacecraft_configurations: spacecraftConfigurations,
  pads,
  locations,
  programs,
  landings,
  payload_flights: payloadFlights,
  launcher_configurations: launcherConfigurations,
  astronauts,
  expeditions,
  launchers,
} satisfies Record<string, ResourceDef>;

export type ResourceKey = keyof typeof resources;

export const resourceList: ResourceDef[] = Object.values(resources);

export function isResourceKey(key: string): key is ResourceKey {
  return Object.hasOwn(resources, key);
}

export function getResource(key: string): ResourceDef | undefined {
  return isResourceKey(key) ? resources[key] : undefined;
}

export type { ResourceDef } from './types';
