import type { LandingZone } from './launch-types';
import { assignCrew } from './crew';
import { scheduleDockings } from './dockings';
import {
  type Astronaut,
  type Craft,
  type CraftStats,
  type FlightPlan,
  type FlightSet,
  isFailedLaunch,
} from './flight-types';
import { DAY, synId, YEAR } from './format';
import type { LaunchPlan, LaunchPlanSet } from './launch-types';
import type { Pools } from './pool-types';
import { createRng, hashSeed, rngFor, type Rng } from './random';
import { LANDING_TYPES, SPACECRAFT_STATUS } from './vocab';
import type { SynSpacecraftConfig, World } from './world-types';

/**
 * Pass two: which launches carry a spacecraft, which craft flies (reusable ones again and
 * again), who is on board, then the dockings; finally each craft's and agency's totals.
 */

const CRAFT_NAMES = [
  'Aurora',
  'Borealis',
  'Comet',
  'Dawn',
  'Eagle',
  'Horizon',
  'Intrepid',
  'Journey',
  'Kestrel',
  'Liberty',
  'Meteor',
  'Nova',
  'Odyssey',
  'Pioneer',
  'Quest',
  'Ranger',
  'Spirit',
  'Triumph',
  'Vanguard',
  'Zenith',
];

function serviceEnd(config: SynSpacecraftConfig): number {
  if (config.inUse || config.maidenMs === null) return Number.POSITIVE_INFINITY;
  return config.maidenMs + (config.reusable ? 30 : 15) * YEAR;
}

function chooseConfig(world: World, p: LaunchPlan, rng: Rng): SynSpacecraftConfig | null {
  const fits = (c: SynSpacecraftConfig, strictKind: boolean) =>
    (c.maidenMs === null || c.maidenMs <= p.time + YEAR) &&
    p.time <= serviceEnd(c) &&
    (!strictKind || (p.kind === 'human' ? c.humanRated : p.kind === 'cargo' ? c.cargo : true));
  const country = p.agency.countries[0]?.alpha_3_code;
  for (const strictKind of [true, false]) {
    const usable = world.spacecraftConfigs.filter((c) => fits(c, strictKind));
    const tiers = [
      usable.filter((c) => c.agency === p.agency || c.agency === p.config.manufacturer),
      usable.filter((c) => c.agency.countries[0]?.alpha_3_code === country),
      usable,
    ];
    const tier = tiers.find((t) => t.length > 0);
    if (!tier) continue;
    if (rng.chance(0.7))
      return tier.reduce((a, b) => ((b.maidenMs ?? 0) > (a.maidenMs ?? 0) ? b : a));
    return rng.pick(tier);
  }
  return null;
}

function plannedSeconds(p: LaunchPlan, config: SynSpacecraftConfig, rng: Rng): number {
  if (p.orbit === 'SUB') return rng.int(600, 900);
  if (isFailedLaunch(p)) return rng.int(60, 600);
  if (config.type.name === 'Spaceplane' && !config.humanRated) return rng.int(30, 900) * 86400;
  if (p.kind === 'human') {
    if (config.type.name === 'Spaceplane') return rng.int(7, 16) * 86400 + rng.int(0, 86399);
    const year = new Date(p.time).getUTCFullYear();
    if (year >= 1971 && rng.chance(0.7)) return rng.int(30, 200) * 86400 + rng.int(0, 86399);
    return rng.int(1, 14) * 86400 + rng.int(0, 86399);
  }
  if (p.kind === 'cargo') return rng.int(20, 90) * 86400 + rng.int(0, 86399);
  return rng.int(1, 30) * 86400 + rng.int(0, 86399);
}

export function planFlights(
  world: World,
  pools: Pools,
  plans: LaunchPlanSet,
  spacecraftCount: number,
  dockingCount: number,
): FlightSet {
  const { seed, now } = world;
  const firstMaiden = Math.min(
    ...world.spacecraftConfigs.map((c) => c.maidenMs ?? Number.POSITIVE_INFINITY),
  );
  const candidates = plans.chronological.filter(
    (p) => p.kind !== 'none' && p.time >= firstMaiden - 2 * YEAR,
  );
  const others = plans.chronological.filter(
    (p) =>
      p.kind === 'none' && p.time >= firstMaiden && /test|technology|secret/i.test(p.missionType),
  );
  const pick = Math.min(1, spacecraftCount / Math.max(1, candidates.length));
  const extra = Math.max(0, spacecraftCount - candidates.length * pick);
  const pickOther = Math.min(1, extra / Math.max(1, others.length));
  const selected = new Set<LaunchPlan>();
  for (const p of candidates)
    if (rngFor(seed, 'flight-select', p.index).chance(pick)) selected.add(p);
  for (const p of others)
    if (rngFor(seed, 'flight-select', p.index).chance(pickOther)) selected.add(p);

  const rng = createRng(hashSeed(seed, 'flights'));
  const crafts: Craft[] = [];
  const fleets = new Map<number, Craft[]>();
  const flights: FlightPlan[] = [];
  const zonesByLocation = new Map<number, LandingZone>();
  for (const z of plans.zones)
    if (!zonesByLocation.has(z.location.id)) zonesByLocation.set(z.location.id, z);
  const roster = new Map<number, Astronaut[]>();
  const astronauts: Astronaut[] = [];

  const newCraft = (config: SynSpacecraftConfig, placeholder: boolean): Craft => {
    const fleet = fleets.get(config.id) ?? [];
    fleets.set(config.id, fleet);
    const k = fleet.length + 1;
    const craft: Craft = {
      index: crafts.length,
      id: synId('spacecraft', crafts.length),
      name: config.reusable
        ? `${config.name} ${CRAFT_NAMES[(k - 1) % CRAFT_NAMES.length]!}${k > CRAFT_NAMES.length ? ` ${Math.ceil(k / CRAFT_NAMES.length)}` : ''}`
        : `${config.name} #${k}`,
      serial: `${config.name
        .replace(/[^A-Za-z0-9]/g, '')
        .slice(0, 4)
        .toUpperCase()}-${String(k).padStart(3, '0')}`,
      config,
      flights: [],
      placeholder,
      destroyed: false,
      stats: {
        inSpace: false,
        secondsInSpace: 0,
        secondsDocked: 0,
        flights: 0,
        missionEnds: 0,
        fastestTurnaround: null,
        status: SPACECRAFT_STATUS.unknown,
      },
    };
    crafts.push(craft);
    fleet.push(craft);
    return craft;
  };

  for (const p of plans.chronological) {
    if (!selected.has(p)) continue;
    const config = chooseConfig(world, p, rng);
    if (!config) continue;
    const fleet = fleets.get(config.id) ?? [];
    const idle = fleet.filter(
      (c) =>
        !c.destroyed &&
        (c.flights.at(-1)?.plannedEnd ?? 0) < p.time - 30 * DAY &&
        c.flights.length < 25,
    );
    let craft: Craft | undefined;
    if (config.reusable && idle.length > 0 && rng.chance(0.65)) craft = rng.pick(idle);
    else if (crafts.length < spacecraftCount) craft = newCraft(config, false);
    else craft = idle[0] ?? fleet[0];
    if (!craft) continue;
    const seconds = plannedSeconds(p, config, rng);
    const plannedEnd = p.time + seconds * 1000;
    const ended = p.time <= now && plannedEnd <= now;
    const previous = craft.flights.at(-1);
    const zone = zonesByLocation.get(p.pad.location.id) ?? plans.zones[0]!;
    const flight: FlightPlan = {
      index: flights.length,
      id: synId('spacecraftFlight', flights.length),
      launch: p,
      craft,
      crew: [],
      plannedEnd,
      endMs: ended ? plannedEnd : null,
      landing:
        p.time > now
          ? null
          : {
              id: synId('landing', 5_000_000 + flights.length),
              success: ended ? !isFailedLaunch(p) && rng.chance(0.98) : null,
              type:
                config.type.name === 'Spaceplane'
                  ? LANDING_TYPES.runway
                  : /dragon|apollo|orion|gemini|mercury/i.test(config.name)
                    ? LANDING_TYPES.ocean
                    : LANDING_TYPES.parachute,
              zone,
            },
      dockings: [],
      turnaround: previous?.endMs != null ? Math.round((p.time - previous.endMs) / 1000) : null,
    };
    if (flight.landing?.success === false || isFailedLaunch(p)) craft.destroyed = true;
    craft.flights.push(flight);
    p.flightIndex = flight.index;
    if (p.kind === 'human' && config.humanRated)
      flight.crew = assignCrew(pools, rng, flight, roster, astronauts, now);
    flights.push(flight);
  }
  while (crafts.length < spacecraftCount && world.spacecraftConfigs.length > 0) {
    const config = rng.pick(world.spacecraftConfigs);
    newCraft(config, rng.chance(0.5));
  }

  const { payloads, dockings } = scheduleDockings(world, plans, flights, dockingCount);
  for (const a of astronauts) {
    a.secondsInSpace = 0;
    a.inSpace = false;
  }
  for (const f of flights) {
    if (f.launch.time > now) continue;
    const end = f.endMs ?? now;
    for (const seat of f.crew) {
      seat.astronaut.secondsInSpace += Math.max(0, Math.round((end - f.launch.time) / 1000));
      if (f.endMs === null) seat.astronaut.inSpace = true;
    }
  }
  for (const a of astronauts) {
    a.active = a.inSpace || now - a.lastMs < 8 * YEAR;
    a.age = Math.floor((now - a.bornMs) / YEAR);
  }
  for (const craft of crafts) craft.stats = craftStats(craft, now);
  for (const f of flights) {
    if (f.launch.time > now || !f.landing || f.landing.success === null) continue;
    for (const stats of [f.craft.config.stats, f.launch.agency.stats]) {
      stats.spacecraftLandingsAttempted += 1;
      if (f.landing.success) stats.spacecraftLandingsSuccess += 1;
      else stats.spacecraftLandingsFailed += 1;
    }
    f.craft.config.stats.total += 1;
    if (isFailedLaunch(f.launch)) f.craft.config.stats.failed += 1;
    else f.craft.config.stats.success += 1;
  }
  return { flights, crafts, astronauts, payloads, dockings };
}

function craftStats(craft: Craft, now: number): CraftStats {
  const flown = craft.flights.filter((f) => f.launch.time <= now);
  const inSpace = flown.some((f) => f.endMs === null);
  const secondsInSpace = flown.reduce(
    (sum, f) => sum + Math.max(0, ((f.endMs ?? now) - f.launch.time) / 1000),
    0,
  );
  const secondsDocked = flown.reduce(
    (sum, f) =>
      sum +
      f.dockings.reduce((s, d) => s + Math.max(0, ((d.departure ?? now) - d.docking) / 1000), 0),
    0,
  );
  const turnarounds = flown
    .map((f) => f.turnaround)
    .filter((t): t is number => t !== null && t > 0);
  const last = flown.at(-1);
  const status = craft.destroyed
    ? SPACECRAFT_STATUS.destroyed
    : inSpace
      ? SPACECRAFT_STATUS.active
      : !craft.config.reusable && flown.length > 0
        ? SPACECRAFT_STATUS.singleUse
        : last && now - last.launch.time < 6 * YEAR
          ? SPACECRAFT_STATUS.active
          : flown.length > 0
            ? SPACECRAFT_STATUS.retired
            : craft.config.inUse
              ? SPACECRAFT_STATUS.active
              : SPACECRAFT_STATUS.unknown;
  return {
    inSpace,
    secondsInSpace: Math.round(secondsInSpace),
    secondsDocked: Math.round(secondsDocked),
    flights: flown.length,
    missionEnds: flown.filter((f) => f.endMs !== null).length,
    fastestTurnaround: turnarounds.length > 0 ? Math.min(...turnarounds) : null,
    status,
  };
}
