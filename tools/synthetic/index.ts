import type { WireRecord } from '@/lib/resources/types';
import { eventRecord, type EventPlan, planEvents } from './events';
import type { FlightSet } from './flight-types';
import { planFlights } from './flights';
import { DAY } from './format';
import type { LaunchPlanSet } from './launch-types';
import { planLaunches } from './plan';
import type { Pools } from './pool-types';
import { loadPools } from './pools';
import { agencyRecord } from './records-common';
import { launchDetailed } from './records-launch-detailed';
import { spacecraftRecord } from './records-spacecraft';
import { dockingEventRecord, stationRecord } from './records-station-detailed';
import { buildWorld } from './world';
import type { World } from './world-types';

/**
 * The synthetic LL2 dataset: valid 2.3.0 detailed records at any scale, the same for the same
 * seed (and the same `now`), clearly marked: names start with "[SYN] ", ids start at 10,000,000.
 */

export interface SyntheticOptions {
  launches: number;
  agencies?: number;
  spacecraft?: number;
  events?: number;
  dockingEvents?: number;
  stations?: number;
  programs?: number;
  seed?: number;
  /** The generator's "today": launches after it are upcoming. Defaults to the start of the current UTC day. */
  now?: Date;
  /** Top-level records per batch. */
  batchSize?: number;
  /** Directory of a saved LL2 snapshot to draw real names from (default: invented ones). */
  poolDir?: string;
}

export interface SyntheticCounts {
  launches: number;
  agencies: number;
  spacecraft: number;
  events: number;
  dockingEvents: number;
  stations: number;
  programs: number;
}

/**
 * Default proportions: agencies ≈ N/300 (min 50), spacecraft ≈ N/50, events ≈ N/10, dockings ≈ N/60.
 * Dockings at N/60 give the busiest station (about three quarters of them) well over 1,000 events
 * at 100,000 launches, the size of timeline the benchmark loads.
 */
export function syntheticCounts(options: SyntheticOptions): SyntheticCounts {
  const n = Math.max(0, Math.floor(options.launches));
  const pick = (value: number | undefined, fallback: number) =>
    value === undefined ? fallback : Math.max(0, Math.floor(value));
  return {
    launches: n,
    agencies: Math.max(1, pick(options.agencies, Math.max(50, Math.round(n / 300)))),
    spacecraft: pick(options.spacecraft, Math.round(n / 50)),
    events: pick(options.events, Math.round(n / 10)),
    dockingEvents: pick(options.dockingEvents, Math.round(n / 60)),
    stations: Math.max(1, pick(options.stations, 12)),
    programs: pick(options.programs, Math.max(20, Math.round(n / 2000))),
  };
}

export interface SyntheticDataset {
  seed: number;
  now: number;
  counts: SyntheticCounts;
  pools: Pools;
  world: World;
  plans: LaunchPlanSet;
  flights: FlightSet;
  events: EventPlan[];
}

export const DEFAULT_SEED = 42;

export function startOfUtcDay(date: Date): number {
  return Math.floor(date.getTime() / DAY) * DAY;
}

/** Plans the whole dataset (cheap facts only); records are serialised later, batch by batch. */
export function planSyntheticDataset(options: SyntheticOptions): SyntheticDataset {
  const seed = options.seed ?? DEFAULT_SEED;
  const now = startOfUtcDay(options.now ?? new Date());
  const counts = syntheticCounts(options);
  const pools = loadPools(options.poolDir);
  const world = buildWorld(pools, seed, now, counts);
  const plans = planLaunches(world, pools, counts.launches);
  const flights = planFlights(world, pools, plans, counts.spacecraft, counts.dockingEvents);
  const events = planEvents(world, plans, flights, counts.events);
  return { seed, now, counts, pools, world, plans, flights, events };
}

export interface SyntheticBatch {
  /** Store resource key (`launches`, `docking_events`). */
  resource: string;
  records: WireRecord[];
  /** Top-level records of this resource produced so far, including this batch. */
  done: number;
  total: number;
}

function* chunks<T>(
  resource: string,
  items: readonly T[],
  size: number,
  build: (item: T) => Record<string, unknown>,
): Generator<SyntheticBatch> {
  for (let start = 0; start < items.length; start += size) {
    const slice = items.slice(start, start + size);
    yield {
      resource,
      records: slice.map(build) as WireRecord[],
      done: start + slice.length,
      total: items.length,
    };
  }
}

/** Yields the dataset's top-level records in batches, richest shapes first. */
export function* syntheticBatches(
  dataset: SyntheticDataset,
  batchSize = 2000,
): Generator<SyntheticBatch> {
  const { world, plans, flights, events, seed, now } = dataset;
  const size = Math.max(1, Math.floor(batchSize));
  yield* chunks('agencies', world.agencies, size, agencyRecord);
  const open = flights.dockings.filter((d) => d.departure === null && d.docking <= now);
  yield* chunks('space_stations', world.stations, size, (s) => stationRecord(s, open));
  yield* chunks('spacecraft', flights.crafts, size, spacecraftRecord);
  yield* chunks('launches', plans.launches, size, (p) => launchDetailed(p, flights, seed));
  yield* chunks('events', events, size, (e) => eventRecord(e, seed));
  yield* chunks('docking_events', flights.dockings, size, dockingEventRecord);
}

/** `generateSyntheticDataset({ launches: 1000, seed: 7 })`: plans, then yields batches of records. */
export function* generateSyntheticDataset(options: SyntheticOptions): Generator<SyntheticBatch> {
  yield* syntheticBatches(planSyntheticDataset(options), options.batchSize);
}

export { SYN, SYN_ID_BASE } from './format';
