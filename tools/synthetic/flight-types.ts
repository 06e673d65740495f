import type { LandingZone } from './launch-types';
import { SYN } from './format';
import type { LaunchPlan } from './launch-types';
import {
  type ASTRONAUT_ROLES,
  type CountryDef,
  type IdName,
  type LANDING_TYPES,
  ORBITS,
} from './vocab';
import type { SynAgency, SynPort, SynSpacecraftConfig, SynStation } from './world-types';

/** Spacecraft, their flights and crews, payload flights and dockings, as the plan decides them. */

export interface Astronaut {
  index: number;
  id: number;
  name: string;
  agency: SynAgency;
  nationality: CountryDef;
  bornMs: number;
  flights: number;
  firstMs: number;
  lastMs: number;
  secondsInSpace: number;
  inSpace: boolean;
  privateFlyer: boolean;
  active: boolean;
  age: number;
}

export interface CrewSeat {
  id: number;
  astronaut: Astronaut;
  role: (typeof ASTRONAUT_ROLES)[number];
}

export interface Craft {
  index: number;
  id: number;
  name: string;
  serial: string;
  config: SynSpacecraftConfig;
  flights: FlightPlan[];
  placeholder: boolean;
  destroyed: boolean;
  stats: CraftStats;
}

export interface CraftStats {
  inSpace: boolean;
  secondsInSpace: number;
  secondsDocked: number;
  flights: number;
  missionEnds: number;
  fastestTurnaround: number | null;
  status: IdName;
}

export interface CraftLanding {
  id: number;
  success: boolean | null;
  type: (typeof LANDING_TYPES)[keyof typeof LANDING_TYPES];
  zone: LandingZone;
}

export interface FlightPlan {
  index: number;
  id: number;
  launch: LaunchPlan;
  craft: Craft;
  crew: CrewSeat[];
  plannedEnd: number;
  /** When the flight ended; null while it is still flying or has not launched. */
  endMs: number | null;
  landing: CraftLanding | null;
  dockings: DockingPlan[];
  turnaround: number | null;
}

export interface PayloadFlightPlan {
  index: number;
  id: number;
  payloadId: number;
  name: string;
  launch: LaunchPlan;
  operator: SynAgency;
  manufacturer: SynAgency;
  dockings: DockingPlan[];
}

export interface DockingPlan {
  index: number;
  id: number;
  station: SynStation;
  port: SynPort;
  docking: number;
  departure: number | null;
  flight: FlightPlan | null;
  payload: PayloadFlightPlan | null;
}

export interface FlightSet {
  flights: FlightPlan[];
  crafts: Craft[];
  astronauts: Astronaut[];
  payloads: PayloadFlightPlan[];
  dockings: DockingPlan[];
}

export const isFailedLaunch = (p: LaunchPlan) => p.status === 'failure' || p.status === 'partial';

/** Where a flight was going: the station it docked with, else its orbit. */
export function destinationOf(flight: FlightPlan): string {
  const station = flight.dockings[0]?.station;
  return station ? `${SYN}${station.name}` : ORBITS[flight.launch.orbit].name;
}
