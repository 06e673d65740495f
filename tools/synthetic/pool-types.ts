import type { CountryDef, IdName } from './vocab';

/** The name pools the generator draws from, as `loadPools` reads them (see pools.ts). */

export interface PoolAgency {
  realId: number;
  name: string;
  abbrev: string;
  type: string;
  countries: string[];
  foundingYear: number | null;
  description: string | null;
  administrator: string | null;
  launchers: string;
  spacecraft: string;
  parentName: string | null;
}

export interface PoolConfig {
  realId: number;
  name: string;
  fullName: string;
  family: string;
  variant: string;
  manufacturerRealId: number | null;
  maidenFlight: string | null;
  reusable: boolean;
  active: boolean;
  alias: string;
  minStage: number | null;
  maxStage: number | null;
  length: number | null;
  diameter: number | null;
  launchMass: number | null;
  leoCapacity: number | null;
  gtoCapacity: number | null;
  toThrust: number | null;
  launchCost: number | null;
}

export interface PoolLocation {
  realId: number;
  name: string;
  country: string;
  latitude: number;
  longitude: number;
  timezone: string;
}

export interface PoolPad {
  realId: number;
  name: string;
  latitude: number;
  longitude: number;
  locationRealId: number;
  agencyRealIds: number[];
}

export interface PoolSpacecraftConfig {
  realId: number;
  name: string;
  type: string;
  agencyRealId: number | null;
  humanRated: boolean;
  crewCapacity: number | null;
  inUse: boolean;
  maidenFlight: string | null;
}

export interface PoolStation {
  realId: number;
  name: string;
  founded: string;
  deorbited: string | null;
  status: string;
  type: string;
  orbit: string;
  ownerRealIds: number[];
  ports: string[];
  description: string;
  height: number | null;
  width: number | null;
  mass: number | null;
  volume: number | null;
}

export interface PoolProgram {
  realId: number;
  name: string;
  start: string | null;
  end: string | null;
  agencyRealIds: number[];
  type: IdName;
}

/** One real launch, reduced to what the generator copies: who, what, where, which mission. */
export interface PoolTemplate {
  time: number;
  lsp: number | null;
  config: number | null;
  pad: number | null;
  mission: string | null;
  missionType: string | null;
}

export interface Pools {
  source: 'snapshot' | 'builtin';
  agencies: PoolAgency[];
  configs: PoolConfig[];
  locations: PoolLocation[];
  pads: PoolPad[];
  spacecraftConfigs: PoolSpacecraftConfig[];
  stations: PoolStation[];
  programs: PoolProgram[];
  /** Sorted by time. */
  templates: PoolTemplate[];
  countries: Map<string, CountryDef>;
  firstNames: string[];
  lastNames: string[];
}
