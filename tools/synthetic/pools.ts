import fs from 'node:fs';
import path from 'node:path';
import { list, num, obj, str } from '@/lib/ll2/read';
import type {
  PoolAgency,
  PoolConfig,
  PoolLocation,
  PoolPad,
  PoolProgram,
  Pools,
  PoolSpacecraftConfig,
  PoolStation,
  PoolTemplate,
} from './pool-types';
import { builtinPools } from './pools-builtin';
import { COUNTRIES, type CountryDef, PROGRAM_TYPES } from './vocab';

/**
 * Name pools for the generator: a small invented world by default, so the generator works from
 * the repository alone; or, given the directory of a saved LL2 snapshot (the maintainer scripts
 * pass the reference folder's, never copied into the repo), real names of rockets, pads,
 * locations, agencies and stations, with its real launches as templates, so who launches what
 * from where, and when, looks real.
 */

const int = (v: unknown): number | null => {
  const n = num(v);
  return n !== null && Number.isInteger(n) ? n : null;
};

function readJson(dir: string, file: string): unknown[] {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) return [];
  const parsed = JSON.parse(fs.readFileSync(full, 'utf8')) as unknown;
  const page = obj(parsed);
  return page && Array.isArray(page.results) ? page.results : list(parsed);
}

function collectCountries(value: unknown, into: Map<string, CountryDef>, depth = 0): void {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const v of value) collectCountries(v, into, depth + 1);
    return;
  }
  const o = obj(value);
  if (!o) return;
  const a3 = str(o.alpha_3_code);
  const id = int(o.id);
  if (a3 && id !== null && str(o.name) && !into.has(a3)) {
    into.set(a3, {
      id,
      name: str(o.name) ?? a3,
      alpha_2_code: str(o.alpha_2_code) ?? a3.slice(0, 2),
      alpha_3_code: a3,
      nationality_name: str(o.nationality_name) ?? '',
      nationality_name_composed: str(o.nationality_name_composed) ?? '',
    });
  }
  for (const v of Object.values(o)) if (typeof v === 'object') collectCountries(v, into, depth + 1);
}

function loadSnapshot(dir: string): Pools {
  const agencyFile = path.join(dir, 'agencies0.json');
  if (!fs.existsSync(agencyFile))
    throw new Error(`no LL2 snapshot in ${dir}: ${agencyFile} is missing`);
  const countries = new Map<string, CountryDef>();
  for (const c of COUNTRIES) countries.set(c.alpha_3_code, c);
  const found = new Map<string, CountryDef>();

  const agencies: PoolAgency[] = readJson(dir, 'agencies0.json').flatMap((raw) => {
    const a = obj(raw);
    const id = int(a?.id);
    const name = str(a?.name);
    if (!a || id === null || !name) return [];
    return [
      {
        realId: id,
        name,
        abbrev: str(a.abbrev) ?? '',
        type: typeof a.type === 'string' ? a.type : (str(obj(a.type)?.name) ?? 'Unknown'),
        countries: (str(a.country_code) ?? '')
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean),
        foundingYear: int(a.founding_year),
        description: str(a.description),
        administrator: str(a.administrator),
        launchers: str(a.launchers) ?? '',
        spacecraft: str(a.spacecraft) ?? '',
        parentName: str(a.parent),
      },
    ];
  });

  const configs: PoolConfig[] = readJson(dir, 'rockets0.json').flatMap((raw) => {
    const r = obj(raw);
    const id = int(r?.id);
    const name = str(r?.name);
    if (!r || id === null || !name) return [];
    return [
      {
        realId: id,
        name,
        fullName: str(r.full_name) ?? name,
        family: str(r.family) ?? name,
        variant: str(r.variant) ?? '',
        manufacturerRealId: int(obj(r.manufacturer)?.id),
        maidenFlight: str(r.maiden_flight),
        reusable: r.reusable === true,
        active: r.active === true,
        alias: str(r.alias) ?? '',
        minStage: int(r.min_stage),
        maxStage: int(r.max_stage),
        length: num(r.length),
        diameter: num(r.diameter),
        launchMass: num(r.launch_mass),
        leoCapacity: num(r.leo_capacity),
        gtoCapacity: num(r.gto_capacity),
        toThrust: num(r.to_thrust),
        launchCost: int(r.launch_cost),
      },
    ];
  });

  const locationRecords = readJson(dir, 'locations.json');
  collectCountries(locationRecords, found);
  const locations: PoolLocation[] = locationRecords.flatMap((raw) => {
    const l = obj(raw);
    const id = int(l?.id);
    const name = str(l?.name);
    if (!l || id === null || !name) return [];
    return [
      {
        realId: id,
        name,
        country: str(obj(l.country)?.alpha_3_code) ?? 'USA',
        latitude: num(l.latitude) ?? 0,
        longitude: num(l.longitude) ?? 0,
        timezone: str(l.timezone_name) ?? 'UTC',
      },
    ];
  });
  const knownLocations = new Set(locations.map((l) => l.realId));

  const padRecords = readJson(dir, 'pads.json');
  collectCountries(padRecords, found);
  const pads: PoolPad[] = padRecords.flatMap((raw) => {
    const p = obj(raw);
    const id = int(p?.id);
    const name = str(p?.name);
    const location = obj(p?.location);
    const locationId = int(location?.id);
    if (!p || id === null || !name || locationId === null) return [];
    if (!knownLocations.has(locationId) && location) {
      knownLocations.add(locationId);
      locations.push({
        realId: locationId,
        name: str(location.name) ?? `Location ${locationId}`,
        country: str(obj(location.country)?.alpha_3_code) ?? 'USA',
        latitude: num(location.latitude) ?? num(p.latitude) ?? 0,
        longitude: num(location.longitude) ?? num(p.longitude) ?? 0,
        timezone: str(location.timezone_name) ?? 'UTC',
      });
    }
    return [
      {
        realId: id,
        name,
        latitude: num(p.latitude) ?? 0,
        longitude: num(p.longitude) ?? 0,
        locationRealId: locationId,
        agencyRealIds: list(p.agencies)
          .map((a) => int(obj(a)?.id))
          .filter((v): v is number => v !== null),
      },
    ];
  });

  const spacecraftRecords = readJson(dir, 'spacecrafts.json');
  const spacecraftConfigs: PoolSpacecraftConfig[] = spacecraftRecords.flatMap((raw) => {
    const s = obj(raw);
    const id = int(s?.id);
    const name = str(s?.name);
    if (!s || id === null || !name) return [];
    return [
      {
        realId: id,
        name,
        type: str(obj(s.type)?.name) ?? 'Capsule',
        agencyRealId: int(obj(s.agency)?.id),
        humanRated: s.human_rated === true,
        crewCapacity: int(s.crew_capacity),
        inUse: s.in_use === true,
        maidenFlight: str(s.maiden_flight),
      },
    ];
  });

  const stationRecords = readJson(dir, 'spacestations.json');
  collectCountries(stationRecords, found);
  const stations: PoolStation[] = stationRecords.flatMap((raw) => {
    const s = obj(raw);
    const id = int(s?.id);
    const name = str(s?.name);
    const founded = str(s?.founded);
    if (!s || id === null || !name || !founded) return [];
    return [
      {
        realId: id,
        name,
        founded,
        deorbited: str(s.deorbited),
        status: str(obj(s.status)?.name) ?? 'Active',
        type: str(obj(s.type)?.name) ?? 'Government',
        orbit: str(s.orbit) ?? 'Low Earth Orbit',
        ownerRealIds: list(s.owners)
          .map((a) => int(obj(a)?.id))
          .filter((v): v is number => v !== null),
        ports: list(s.docking_location)
          .map((d) => str(obj(d)?.name))
          .filter((v): v is string => v !== null),
        description: str(s.description) ?? '',
        height: num(s.height),
        width: num(s.width),
        mass: num(s.mass),
        volume: num(s.volume),
      },
    ];
  });

  const programs = new Map<number, PoolProgram>();
  for (const raw of readJson(dir, 'rockets0.json')) {
    for (const p of list(obj(raw)?.program)) {
      const o = obj(p);
      const id = int(o?.id);
      const name = str(o?.name);
      if (!o || id === null || !name || programs.has(id)) continue;
      const type = obj(o.type);
      programs.set(id, {
        realId: id,
        name,
        start: str(o.start_date),
        end: str(o.end_date),
        agencyRealIds: list(o.agencies)
          .map((a) => int(obj(a)?.id))
          .filter((v): v is number => v !== null),
        type: {
          id: int(type?.id) ?? PROGRAM_TYPES.exploration.id,
          name: str(type?.name) ?? PROGRAM_TYPES.exploration.name,
        },
      });
    }
  }

  const templates: PoolTemplate[] = [];
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^previouslaunches\d*\.json$/.test(f))
    .sort();
  for (const file of files) {
    for (const raw of readJson(dir, file)) {
      const l = obj(raw);
      const time = Date.parse(str(l?.net) ?? '');
      if (!l || !Number.isFinite(time)) continue;
      const mission = obj(l.mission);
      templates.push({
        time,
        lsp: int(obj(l.launch_service_provider)?.id),
        config: int(obj(obj(l.rocket)?.configuration)?.id),
        pad: int(obj(l.pad)?.id),
        mission: str(mission?.name),
        missionType: str(mission?.type),
      });
    }
  }
  templates.sort((a, b) => a.time - b.time);

  const firstNames = new Set<string>();
  const lastNames = new Set<string>();
  for (const raw of readJson(dir, 'astronauts.json')) {
    const parts = (str(obj(raw)?.name) ?? '')
      .split(/\s+/)
      .filter((p) => /^[\p{L}'-]{2,}$/u.test(p));
    if (parts.length < 2) continue;
    firstNames.add(parts[0]!);
    lastNames.add(parts[parts.length - 1]!);
  }

  for (const [code, c] of found) countries.set(code, c);
  const empty = Object.entries({
    'agencies0.json': agencies,
    'rockets0.json': configs,
    'pads.json': pads,
    'previouslaunches*.json': templates,
  }).flatMap(([file, list]) => (list.length === 0 ? [file] : []));
  if (empty.length > 0)
    throw new Error(`LL2 snapshot ${dir} lacks records the generator needs: ${empty.join(', ')}`);
  return {
    source: 'snapshot',
    agencies,
    configs,
    locations,
    pads,
    spacecraftConfigs,
    stations,
    programs: [...programs.values()].sort((a, b) => a.realId - b.realId),
    templates,
    countries,
    firstNames: [...firstNames].sort(),
    lastNames: [...lastNames].sort(),
  };
}

const cache = new Map<string, Pools>();

/** The built-in invented world, or the pools of the LL2 snapshot in `dir` (which must hold one). */
export function loadPools(dir?: string): Pools {
  const key = dir === undefined ? '' : path.resolve(dir);
  const cached = cache.get(key);
  if (cached) return cached;
  const pools = dir === undefined ? builtinPools() : loadSnapshot(key);
  cache.set(key, pools);
  return pools;
}
