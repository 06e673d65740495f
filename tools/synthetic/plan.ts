import { slugify } from '@/lib/resources/slug';
import { assignBoosters } from './boosters';
import { LAST_YEAR, monthWeights, precisionFor } from './dates';
import { DAY, SYN, synId, YEAR } from './format';
import { countAttempts, tallyStats } from './history';
import type { LaunchKind, LaunchPlan, LaunchPlanSet } from './launch-types';
import type { PoolTemplate, Pools } from './pool-types';
import { pickWeighted, rngFor, uuidFrom, type Rng } from './random';
import { type LaunchStatusKey, ORBITS_BY_MISSION, type OrbitKey } from './vocab';
import type { SynProgram, World } from './world-types';

/**
 * Pass one: decides every launch's facts (when, who, what, where, outcome) as small objects,
 * each from its own seeded stream and a real launch of about the same time as template, then
 * hands the time-ordered list to the history and booster passes.
 */

function templateAt(templates: PoolTemplate[], time: number, rng: Rng): PoolTemplate {
  const last = templates[templates.length - 1]!;
  if (time > last.time) {
    const from = lowerBound(templates, last.time - 3 * YEAR);
    return templates[rng.int(from, templates.length - 1)]!;
  }
  const at = lowerBound(templates, time);
  const pick = Math.min(templates.length - 1, Math.max(0, at + rng.int(-40, 40)));
  return templates[pick]!;
}

function lowerBound(templates: PoolTemplate[], time: number): number {
  let lo = 0;
  let hi = templates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (templates[mid]!.time < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function pastStatus(rng: Rng, year: number): LaunchStatusKey {
  const fail = year < 1963 ? 0.3 : year < 1971 ? 0.12 : year < 2001 ? 0.06 : 0.04;
  const r = rng.next();
  if (r < fail) return 'failure';
  if (r < fail + 0.015) return 'partial';
  if (year >= 2023 && r > 0.995) return 'deployed';
  return 'success';
}

function futureStatus(rng: Rng, daysAhead: number): LaunchStatusKey {
  if (daysAhead < 14)
    return pickWeighted(rng, [
      ['go', 60],
      ['tbc', 25],
      ['tbd', 10],
      ['hold', 5],
    ]);
  if (daysAhead < 90)
    return pickWeighted(rng, [
      ['tbc', 45],
      ['tbd', 50],
      ['go', 5],
    ]);
  return pickWeighted(rng, [
    ['tbd', 88],
    ['tbc', 12],
  ]);
}

const FAIL_REASONS = [
  'Second stage engine shut down early; the payload did not reach orbit.',
  'Loss of attitude control shortly after lift-off.',
  'Fairing failed to separate.',
  'Upper stage anomaly left the payload in a lower orbit than planned.',
  'Vehicle was lost during first-stage flight.',
];

const FALLBACK_ORBITS: [OrbitKey, number][] = [
  ['LEO', 55],
  ['SSO', 15],
  ['GTO', 15],
  ['SUB', 10],
  ['MEO', 5],
];

function kindOf(missionType: string): LaunchKind {
  if (missionType === 'Human Exploration' || missionType === 'Tourism') return 'human';
  if (missionType === 'Resupply') return 'cargo';
  return 'none';
}

function programsByAgency(world: World): Map<number, SynProgram[]> {
  const map = new Map<number, SynProgram[]>();
  for (const program of world.programs) {
    for (const agency of program.agencies)
      map.set(agency.id, [...(map.get(agency.id) ?? []), program]);
  }
  return map;
}

const HUMAN_PROGRAM = /human/i;

function planPrograms(
  rng: Rng,
  candidates: SynProgram[],
  time: number,
  kind: LaunchKind,
): SynProgram[] {
  const active = candidates.filter(
    (p) =>
      (p.startMs === null || p.startMs - YEAR <= time) &&
      (p.endMs === null || p.endMs + YEAR >= time) &&
      (!HUMAN_PROGRAM.test(p.type.name) || kind !== 'none'),
  );
  if (active.length === 0 || rng.chance(0.4)) return [];
  const first = rng.pick(active);
  if (active.length > 1 && rng.chance(0.15)) {
    const second = rng.pick(active);
    if (second !== first) return [first, second];
  }
  return [first];
}

export function planLaunches(world: World, pools: Pools, count: number): LaunchPlanSet {
  const { seed, now } = world;
  const months = monthWeights(now);
  const agencyPrograms = programsByAgency(world);
  const topAgencies = world.agencies.slice(0, Math.min(world.agencies.length, 40));
  const launches: LaunchPlan[] = [];
  const slugs = new Map<string, number>();

  for (let i = 0; i < count; i++) {
    const rng = rngFor(seed, 'launch', i);
    const monthIndex = rng.weighted(months.weights);
    const monthStart = months.starts[monthIndex]!;
    const monthEnd = months.starts[monthIndex + 1] ?? Date.UTC(LAST_YEAR + 1, 0, 1);
    const raw = monthStart + Math.floor(rng.next() * (monthEnd - monthStart));
    const template = templateAt(pools.templates, raw, rng);
    const { precision, time } = precisionFor(rng, raw, now);
    const year = new Date(time).getUTCFullYear();
    const agency = world.agencyFor(template.lsp, `lsp-${i}`);
    const config = world.configFor(template.config, `config-${i}`);
    const pad = world.padFor(template.pad, `pad-${i}`);
    const missionType =
      template.missionType && ORBITS_BY_MISSION[template.missionType]
        ? template.missionType
        : 'Unknown';
    const orbit = pickWeighted(rng, ORBITS_BY_MISSION[missionType] ?? FALLBACK_ORBITS);
    const kind = kindOf(missionType);
    const status = time <= now ? pastStatus(rng, year) : futureStatus(rng, (time - now) / DAY);
    const mission = template.mission;
    const name = `${SYN}${config.fullName} | ${mission ?? 'Unknown Payload'}`;
    const base = slugify(name);
    const seen = slugs.get(base) ?? 0;
    slugs.set(base, seen + 1);
    const daysAhead = (time - now) / DAY;
    const recent = year >= 2005;
    const lastUpdated =
      time <= now
        ? Math.min(
            now,
            time +
              Math.floor(rng.next() ** 3 * Math.min(now - time, 3 * YEAR)) +
              rng.int(600, 86_400) * 1000,
          )
        : now - Math.floor(rng.next() ** 2 * 60 * DAY);
    launches.push({
      index: i,
      id: uuidFrom(rng),
      rocketId: synId('rocket', i),
      missionId: synId('mission', i),
      time,
      status,
      precision,
      agency,
      config,
      pad,
      mission,
      missionType,
      orbit,
      kind,
      programs: planPrograms(rng, agencyPrograms.get(agency.id) ?? [], time, kind),
      customer: rng.chance(0.3) ? (rng.chance(0.5) ? agency : rng.pick(topAgencies)) : null,
      windowSeconds: rng.chance(0.4) ? 0 : rng.int(1, 240) * 60,
      lastUpdated,
      probability:
        (daysAhead > 0 && daysAhead < 14 && rng.chance(0.6)) ||
        (daysAhead <= 0 && year >= 2018 && rng.chance(0.3))
          ? rng.int(40, 95)
          : null,
      hashtag: rng.chance(0.05)
        ? `#${(mission ?? config.name).replace(/[^A-Za-z0-9]/g, '')}`
        : null,
      vids:
        (recent && daysAhead <= 0) || (daysAhead > 0 && daysAhead < 30)
          ? pickWeighted(rng, [
              [0, 25],
              [1, 60],
              [2, 15],
            ])
          : rng.chance(0.05)
            ? 1
            : 0,
      name,
      slug: seen === 0 ? base : `${base}-${seen + 1}`,
      failReason: status === 'failure' || status === 'partial' ? rng.pick(FAIL_REASONS) : null,
      counters: {
        orbital: null,
        orbitalYear: null,
        location: 0,
        locationYear: 0,
        pad: 0,
        padYear: 0,
        agency: 0,
        agencyYear: 0,
      },
      designator: null,
      padTurnaround: null,
      booster: null,
      flightIndex: -1,
      payloadIndex: -1,
    });
  }

  const chronological = [...launches].sort((a, b) => a.time - b.time || a.index - b.index);
  countAttempts(world, chronological);
  const { boosters, zones } = assignBoosters(world, chronological);
  tallyStats(world, chronological);
  return { launches, chronological, boosters, zones };
}
