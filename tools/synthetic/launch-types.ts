import type { LANDING_TYPES, LaunchStatusKey, NetPrecisionKey, OrbitKey } from './vocab';
import type { SynAgency, SynConfig, SynLocation, SynPad, SynProgram } from './world-types';

/** One launch as the plan decides it: small facts, serialised into LL2 records later. */

export interface LaunchCounters {
  orbital: number | null;
  orbitalYear: number | null;
  location: number;
  locationYear: number;
  pad: number;
  padYear: number;
  agency: number;
  agencyYear: number;
}

export type LaunchKind = 'human' | 'cargo' | 'none';

export interface LaunchPlan {
  index: number;
  id: string;
  rocketId: number;
  missionId: number;
  time: number;
  status: LaunchStatusKey;
  precision: NetPrecisionKey;
  agency: SynAgency;
  config: SynConfig;
  pad: SynPad;
  mission: string | null;
  missionType: string;
  orbit: OrbitKey;
  kind: LaunchKind;
  programs: SynProgram[];
  customer: SynAgency | null;
  windowSeconds: number;
  lastUpdated: number;
  probability: number | null;
  hashtag: string | null;
  vids: number;
  name: string;
  slug: string;
  failReason: string | null;
  counters: LaunchCounters;
  designator: string | null;
  padTurnaround: number | null;
  booster: BoosterUse | null;
  /** Set by the flight pass. */
  flightIndex: number;
  payloadIndex: number;
}

export interface LaunchPlanSet {
  launches: LaunchPlan[];
  /** Launch indexes in time order. */
  chronological: LaunchPlan[];
  boosters: Booster[];
  zones: LandingZone[];
}

/** Reusable first stages: which booster flies each launch, and whether it lands. */

export interface LandingPlan {
  id: number;
  attempt: boolean;
  success: boolean | null;
  type: (typeof LANDING_TYPES)[keyof typeof LANDING_TYPES];
  zone: LandingZone;
  downrange: number | null;
}

export interface LandingZone {
  id: number;
  name: string;
  abbrev: string;
  location: SynLocation;
  latitude: number;
  longitude: number;
  attempted: number;
  successful: number;
}

export interface Booster {
  id: number;
  serial: string;
  config: SynConfig;
  flights: number;
  firstMs: number;
  lastMs: number;
  lastLaunch: LaunchPlan | null;
  attemptedLandings: number;
  successfulLandings: number;
  /** 'active' | 'expended' | 'destroyed'. */
  fate: 'active' | 'expended' | 'destroyed';
}

export interface BoosterUse {
  booster: Booster;
  flightNumber: number;
  previous: LaunchPlan | null;
  turnaround: number | null;
  landing: LandingPlan;
}

export const suborbital = (p: LaunchPlan) => p.orbit === 'SUB';
export const isPast = (p: LaunchPlan, now: number) => p.time <= now;
export const isFailureStatus = (s: LaunchStatusKey) => s === 'failure' || s === 'partial';
export const isSuccessStatus = (s: LaunchStatusKey) => s === 'success' || s === 'deployed';
