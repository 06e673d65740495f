import { apiUrl, isoTime, SYN } from './format';
import type { LaunchPlan } from './launch-types';
import {
  agencyDetailed,
  agencyMini,
  launcherConfigList,
  memo,
  padRecord,
  programRecord,
} from './records-common';
import { EARTH_MINI, LAUNCH_STATUS, NET_PRECISION, ORBITS } from './vocab';

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
