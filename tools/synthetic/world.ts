import { dateMs, DAY, roundName, synId } from './format';
import { buildStations } from './stations';
import type { PoolAgency, Pools } from './pool-types';
import { hashSeed, rngFor } from './random';
import {
  AGENCY_TYPES,
  COUNTRIES,
  type CountryDef,
  type IdName,
  PROGRAM_TYPES,
  SPACECRAFT_CONFIG_TYPES,
} from './vocab';
import type {
  LaunchStats,
  SynAgency,
  SynConfig,
  SynLocation,
  SynPad,
  SynProgram,
  SynSpacecraftConfig,
  World,
} from './world-types';

/**
 * The fixed cast of the synthetic dataset: agencies, rockets, pads, locations, programs,
 * spacecraft configurations and stations, each with a synthetic id and a marked name. Launch
 * statistics on them are filled in by the plan, before any record is written, so the counters
 * embedded in every launch agree with the launches themselves.
 */

export const emptyStats = (): LaunchStats => ({
  total: 0,
  success: 0,
  failed: 0,
  pending: 0,
  consecutive: 0,
  landingsAttempted: 0,
  landingsSuccess: 0,
  landingsFailed: 0,
  landingsConsecutive: 0,
  spacecraftLandingsAttempted: 0,
  spacecraftLandingsSuccess: 0,
  spacecraftLandingsFailed: 0,
});

export interface WorldCounts {
  agencies: number;
  stations: number;
  programs: number;
}

const REUSABLE_CRAFT =
  /dragon|shuttle|starship|x-37|dream chaser|spaceship|starliner|orion|buran|reusable|capsule 2/i;

function countryList(pools: Pools, codes: string[]): CountryDef[] {
  const out = codes
    .map((c) => pools.countries.get(c))
    .filter((c): c is CountryDef => c !== undefined);
  return out.length > 0 ? out : [COUNTRIES[0]!];
}

/** Orders the pool's agencies so the busiest launch providers always make the cut. */
function agencyOrder(pools: Pools): PoolAgency[] {
  const launches = new Map<number, number>();
  for (const t of pools.templates)
    if (t.lsp !== null) launches.set(t.lsp, (launches.get(t.lsp) ?? 0) + 1);
  const built = new Map<number, number>();
  for (const c of pools.configs)
    if (c.manufacturerRealId !== null)
      built.set(c.manufacturerRealId, (built.get(c.manufacturerRealId) ?? 0) + 1);
  return [...pools.agencies].sort(
    (a, b) =>
      (launches.get(b.realId) ?? 0) - (launches.get(a.realId) ?? 0) ||
      (built.get(b.realId) ?? 0) - (built.get(a.realId) ?? 0) ||
      a.realId - b.realId,
  );
}

const PROGRAM_SUFFIXES: [string, IdName][] = [
  ['Constellation', PROGRAM_TYPES.constellation],
  ['Science Program', PROGRAM_TYPES.science],
  ['Exploration Program', PROGRAM_TYPES.exploration],
  ['Demonstration Program', PROGRAM_TYPES.technology],
  ['Navigation Program', PROGRAM_TYPES.constellation],
  ['Rideshare Program', PROGRAM_TYPES.technology],
];

export function buildWorld(pools: Pools, seed: number, now: number, counts: WorldCounts): World {
  const order = agencyOrder(pools);
  const agencies: SynAgency[] = [];
  const byReal = new Map<number, SynAgency>();
  for (let i = 0; i < counts.agencies; i++) {
    const pool = order[i % order.length]!;
    const round = Math.floor(i / order.length);
    const rng = rngFor(seed, 'agency', i);
    const agency: SynAgency = {
      index: i,
      id: synId('agency', i),
      name: roundName(pool.name, round),
      abbrev: round === 0 ? pool.abbrev : `${pool.abbrev}${round + 1}`,
      type: AGENCY_TYPES[pool.type] ?? AGENCY_TYPES.Unknown!,
      countries: countryList(pools, pool.countries),
      foundingYear: pool.foundingYear ?? (round === 0 ? null : 1990 + rng.int(0, 30)),
      description: pool.description ?? `${pool.name} is a space organisation.`,
      administrator: pool.administrator,
      launchers: pool.launchers,
      spacecraft: pool.spacecraft,
      parentName: pool.parentName,
      featured: i < 25 && rng.chance(0.6),
      stats: emptyStats(),
      configs: [],
      spacecraftConfigs: [],
    };
    agencies.push(agency);
    if (round === 0) byReal.set(pool.realId, agency);
  }
  const byCountry = new Map<string, SynAgency[]>();
  for (const a of agencies) {
    const code = a.countries[0]?.alpha_3_code ?? '';
    byCountry.set(code, [...(byCountry.get(code) ?? []), a]);
  }
  const poolAgencies = new Map(pools.agencies.map((a) => [a.realId, a]));
  const agencyFor = (realId: number | null, salt: string): SynAgency => {
    if (realId !== null) {
      const direct = byReal.get(realId);
      if (direct) return direct;
      const code = poolAgencies.get(realId)?.countries[0];
      const sameCountry = code ? byCountry.get(code) : undefined;
      const candidates = sameCountry && sameCountry.length > 0 ? sameCountry : agencies;
      return candidates[hashSeed(seed, 'agency-map', realId) % candidates.length]!;
    }
    return agencies[hashSeed(seed, 'agency-null', salt) % agencies.length]!;
  };

  const configs: SynConfig[] = pools.configs.map((pool, i) => {
    const manufacturer = agencyFor(pool.manufacturerRealId, `config-${pool.realId}`);
    const config: SynConfig = {
      index: i,
      id: synId('launcherConfig', i),
      familyId: synId('family', hashSeed('family', pool.family) % 1_000_000),
      name: pool.name,
      fullName: pool.fullName,
      family: pool.family,
      pool,
      manufacturer,
      maidenMs: dateMs(pool.maidenFlight),
      stats: emptyStats(),
      fastestTurnaround: null,
    };
    manufacturer.configs.push(config);
    return config;
  });
  const configByReal = new Map(pools.configs.map((c, i) => [c.realId, configs[i]!]));
  const configFor = (realId: number | null, salt: string): SynConfig =>
    (realId !== null ? configByReal.get(realId) : undefined) ??
    configs[hashSeed(seed, 'config-map', realId ?? salt) % configs.length]!;

  const locations: SynLocation[] = pools.locations.map((pool, i) => ({
    index: i,
    id: synId('location', i),
    name: pool.name,
    country: pools.countries.get(pool.country) ?? COUNTRIES[0]!,
    pool,
    totalLaunches: 0,
    totalLandings: 0,
  }));
  const locationByReal = new Map(pools.locations.map((l, i) => [l.realId, locations[i]!]));
  const pads: SynPad[] = pools.pads.map((pool, i) => {
    const agencyIds = new Set<number>();
    const padAgencies = pool.agencyRealIds
      .map((id) => agencyFor(id, `pad-${pool.realId}`))
      .filter((a) => (agencyIds.has(a.id) ? false : (agencyIds.add(a.id), true)));
    return {
      index: i,
      id: synId('pad', i),
      name: pool.name,
      pool,
      location: locationByReal.get(pool.locationRealId) ?? locations[i % locations.length]!,
      agencies: padAgencies,
      totalLaunches: 0,
      orbitalAttempts: 0,
      fastestTurnaround: null,
    };
  });
  const padByReal = new Map(pools.pads.map((p, i) => [p.realId, pads[i]!]));
  const padFor = (realId: number | null, salt: string): SynPad =>
    (realId !== null ? padByReal.get(realId) : undefined) ??
    pads[hashSeed(seed, 'pad-map', realId ?? salt) % pads.length]!;

  const programs: SynProgram[] = pools.programs.map((pool, i) => ({
    index: i,
    id: synId('program', i),
    name: pool.name,
    description: `${pool.name} (synthetic copy of a real programme).`,
    startMs: dateMs(pool.start),
    endMs: dateMs(pool.end),
    agencies: [...new Set(pool.agencyRealIds.map((id) => agencyFor(id, `program-${pool.realId}`)))],
    type: pool.type,
  }));
  for (let i = programs.length; i < counts.programs; i++) {
    const rng = rngFor(seed, 'program', i);
    const owner =
      agencies[
        Math.min(agencies.length - 1, Math.floor(rng.next() ** 2 * Math.min(agencies.length, 60)))
      ]!;
    const [suffix, type] = rng.pick(PROGRAM_SUFFIXES);
    const start = Date.UTC(
      1960 + Math.floor(rng.next() ** 0.5 * 66),
      rng.int(0, 11),
      rng.int(1, 28),
    );
    programs.push({
      index: i,
      id: synId('program', i),
      name: `${owner.abbrev || owner.name.split(' ')[0]} ${suffix} ${i}`,
      description: `A synthetic ${suffix.toLowerCase()} run by ${owner.name}.`,
      startMs: start,
      endMs: rng.chance(0.45) ? start + rng.int(3, 25) * 365 * DAY : null,
      agencies: rng.chance(0.3) ? [owner, rng.pick(agencies)] : [owner],
      type,
    });
  }

  const spacecraftConfigs: SynSpacecraftConfig[] = pools.spacecraftConfigs.map((pool, i) => {
    const agency = agencyFor(pool.agencyRealId, `sc-config-${pool.realId}`);
    const type = SPACECRAFT_CONFIG_TYPES[pool.type] ?? SPACECRAFT_CONFIG_TYPES.Capsule!;
    const config: SynSpacecraftConfig = {
      index: i,
      id: synId('spacecraftConfig', i),
      name: pool.name,
      type,
      agency,
      humanRated: pool.humanRated,
      crewCapacity: pool.crewCapacity,
      inUse: pool.inUse,
      maidenMs: dateMs(pool.maidenFlight),
      reusable: REUSABLE_CRAFT.test(pool.name) || type.name === 'Spaceplane',
      cargo: !pool.humanRated,
      stats: emptyStats(),
    };
    agency.spacecraftConfigs.push(config);
    return config;
  });

  const stations = buildStations(pools, seed, now, counts.stations, agencyFor);
  return {
    seed,
    now,
    agencies,
    configs,
    locations,
    pads,
    programs,
    spacecraftConfigs,
    stations,
    agencyFor,
    configFor,
    padFor,
  };
}
