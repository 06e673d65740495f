import type { FlightSet } from './flight-types';
import { apiUrl, isoDuration, isoTime, SYN, synId } from './format';
import type { Booster, BoosterUse, LandingPlan } from './boosters';
import type { LaunchPlan } from './launch-types';
import { rngFor, tokenFrom } from './random';
import {
  agencyDetailed,
  agencyMini,
  landingZoneRecord,
  launcherConfigDetailed,
  launcherConfigList,
  memo,
  padRecord,
  programRecord,
} from './records-common';
import { flightNoLaunch, payloadFlightNoLaunch } from './records-spacecraft';
import { EARTH_MINI, ENGLISH, LAUNCH_STATUS, NET_PRECISION, ORBITS, VID_TYPES } from './vocab';

type Json = Record<string, unknown>;

export const launchMini = memo((p: LaunchPlan): Json => ({
  id: p.id,
  url: apiUrl('launches', p.id),
  name: p.name,
}));

export const launchBasic = memo((p: LaunchPlan): Json => ({
  ...launchMini(p),
  response_mode: 'list',
  slug: p.slug,
  launch_designator: p.designator,
  status: LAUNCH_STATUS[p.status],
  last_updated: isoTime(p.lastUpdated),
  net: isoTime(p.time),
  net_precision: NET_PRECISION[p.precision],
  window_end: isoTime(p.time + p.windowSeconds * 1000),
  window_start: isoTime(p.time),
  image: null,
  infographic: null,
}));

const missionRecord = (p: LaunchPlan): Json | null => {
  if (p.mission === null) return null;
  const orbit = ORBITS[p.orbit];
  return {
    id: p.missionId,
    name: `${SYN}${p.mission}`,
    type: p.missionType,
    description: `A synthetic ${p.missionType.toLowerCase()} mission to ${orbit.name.toLowerCase()}.`,
    image: null,
    orbit: { id: orbit.id, name: orbit.name, abbrev: orbit.abbrev, celestial_body: EARTH_MINI },
    agencies: p.customer ? [agencyDetailed(p.customer)] : [],
    info_urls: [],
    vid_urls: [],
  };
};

function counters(p: LaunchPlan): Json {
  const c = p.counters;
  return {
    orbital_launch_attempt_count: c.orbital,
    location_launch_attempt_count: c.location,
    pad_launch_attempt_count: c.pad,
    agency_launch_attempt_count: c.agency,
    orbital_launch_attempt_count_year: c.orbitalYear,
    location_launch_attempt_count_year: c.locationYear,
    pad_launch_attempt_count_year: c.padYear,
    agency_launch_attempt_count_year: c.agencyYear,
  };
}

/** LaunchNormal, as embedded in spacecraft flights and docking events. */
export const launchNormal = memo((p: LaunchPlan): Json => ({
  ...launchBasic(p),
  response_mode: 'normal',
  probability: p.probability,
  weather_concerns: null,
  failreason: p.failReason,
  hashtag: p.hashtag,
  launch_service_provider: agencyMini(p.agency),
  rocket: { id: p.rocketId, configuration: launcherConfigList(p.config) },
  mission: missionRecord(p),
  pad: padRecord(p.pad),
  webcast_live: false,
  program: p.programs.map(programRecord),
  ...counters(p),
}));

const BOOSTER_STATUS = {
  active: { id: 1, name: 'Active' },
  expended: { id: 3, name: 'Expended' },
  destroyed: { id: 4, name: 'Destroyed' },
} as const;

const launcherRecord = memo((b: Booster): Json => ({
  response_mode: 'normal',
  id: b.id,
  url: apiUrl('launchers', b.id),
  flight_proven: b.flights > 1,
  serial_number: b.serial,
  is_placeholder: false,
  status: BOOSTER_STATUS[b.fate],
  image: null,
  details: '',
  successful_landings: b.successfulLandings,
  attempted_landings: b.attemptedLandings,
  flights: b.flights,
  last_launch_date: isoTime(b.lastMs),
  first_launch_date: isoTime(b.firstMs),
  fastest_turnaround: null,
}));

export function landingRecord(l: LandingPlan): Json {
  return {
    id: l.id,
    url: apiUrl('landings', l.id),
    attempt: l.attempt,
    success: l.success,
    description: '',
    downrange_distance: l.downrange,
    landing_location: landingZoneRecord(l.zone),
    type: l.type,
  };
}

function firstStage(p: LaunchPlan, use: BoosterUse): Json {
  return {
    id: synId('launcher', 5_000_000 + p.index),
    type: 'Core',
    reused: use.flightNumber > 1,
    launcher_flight_number: use.flightNumber,
    launcher: launcherRecord(use.booster),
    previous_flight_date: use.previous ? isoTime(use.previous.time) : null,
    turn_around_time: use.turnaround === null ? null : isoDuration(use.turnaround),
    landing: landingRecord(use.landing),
    previous_flight: use.previous ? launchMini(use.previous) : null,
  };
}

function vidUrls(p: LaunchPlan, seed: number): Json[] {
  if (p.vids === 0) return [];
  const rng = rngFor(seed, 'vids', p.index);
  return Array.from({ length: p.vids }, (_, k) => ({
    priority: 10 + k * 10,
    source: 'video.synthetic.invalid',
    publisher: `${SYN}${p.agency.name}`,
    title: `${p.name} — ${k === 0 ? 'official webcast' : 'live coverage'}`,
    description: null,
    feature_image: null,
    url: `https://video.synthetic.invalid/watch?v=${tokenFrom(rng, 11)}`,
    type: VID_TYPES[k % VID_TYPES.length],
    language: ENGLISH,
    start_time: isoTime(p.time - 30 * 60_000),
    end_time: isoTime(p.time + 60 * 60_000),
    live: false,
  }));
}

/** The full LaunchDetailed record, as `/launches/?mode=detailed` returns it. */
export function launchDetailed(p: LaunchPlan, flights: FlightSet, seed: number): Json {
  const flight = p.flightIndex >= 0 ? flights.flights[p.flightIndex] : undefined;
  const payload = p.payloadIndex >= 0 ? flights.payloads[p.payloadIndex] : undefined;
  return {
    ...launchNormal(p),
    response_mode: 'detailed',
    launch_service_provider: agencyDetailed(p.agency),
    rocket: {
      id: p.rocketId,
      configuration: launcherConfigDetailed(p.config),
      launcher_stage: p.booster ? [firstStage(p, p.booster)] : [],
      spacecraft_stage: flight ? [flightNoLaunch(flight)] : [],
      payloads: payload ? [payloadFlightNoLaunch(payload)] : [],
    },
    flightclub_url: null,
    updates: [],
    info_urls: [],
    vid_urls: vidUrls(p, seed),
    timeline: [],
    pad_turnaround: p.padTurnaround === null ? null : isoDuration(p.padTurnaround),
    mission_patches: [],
  };
}
