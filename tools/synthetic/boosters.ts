import { DAY, synId, YEAR } from './format';
import {
  type Booster,
  type BoosterUse,
  isFailureStatus,
  isPast,
  type LandingPlan,
  type LandingZone,
  type LaunchPlan,
  suborbital,
} from './launch-types';
import { createRng, hashSeed, pickWeighted } from './random';
import { LANDING_TYPES } from './vocab';
import type { World } from './world-types';

/** Reusable first stages: which booster flies each launch, and whether it lands. */

function landingZones(world: World): LandingZone[] {
  return world.locations.flatMap((location, i) => [
    {
      id: synId('landingLocation', i * 2),
      name: `Landing Zone ${i + 1}`,
      abbrev: `LZ-${i + 1}`,
      location,
      latitude: location.pool.latitude,
      longitude: location.pool.longitude,
      attempted: 0,
      successful: 0,
    },
    {
      id: synId('landingLocation', i * 2 + 1),
      name: `Drone Ship ${i + 1}`,
      abbrev: `DS-${i + 1}`,
      location,
      latitude: location.pool.latitude - 3,
      longitude: location.pool.longitude + 5,
      attempted: 0,
      successful: 0,
    },
  ]);
}

/** Reusable rockets fly boosters again and again; each flight may land (and count) or not. */
export function assignBoosters(
  world: World,
  chronological: LaunchPlan[],
): { boosters: Booster[]; zones: LandingZone[] } {
  const rng = createRng(hashSeed(world.seed, 'boosters'));
  const zones = landingZones(world);
  const zonesByLocation = new Map<number, LandingZone[]>();
  for (const z of zones)
    zonesByLocation.set(z.location.id, [...(zonesByLocation.get(z.location.id) ?? []), z]);
  const fleets = new Map<number, Booster[]>();
  const boosters: Booster[] = [];
  let landingIndex = 0;
  for (const p of chronological) {
    if (!p.config.pool.reusable || suborbital(p)) continue;
    if (p.config.maidenMs !== null && p.time < p.config.maidenMs - YEAR) continue;
    const fleet = fleets.get(p.config.id) ?? [];
    fleets.set(p.config.id, fleet);
    const idle = fleet.filter((b) => b.fate === 'active' && p.time - b.lastMs > 20 * DAY);
    let booster: Booster;
    if (idle.length > 0 && rng.chance(0.75)) {
      booster = rng.pick(idle);
    } else {
      booster = {
        id: synId('launcher', boosters.length),
        serial: `${(p.config.family.replace(/[^A-Za-z]/g, '').slice(0, 1) || 'B').toUpperCase()}${1000 + boosters.length}`,
        config: p.config,
        flights: 0,
        firstMs: p.time,
        lastMs: p.time,
        lastLaunch: null,
        attemptedLandings: 0,
        successfulLandings: 0,
        fate: 'active',
      };
      boosters.push(booster);
      fleet.push(booster);
    }
    const past = isPast(p, world.now);
    const type = pickWeighted<LandingPlan['type']>(rng, [
      [LANDING_TYPES.asds, 55],
      [LANDING_TYPES.rtls, 35],
      [LANDING_TYPES.ocean, 10],
    ]);
    const attempt = type !== LANDING_TYPES.ocean && rng.chance(0.93);
    const success = !past ? null : attempt ? !isFailureStatus(p.status) && rng.chance(0.96) : false;
    const localZones = zonesByLocation.get(p.pad.location.id) ?? zones;
    const zone = type === LANDING_TYPES.rtls ? localZones[0]! : localZones[localZones.length - 1]!;
    const use: BoosterUse = {
      booster,
      flightNumber: booster.flights + 1,
      previous: booster.lastLaunch,
      turnaround: booster.lastLaunch ? Math.round((p.time - booster.lastLaunch.time) / 1000) : null,
      landing: {
        id: synId('landing', landingIndex++),
        attempt,
        success,
        type,
        zone,
        downrange: type === LANDING_TYPES.rtls ? rng.int(5, 15) : rng.int(300, 650),
      },
    };
    p.booster = use;
    if (
      use.turnaround !== null &&
      past &&
      (p.config.fastestTurnaround === null || use.turnaround < p.config.fastestTurnaround)
    ) {
      p.config.fastestTurnaround = use.turnaround;
    }
    booster.flights += 1;
    booster.lastMs = p.time;
    booster.lastLaunch = p;
    if (past) {
      if (attempt) {
        booster.attemptedLandings += 1;
        zone.attempted += 1;
        if (success) {
          booster.successfulLandings += 1;
          zone.successful += 1;
          zone.location.totalLandings += 1;
        }
      }
      if (!attempt) booster.fate = 'expended';
      else if (!success) booster.fate = 'destroyed';
    }
  }
  return { boosters, zones };
}
