import { slugify } from '@/lib/resources/slug';
import type { DockingPlan, FlightSet } from './flight-types';
import { apiUrl, DAY, isoDuration, isoTime, SYN, synId, YEAR } from './format';
import { cadence, FIRST_YEAR, LAST_YEAR, snap } from './dates';
import type { LaunchPlan, LaunchPlanSet } from './launch-types';
import { cumulative, rngFor, tokenFrom, type Rng } from './random';
import { agencyMini, programRecord } from './records-common';
import { launchBasic } from './records-launch';
import { stationNormal } from './records-station';
import {
  ENGLISH,
  EVENT_TYPES,
  type EventTypeDef,
  NET_PRECISION,
  type NetPrecisionKey,
  VID_TYPES,
} from './vocab';
import type { SynAgency, SynProgram, SynStation, World } from './world-types';

/**
 * Events: static fires, rollouts and landings tied to launches; dockings and undockings tied to
 * docking events; spacewalks at stations; press events about programmes. Like LL2, most of them
 * are recent, and the ones still ahead have vaguer dates.
 */

export interface EventPlan {
  index: number;
  id: number;
  type: EventTypeDef;
  time: number;
  precision: NetPrecisionKey | null;
  name: string;
  slug: string;
  seconds: number | null;
  location: string | null;
  launches: LaunchPlan[];
  stations: SynStation[];
  agencies: SynAgency[];
  programs: SynProgram[];
  vids: number;
  lastUpdated: number;
}

const TYPE_WEIGHTS = cumulative(EVENT_TYPES.map((t) => t.weight));

function eventMonths(now: number): { starts: number[]; weights: Float64Array } {
  const starts: number[] = [];
  const weights: number[] = [];
  for (let year = 1960; year <= LAST_YEAR; year++) {
    for (let month = 0; month < 12; month++) {
      const start = Date.UTC(year, month, 1);
      const mid = start + 15 * DAY;
      const fade = mid > now ? Math.exp(-(mid - now) / (0.8 * YEAR)) : 1;
      starts.push(start);
      weights.push(cadence(year) ** 1.6 * fade * (year - FIRST_YEAR + 5));
    }
  }
  return { starts, weights: cumulative(weights) };
}

function nearestIndex<T>(items: T[], time: number, at: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at(items[mid]!) < time) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, items.length - 1);
}

function near<T>(rng: Rng, items: T[], time: number, at: (item: T) => number, spread: number): T {
  const i = nearestIndex(items, time, at);
  return items[Math.max(0, Math.min(items.length - 1, i + rng.int(-spread, spread)))]!;
}

function chaserName(d: DockingPlan): string {
  return d.flight?.craft.name ?? d.payload?.name ?? 'Visiting vehicle';
}

export function planEvents(
  world: World,
  plans: LaunchPlanSet,
  flights: FlightSet,
  count: number,
): EventPlan[] {
  const { seed, now } = world;
  const months = eventMonths(now);
  const slugs = new Map<string, number>();
  const events: EventPlan[] = [];
  const dockings = flights.dockings;
  const departures = dockings
    .filter((d) => d.departure !== null)
    .sort((a, b) => a.departure! - b.departure!);
  const stations = world.stations.filter((s) => s.foundedMs <= now);
  for (let i = 0; i < count; i++) {
    const rng = rngFor(seed, 'event', i);
    let type = EVENT_TYPES[rng.weighted(TYPE_WEIGHTS)]!;
    const monthIndex = rng.weighted(months.weights);
    const start = months.starts[monthIndex]!;
    let time = start + Math.floor(rng.next() * 28 * DAY);
    let about = type.about;
    if (about === 'docking' && dockings.length === 0) about = 'station';
    if (about === 'station' && stations.length === 0) about = 'agency';

    let name: string;
    let location: string | null = null;
    let launches: LaunchPlan[] = [];
    let eventStations: SynStation[] = [];
    let agencies: SynAgency[] = [];
    let programs: SynProgram[] = [];
    let seconds: number | null = null;
    if (about === 'launch') {
      const launch = near(rng, plans.chronological, time, (p) => p.time, 30);
      time =
        type.name === 'Landing'
          ? launch.time + rng.int(8, 60) * 60_000
          : launch.time - rng.int(1, 14) * DAY - rng.int(0, 86_399) * 1000;
      name = `${launch.mission ?? launch.config.name} ${type.name}`;
      location = `${SYN}${launch.pad.location.name}`;
      launches = [launch];
      agencies = [launch.agency];
      programs = launch.programs;
      if (type.name === 'Static Fire') seconds = rng.int(3, 12);
    } else if (about === 'docking') {
      const undock = type.name === 'Spacecraft Undocking' && departures.length > 0;
      const d = undock
        ? near(rng, departures, time, (x) => x.departure!, 5)
        : near(rng, dockings, time, (x) => x.docking, 5);
      time = undock ? d.departure! : d.docking;
      if (!undock) type = EVENT_TYPES.find((t) => t.name === 'Docking') ?? type;
      const chaser = chaserName(d);
      name = undock
        ? `${chaser} undocks from ${d.station.name}`
        : `${chaser} docks to ${d.station.name}`;
      location = `${SYN}${d.station.name}`;
      eventStations = [d.station];
      const launch = d.flight?.launch ?? d.payload?.launch;
      launches = launch ? [launch] : [];
      agencies = launch ? [launch.agency] : [];
    } else if (about === 'station') {
      const active = stations.filter(
        (s) => s.foundedMs <= time && (s.deorbitedMs === null || s.deorbitedMs > time),
      );
      const station = active.length > 0 ? rng.pick(active) : rng.pick(stations);
      if (active.length === 0)
        time =
          station.foundedMs +
          Math.floor(rng.next() * ((station.deorbitedMs ?? now) - station.foundedMs));
      name = `${station.name} ${type.name} ${rng.int(1, 400)}`;
      location = `${SYN}${station.name}`;
      eventStations = [station];
      agencies = station.owners.slice(0, 2);
      if (type.name === 'EVA') seconds = rng.int(240, 480) * 60;
    } else if (about === 'program' && world.programs.length > 0) {
      const active = world.programs.filter(
        (p) => (p.startMs ?? 0) <= time && (p.endMs === null || p.endMs >= time),
      );
      const program = active.length > 0 ? rng.pick(active) : rng.pick(world.programs);
      name = `${program.name} ${type.name}`;
      programs = [program];
      agencies = program.agencies.slice(0, 2);
      if (type.name === 'Press Event') seconds = rng.int(45, 120) * 60;
    } else {
      const agency =
        world.agencies[Math.floor(rng.next() ** 2 * Math.min(world.agencies.length, 80))]!;
      name = `${agency.abbrev || agency.name} ${type.name}`;
      location = agency.countries[0]?.name ?? null;
      agencies = [agency];
      if (type.name === 'Conference') seconds = rng.int(60, 480) * 60;
    }

    let precision: NetPrecisionKey | null;
    if (time <= now) precision = rng.chance(0.35) ? null : rng.chance(0.7) ? 'minute' : 'hour';
    else {
      const days = (time - now) / DAY;
      precision =
        days < 30 ? (rng.chance(0.6) ? 'minute' : 'hour') : rng.chance(0.6) ? 'day' : 'month';
    }
    if (precision) {
      const snapped = snap(time, precision);
      if (time > now && snapped <= now) precision = 'minute';
      else time = snapped;
    }
    const full = `${SYN}${name}`;
    const base = slugify(full);
    const seen = slugs.get(base) ?? 0;
    slugs.set(base, seen + 1);
    const lastUpdated =
      time <= now
        ? Math.min(now, time + Math.floor(rng.next() ** 3 * 400 * DAY))
        : now - Math.floor(rng.next() * 40 * DAY);
    events.push({
      index: i,
      id: synId('event', i),
      type,
      time,
      precision,
      name: full,
      slug: seen === 0 ? base : `${base}-${seen + 1}`,
      seconds,
      location,
      launches,
      stations: eventStations,
      agencies: [...new Set(agencies)],
      programs,
      vids: time >= Date.UTC(2012, 0, 1) && rng.chance(0.6) ? 1 : 0,
      lastUpdated,
    });
  }
  return events;
}

/** EventEndpointDetailed: the `/events/` record. */
export function eventRecord(e: EventPlan, seed: number): Record<string, unknown> {
  const rng = rngFor(seed, 'event-text', e.index);
  return {
    id: e.id,
    url: apiUrl('events', e.id),
    name: e.name,
    info_urls: [],
    vid_urls:
      e.vids === 0
        ? []
        : [
            {
              priority: 10,
              source: 'video.synthetic.invalid',
              publisher: null,
              title: e.name,
              description: null,
              feature_image: null,
              url: `https://video.synthetic.invalid/watch?v=${tokenFrom(rng, 11)}`,
              type: VID_TYPES[0],
              language: ENGLISH,
              start_time: null,
              end_time: null,
              live: false,
            },
          ],
    image: null,
    date: isoTime(e.time),
    slug: e.slug,
    type: { id: e.type.id, name: e.type.name },
    description: `${e.name}: a synthetic ${e.type.name.toLowerCase()} event.`,
    webcast_live: false,
    location: e.location,
    date_precision: e.precision ? NET_PRECISION[e.precision] : null,
    response_mode: 'detailed',
    duration: e.seconds === null ? null : isoDuration(e.seconds),
    updates: [],
    last_updated: isoTime(e.lastUpdated),
    agencies: e.agencies.map(agencyMini),
    launches: e.launches.map(launchBasic),
    expeditions: [],
    spacestations: e.stations.map(stationNormal),
    program: e.programs.map(programRecord),
    astronauts: [],
  };
}
