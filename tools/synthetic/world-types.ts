import type { PoolConfig, PoolLocation, PoolPad } from './pool-types';
import type { CountryDef, IdName } from './vocab';

/** The fixed cast of the synthetic dataset, as world.ts builds it from the pools. */

export interface LaunchStats {
  total: number;
  success: number;
  failed: number;
  pending: number;
  consecutive: number;
  landingsAttempted: number;
  landingsSuccess: number;
  landingsFailed: number;
  landingsConsecutive: number;
  spacecraftLandingsAttempted: number;
  spacecraftLandingsSuccess: number;
  spacecraftLandingsFailed: number;
}

export interface SynAgency {
  index: number;
  id: number;
  name: string;
  abbrev: string;
  type: IdName;
  countries: CountryDef[];
  foundingYear: number | null;
  description: string;
  administrator: string | null;
  launchers: string;
  spacecraft: string;
  parentName: string | null;
  featured: boolean;
  stats: LaunchStats;
  configs: SynConfig[];
  spacecraftConfigs: SynSpacecraftConfig[];
}

export interface SynConfig {
  index: number;
  id: number;
  familyId: number;
  name: string;
  fullName: string;
  family: string;
  pool: PoolConfig;
  manufacturer: SynAgency;
  maidenMs: number | null;
  stats: LaunchStats;
  fastestTurnaround: number | null;
}

export interface SynLocation {
  index: number;
  id: number;
  name: string;
  country: CountryDef;
  pool: PoolLocation;
  totalLaunches: number;
  totalLandings: number;
}

export interface SynPad {
  index: number;
  id: number;
  name: string;
  pool: PoolPad;
  location: SynLocation;
  agencies: SynAgency[];
  totalLaunches: number;
  orbitalAttempts: number;
  fastestTurnaround: number | null;
}

export interface SynProgram {
  index: number;
  id: number;
  name: string;
  description: string;
  startMs: number | null;
  endMs: number | null;
  agencies: SynAgency[];
  type: IdName;
}

export interface SynSpacecraftConfig {
  index: number;
  id: number;
  name: string;
  type: IdName;
  agency: SynAgency;
  humanRated: boolean;
  crewCapacity: number | null;
  inUse: boolean;
  maidenMs: number | null;
  reusable: boolean;
  cargo: boolean;
  stats: LaunchStats;
}

export interface SynPort {
  id: number;
  name: string;
}

export interface SynStation {
  index: number;
  id: number;
  name: string;
  foundedMs: number;
  deorbitedMs: number | null;
  status: IdName;
  type: IdName;
  orbit: string;
  owners: SynAgency[];
  ports: SynPort[];
  description: string;
  height: number | null;
  width: number | null;
  mass: number | null;
  volume: number | null;
}

export interface World {
  seed: number;
  now: number;
  agencies: SynAgency[];
  configs: SynConfig[];
  locations: SynLocation[];
  pads: SynPad[];
  programs: SynProgram[];
  spacecraftConfigs: SynSpacecraftConfig[];
  stations: SynStation[];
  agencyFor(realId: number | null, salt: string): SynAgency;
  configFor(realId: number | null, salt: string): SynConfig;
  padFor(realId: number | null, salt: string): SynPad;
}
