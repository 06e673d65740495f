import type {
  Astronaut,
  Craft,
  CraftLanding,
  CrewSeat,
  FlightPlan,
  PayloadFlightPlan,
} from './flight-types';
import { destinationOf } from './flight-types';
import { apiUrl, isoDate, isoDuration, isoTime, SYN } from './format';
import {
  agencyDetailed,
  agencyMini,
  agencyNormal,
  landingZoneRecord,
  memo,
  spacecraftConfigDetailed,
  spacecraftConfigNormal,
} from './records-common';
import { launchMini, launchNormal } from './records-launch';
import { dockingForChaser } from './records-station';
import { ASTRONAUT_STATUS, ASTRONAUT_TYPE, PAYLOAD_TYPES } from './vocab';

type Json = Record<string, unknown>;

export const spacecraftNormal = memo((c: Craft): Json => ({
  response_mode: 'normal',
  id: c.id,
  url: apiUrl('spacecraft', c.id),
  name: `${SYN}${c.name}`,
  serial_number: c.serial,
  is_placeholder: c.placeholder,
  image: null,
  in_space: c.stats.inSpace,
  time_in_space: isoDuration(c.stats.secondsInSpace),
  time_docked: isoDuration(c.stats.secondsDocked),
  flights_count: c.stats.flights,
  mission_ends_count: c.stats.missionEnds,
  status: c.stats.status,
  description: `${SYN}${c.name} is a synthetic ${c.config.name} spacecraft.`,
  spacecraft_config: spacecraftConfigNormal(c.config),
  fastest_turnaround:
    c.stats.fastestTurnaround === null ? null : isoDuration(c.stats.fastestTurnaround),
}));

export const spacecraftDetailed = memo((c: Craft): Json => ({
  ...spacecraftNormal(c),
  response_mode: 'detailed',
  spacecraft_config: spacecraftConfigDetailed(c.config),
}));

/** SpacecraftEndpointDetailed: the `/spacecraft/` record with its flights. */
export function spacecraftRecord(c: Craft): Json {
  return { ...spacecraftDetailed(c), flights: c.flights.map(flightNormal) };
}

function craftLanding(l: CraftLanding | null): Json | null {
  if (!l) return null;
  return {
    id: l.id,
    url: apiUrl('landings', l.id),
    attempt: true,
    success: l.success,
    description: '',
    downrange_distance: null,
    landing_location: landingZoneRecord(l.zone),
    type: l.type,
  };
}

const flightCore = (f: FlightPlan): Json => ({
  id: f.id,
  url: apiUrl('spacecraft_flights', f.id),
  destination: destinationOf(f),
  mission_end: f.endMs === null ? null : isoTime(f.endMs),
});

const flightTimes = (f: FlightPlan): Json => ({
  duration: f.endMs === null ? null : isoDuration((f.endMs - f.launch.time) / 1000),
  turn_around_time: f.turnaround === null ? null : isoDuration(f.turnaround),
});

export const flightNormal = memo((f: FlightPlan): Json => ({
  ...flightCore(f),
  spacecraft: spacecraftNormal(f.craft),
  launch: launchNormal(f.launch),
  landing: craftLanding(f.landing),
  ...flightTimes(f),
  response_mode: 'normal',
}));

export const flightMini = memo((f: FlightPlan): Json => ({
  ...flightCore(f),
  spacecraft: spacecraftNormal(f.craft),
  launch: launchMini(f.launch),
  landing: craftLanding(f.landing),
  ...flightTimes(f),
}));

const astronautDetailed = memo((a: Astronaut): Json => ({
  id: a.id,
  url: apiUrl('astronauts', a.id),
  name: `${SYN}${a.name}`,
  status: a.active ? ASTRONAUT_STATUS.active : ASTRONAUT_STATUS.retired,
  agency: agencyMini(a.agency),
  image: null,
  response_mode: 'detailed',
  type: a.privateFlyer ? ASTRONAUT_TYPE.private : ASTRONAUT_TYPE.government,
  in_space: a.inSpace,
  time_in_space: isoDuration(a.secondsInSpace),
  eva_time: 'PT0S',
  age: a.age,
  date_of_birth: isoDate(a.bornMs),
  date_of_death: null,
  nationality: [a.nationality],
  bio: `${SYN}${a.name} is a synthetic astronaut of ${SYN}${a.agency.name}.`,
  wiki: null,
  last_flight: isoTime(a.lastMs),
  first_flight: isoTime(a.firstMs),
  social_media_links: [],
}));

const crewRecord = (seat: CrewSeat): Json => ({
  id: seat.id,
  role: seat.role,
  astronaut: astronautDetailed(seat.astronaut),
});

/** SpacecraftFlightDetailedSerializerNoLaunch, as embedded in a launch's spacecraft_stage. */
export function flightNoLaunch(f: FlightPlan): Json {
  return {
    ...flightCore(f),
    spacecraft: spacecraftDetailed(f.craft),
    landing: craftLanding(f.landing),
    ...flightTimes(f),
    response_mode: 'detailed',
    launch_crew: f.crew.map(crewRecord),
    onboard_crew: [],
    landing_crew: f.endMs === null ? [] : f.crew.map(crewRecord),
    docking_events: f.dockings.map(dockingForChaser),
  };
}

const payloadMini = memo((p: PayloadFlightPlan): Json => ({
  response_mode: 'list',
  id: p.payloadId,
  name: `${SYN}${p.name}`,
  type: PAYLOAD_TYPES[0],
  manufacturer: agencyMini(p.manufacturer),
  operator: agencyMini(p.operator),
  image: null,
}));

const payloadExtra = (p: PayloadFlightPlan): Json => ({
  wiki_link: '',
  info_link: '',
  program: [],
  cost: null,
  mass: null,
  description: `${SYN}${p.name}, a synthetic cargo payload.`,
});

const payloadFlightCore = (p: PayloadFlightPlan): Json => ({
  id: p.id,
  url: apiUrl('payload_flights', p.id),
  destination: p.dockings[0] ? `${SYN}${p.dockings[0].station.name}` : 'Low Earth Orbit',
  amount: 1,
});

export const payloadFlightNormal = memo((p: PayloadFlightPlan): Json => ({
  response_mode: 'normal',
  ...payloadFlightCore(p),
  payload: {
    ...payloadMini(p),
    response_mode: 'normal',
    manufacturer: agencyNormal(p.manufacturer),
    operator: agencyNormal(p.operator),
    ...payloadExtra(p),
  },
  launch: launchNormal(p.launch),
  landing: null,
}));

export const payloadFlightMini = memo((p: PayloadFlightPlan): Json => ({
  response_mode: 'list',
  ...payloadFlightCore(p),
  payload: payloadMini(p),
  launch: launchMini(p.launch),
  landing: null,
}));

/** PayloadFlightSerializerNoLaunch, as embedded in a launch's rocket.payloads. */
export function payloadFlightNoLaunch(p: PayloadFlightPlan): Json {
  return {
    response_mode: 'detailed',
    ...payloadFlightCore(p),
    payload: {
      ...payloadMini(p),
      response_mode: 'detailed',
      manufacturer: agencyDetailed(p.manufacturer),
      operator: agencyDetailed(p.operator),
      ...payloadExtra(p),
    },
    landing: null,
    docking_events: p.dockings.map(dockingForChaser),
  };
}
