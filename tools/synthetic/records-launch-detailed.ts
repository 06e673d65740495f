import type { FlightSet } from './flight-types';
import { apiUrl, isoDuration, isoTime, SYN, synId } from './format';
import type { Booster, BoosterUse, LandingPlan, LaunchPlan } from './launch-types';
import { rngFor, tokenFrom } from './random';
import { agencyDetailed, landingZoneRecord, launcherConfigDetailed, memo } from './records-common';
import { launchMini, launchNormal } from './records-launch';
import { flightNoLaunch, payloadFlightNoLaunch } from './records-spacecraft';
import { ENGLISH, VID_TYPES } from './vocab';

/**
 * The `/launches/` record itself. Apart from the embedded launch forms (records-launch.ts) because
 * it embeds spacecraft flights, which embed those forms in turn.
 */

type Json = Record<string, unknown>;

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
