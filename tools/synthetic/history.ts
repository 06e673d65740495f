import {
  isFailureStatus,
  isPast,
  isSuccessStatus,
  type LaunchPlan,
  suborbital,
} from './launch-types';
import type { LaunchStats, World } from './world-types';

/**
 * What needs the whole history in time order: attempt counters, COSPAR designators, pad
 * turnarounds and each agency's, rocket's and pad's launch statistics.
 */

export function countAttempts(world: World, chronological: LaunchPlan[]): void {
  const total = new Map<string, number>();
  const bump = (key: string) => {
    const n = (total.get(key) ?? 0) + 1;
    total.set(key, n);
    return n;
  };
  const designators = new Map<number, number>();
  const lastAtPad = new Map<number, number>();
  for (const p of chronological) {
    const year = new Date(p.time).getUTCFullYear();
    const c = p.counters;
    if (!suborbital(p)) {
      c.orbital = bump('orbital');
      c.orbitalYear = bump(`orbital:${year}`);
    }
    c.location = bump(`loc:${p.pad.location.id}`);
    c.locationYear = bump(`loc:${p.pad.location.id}:${year}`);
    c.pad = bump(`pad:${p.pad.id}`);
    c.padYear = bump(`pad:${p.pad.id}:${year}`);
    c.agency = bump(`agency:${p.agency.id}`);
    c.agencyYear = bump(`agency:${p.agency.id}:${year}`);
    if (isPast(p, world.now) && isSuccessStatus(p.status) && !suborbital(p)) {
      const seq = (designators.get(year) ?? 0) + 1;
      designators.set(year, seq);
      p.designator = `${year}-${String(seq).padStart(3, '0')}`;
    }
    const previous = lastAtPad.get(p.pad.id);
    if (previous !== undefined) {
      p.padTurnaround = Math.round((p.time - previous) / 1000);
      if (
        isPast(p, world.now) &&
        (p.pad.fastestTurnaround === null || p.padTurnaround < p.pad.fastestTurnaround)
      ) {
        p.pad.fastestTurnaround = p.padTurnaround;
      }
    }
    lastAtPad.set(p.pad.id, p.time);
  }
}

function tally(stats: LaunchStats, p: LaunchPlan, now: number): void {
  if (!isPast(p, now)) {
    stats.pending += 1;
    return;
  }
  stats.total += 1;
  if (isFailureStatus(p.status)) {
    stats.failed += 1;
    stats.consecutive = 0;
  } else {
    stats.success += 1;
    stats.consecutive += 1;
  }
  const landing = p.booster?.landing;
  if (landing?.attempt) {
    stats.landingsAttempted += 1;
    if (landing.success) {
      stats.landingsSuccess += 1;
      stats.landingsConsecutive += 1;
    } else {
      stats.landingsFailed += 1;
      stats.landingsConsecutive = 0;
    }
  }
}

export function tallyStats(world: World, chronological: LaunchPlan[]): void {
  for (const p of chronological) {
    tally(p.agency.stats, p, world.now);
    tally(p.config.stats, p, world.now);
    if (isPast(p, world.now)) {
      p.pad.totalLaunches += 1;
      p.pad.location.totalLaunches += 1;
      if (!suborbital(p)) p.pad.orbitalAttempts += 1;
    }
  }
}
