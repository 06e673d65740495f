import { apiUrl, isoDate, isoDuration, isoTime, SYN } from './format';
import type { LandingZone } from './launch-types';
import { EARTH_DETAILED } from './vocab';
import type {
  SynAgency,
  SynConfig,
  SynLocation,
  SynPad,
  SynProgram,
  SynSpacecraftConfig,
} from './world-types';

/**
 * Serialisers for the records many others embed (agencies, places, programmes, rockets). Each is
 * built once and shared by reference: JSON.stringify copies it into every record that embeds it.
 */

type Json = Record<string, unknown>;

/** Keyed weakly by entity, so each generation run gets its own copies and frees them after. */
export function memo<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = build(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** The first sentence, so embedded copies stay small. */
export function brief(text: string | null | undefined, max = 180): string {
  if (!text) return '';
  const sentence = /^.*?[.!?](\s|$)/.exec(text)?.[0]?.trim() ?? text;
  return sentence.length > max ? `${sentence.slice(0, max - 1).trimEnd()}…` : sentence;
}

export const agencyMini = memo((a: SynAgency): Json => ({
  response_mode: 'list',
  id: a.id,
  url: apiUrl('agencies', a.id),
  name: `${SYN}${a.name}`,
  abbrev: a.abbrev,
  type: a.type,
}));

export const agencyNormal = memo((a: SynAgency): Json => ({
  ...agencyMini(a),
  response_mode: 'normal',
  featured: a.featured,
  country: a.countries,
  description: brief(a.description),
  administrator: a.administrator,
  founding_year: a.foundingYear,
  launchers: a.launchers,
  spacecraft: a.spacecraft,
  parent: a.parentName ? `${SYN}${a.parentName}` : null,
  image: null,
  logo: null,
  social_logo: null,
}));

export const agencyDetailed = memo((a: SynAgency): Json => {
  const s = a.stats;
  return {
    ...agencyNormal(a),
    response_mode: 'detailed',
    total_launch_count: s.total,
    consecutive_successful_launches: s.consecutive,
    successful_launches: s.success,
    failed_launches: s.failed,
    pending_launches: s.pending,
    consecutive_successful_landings: s.landingsConsecutive,
    successful_landings: s.landingsSuccess,
    failed_landings: s.landingsFailed,
    attempted_landings: s.landingsAttempted,
    successful_landings_spacecraft: s.spacecraftLandingsSuccess,
    failed_landings_spacecraft: s.spacecraftLandingsFailed,
    attempted_landings_spacecraft: s.spacecraftLandingsAttempted,
    successful_landings_payload: 0,
    failed_landings_payload: 0,
    attempted_landings_payload: 0,
    info_url: null,
    wiki_url: null,
    social_media_links: [],
  };
});

export const locationRecord = memo((l: SynLocation): Json => ({
  response_mode: 'normal',
  id: l.id,
  url: apiUrl('locations', l.id),
  name: `${SYN}${l.name}`,
  celestial_body: EARTH_DETAILED,
  active: true,
  country: l.country,
  description: null,
  image: null,
  map_image: null,
  longitude: l.pool.longitude,
  latitude: l.pool.latitude,
  timezone_name: l.pool.timezone,
  total_launch_count: l.totalLaunches,
  total_landing_count: l.totalLandings,
}));

export const padRecord = memo((p: SynPad): Json => ({
  id: p.id,
  url: apiUrl('pads', p.id),
  active: true,
  agencies: p.agencies.map(agencyNormal),
  name: `${SYN}${p.name}`,
  image: null,
  description: null,
  info_url: null,
  wiki_url: null,
  map_url: `https://www.google.com/maps?q=${p.pool.latitude},${p.pool.longitude}`,
  latitude: p.pool.latitude,
  longitude: p.pool.longitude,
  country: p.location.country,
  map_image: null,
  total_launch_count: p.totalLaunches,
  orbital_launch_attempt_count: p.orbitalAttempts,
  fastest_turnaround: p.fastestTurnaround === null ? null : isoDuration(p.fastestTurnaround),
  location: locationRecord(p.location),
}));

export const programRecord = memo((p: SynProgram): Json => ({
  response_mode: 'normal',
  id: p.id,
  url: apiUrl('programs', p.id),
  name: `${SYN}${p.name}`,
  image: null,
  info_url: null,
  wiki_url: null,
  description: p.description,
  agencies: p.agencies.map(agencyMini),
  start_date: p.startMs === null ? null : isoTime(p.startMs),
  end_date: p.endMs === null ? null : isoTime(p.endMs),
  mission_patches: [],
  type: p.type,
}));

const familyMini = memo((c: SynConfig): Json => ({
  response_mode: 'list',
  id: c.familyId,
  name: `${SYN}${c.family}`,
}));

export const launcherConfigList = memo((c: SynConfig): Json => ({
  response_mode: 'list',
  id: c.id,
  url: apiUrl('launcher_configurations', c.id),
  name: `${SYN}${c.name}`,
  families: [familyMini(c)],
  full_name: `${SYN}${c.fullName}`,
  variant: c.pool.variant,
}));

/** LauncherConfigDetailed without `manufacturer` (the agency's own launcher_list drops it). */
export const launcherConfigBody = memo((c: SynConfig): Json => {
  const s = c.stats;
  return {
    ...launcherConfigList(c),
    response_mode: 'detailed',
    families: [
      {
        response_mode: 'normal',
        id: c.familyId,
        name: `${SYN}${c.family}`,
        manufacturer: [agencyMini(c.manufacturer)],
        parent: null,
        description: '',
        active: c.pool.active,
        maiden_flight: c.maidenMs === null ? null : isoDate(c.maidenMs),
      },
    ],
    active: c.pool.active,
    is_placeholder: false,
    program: [],
    reusable: c.pool.reusable,
    image: null,
    info_url: null,
    wiki_url: null,
    description: `${SYN}${c.fullName}, a synthetic launch vehicle.`,
    alias: c.pool.alias,
    min_stage: c.pool.minStage,
    max_stage: c.pool.maxStage,
    length: c.pool.length,
    diameter: c.pool.diameter,
    maiden_flight: c.maidenMs === null ? null : isoDate(c.maidenMs),
    launch_cost: c.pool.launchCost,
    launch_mass: c.pool.launchMass,
    leo_capacity: c.pool.leoCapacity,
    gto_capacity: c.pool.gtoCapacity,
    geo_capacity: null,
    sso_capacity: null,
    to_thrust: c.pool.toThrust,
    apogee: null,
    total_launch_count: s.total,
    consecutive_successful_launches: s.consecutive,
    successful_launches: s.success,
    failed_launches: s.failed,
    pending_launches: s.pending,
    attempted_landings: s.landingsAttempted,
    successful_landings: s.landingsSuccess,
    failed_landings: s.landingsFailed,
    consecutive_successful_landings: s.landingsConsecutive,
    fastest_turnaround: c.fastestTurnaround === null ? null : isoDuration(c.fastestTurnaround),
  };
});

export const launcherConfigDetailed = memo((c: SynConfig): Json => ({
  ...launcherConfigBody(c),
  manufacturer: agencyDetailed(c.manufacturer),
}));

export const spacecraftConfigNormal = memo((c: SynSpacecraftConfig): Json => ({
  response_mode: 'normal',
  id: c.id,
  url: apiUrl('spacecraft_configurations', c.id),
  name: `${SYN}${c.name}`,
  type: c.type,
  agency: agencyMini(c.agency),
  family: [],
  in_use: c.inUse,
  image: null,
}));

export const spacecraftConfigDetailed = memo((c: SynSpacecraftConfig): Json => ({
  ...spacecraftConfigNormal(c),
  response_mode: 'detailed',
  agency: agencyNormal(c.agency),
  capability: c.humanRated ? 'Crewed transport' : 'Uncrewed transport',
  history: '',
  details: '',
  maiden_flight: c.maidenMs === null ? null : isoDate(c.maidenMs),
  height: null,
  diameter: null,
  human_rated: c.humanRated,
  crew_capacity: c.crewCapacity,
  payload_capacity: null,
  payload_return_capacity: null,
  flight_life: null,
  wiki_link: '',
  info_link: '',
  spacecraft_flown: c.stats.total,
  total_launch_count: c.stats.total,
  successful_launches: c.stats.success,
  failed_launches: c.stats.failed,
  attempted_landings: c.stats.spacecraftLandingsAttempted,
  successful_landings: c.stats.spacecraftLandingsSuccess,
  failed_landings: c.stats.spacecraftLandingsFailed,
  fastest_turnaround: null,
}));

export const landingZoneRecord = memo((z: LandingZone): Json => {
  const location = locationRecord(z.location);
  const { celestial_body: _body, ...withoutBody } = location;
  return {
    id: z.id,
    name: `${SYN}${z.name}`,
    active: true,
    abbrev: z.abbrev,
    description: null,
    location: withoutBody,
    longitude: z.longitude,
    latitude: z.latitude,
    image: null,
    successful_landings: z.successful,
    attempted_landings: z.attempted,
    failed_landings: z.attempted - z.successful,
    celestial_body: EARTH_DETAILED,
  };
});

/** AgencyEndpointDetailed: the `/agencies/` record with the rockets and spacecraft it builds. */
export function agencyRecord(a: SynAgency): Json {
  const busiest = <T extends { stats: { total: number; pending: number } }>(items: T[]) =>
    [...items]
      .sort((x, y) => y.stats.total + y.stats.pending - (x.stats.total + x.stats.pending))
      .slice(0, 12);
  return {
    ...agencyDetailed(a),
    launcher_list: busiest(a.configs).map(launcherConfigBody),
    spacecraft_list: busiest(a.spacecraftConfigs).map(spacecraftConfigDetailed),
  };
}
