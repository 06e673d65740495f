import type { LL2Image } from '@/lib/format/images';
import {
  count,
  listHref,
  readCoordinates,
  readCountries,
  readDuration,
  readImage,
  readMoment,
  readOrganization,
  readStatus,
  recordLink,
  recordLinks,
  webLink,
  webLinks,
  type Coordinates,
  type Country,
  type Duration,
  type Moment,
  type Organization,
  type RecordLink,
  type StatusInfo,
  type WebLink,
} from './detail-shared';
import { list, nameOf, obj, objs, type Rec, str, text } from '@/lib/ll2/read';
import {
  readInfoLinks,
  readPatches,
  readUpdates,
  readVideos,
  type InfoLink,
  type PatchImage,
  type UpdateEntry,
  type VideoLink,
} from './media-links';
import { readLaunchStatus, type LaunchStatusKey } from './launch-status';
import { toLandingSummary, type LandingSummary } from './related-summaries';

export interface LaunchRocket {
  name: string;
  /** The rocket's own page. */
  link: RecordLink | null;
  family: string | null;
  variant: string | null;
  /** All launches of this rocket configuration on our list. */
  launchesHref: string | null;
}

export interface LaunchMission {
  name: string | null;
  type: string | null;
  description: string | null;
  orbit: string | null;
  orbitAbbrev: string | null;
  agencies: RecordLink[];
}

export interface LaunchPad {
  link: RecordLink | null;
  name: string;
  coordinates: Coordinates | null;
  links: WebLink[];
  launchesHref: string | null;
}

export interface LaunchLocation {
  link: RecordLink | null;
  name: string;
  countries: Country[];
  timezone: string | null;
}

export interface LaunchBooster {
  key: string;
  /** The booster's own page. */
  link: RecordLink | null;
  serial: string | null;
  reused: boolean | null;
  flightNumber: number | null;
  /** Since the booster's previous flight, as LL2 states it. */
  turnaround: Duration | null;
  landing: LandingSummary | null;
  /** The launch site the landing zone belongs to. */
  landingSite: RecordLink | null;
}

export interface LaunchSpacecraft {
  key: string;
  spacecraft: RecordLink | null;
  destination: string | null;
  crew: string[];
}

export interface AttemptCounts {
  orbital: number | null;
  orbitalYear: number | null;
  agency: number | null;
  agencyYear: number | null;
  pad: number | null;
  padYear: number | null;
  location: number | null;
  locationYear: number | null;
}

export interface LaunchDetail {
  /** LL2's UUID; empty for a record without one. */
  id: string;
  name: string;
  status: StatusInfo | null;
  /** What the status means for the schedule, read from its abbrev, name or id. */
  statusKey: LaunchStatusKey;
  net: Moment | null;
  windowStart: Moment | null;
  windowEnd: Moment | null;
  /** Window length; 0 for an instantaneous window. */
  windowSeconds: number | null;
  /** The NET is in the future (or within the launch window now). */
  upcoming: boolean;
  /** Upcoming and known to the hour or better: worth a live countdown. */
  countdown: boolean;
  lastUpdated: Moment | null;
  probability: number | null;
  weatherConcerns: string | null;
  failReason: string | null;
  hashtag: string | null;
  designator: string | null;
  provider: RecordLink | null;
  providerType: string | null;
  /** The provider as feeds, calendars and JSON-LD name it (website, logo). */
  organizer: Organization | null;
  rocket: LaunchRocket | null;
  mission: LaunchMission | null;
  pad: LaunchPad | null;
  location: LaunchLocation | null;
  programs: RecordLink[];
  boosters: LaunchBooster[];
  spacecraft: LaunchSpacecraft[];
  image: LL2Image | null;
  infographic: LL2Image | null;
  webcasts: VideoLink[];
  webcastLive: boolean;
  infoLinks: InfoLink[];
  links: WebLink[];
  updates: UpdateEntry[];
  patches: PatchImage[];
  attempts: AttemptCounts;
  padTurnaround: Duration | null;
}

function readRocket(r: Rec): LaunchRocket | null {
  const config = obj(obj(r.rocket)?.configuration);
  const name = str(config?.full_name) ?? str(config?.name);
  if (!config || !name) return null;
  const id = typeof config.id === 'number' ? config.id : null;
  return {
    name,
    link: recordLink('launcher_configurations', config),
    family: nameOf(config.family) ?? null,
    variant: str(config.variant) ?? null,
    launchesHref: id !== null ? listHref('launches', { launcher_config__id: id }) : null,
  };
}

function readMission(r: Rec): LaunchMission | null {
  const m = obj(r.mission);
  if (!m) return null;
  const orbit = obj(m.orbit);
  const mission: LaunchMission = {
    name: str(m.name) ?? null,
    type: nameOf(m.type) ?? null,
    description: str(m.description) ?? null,
    orbit: nameOf(m.orbit) ?? null,
    orbitAbbrev: str(orbit?.abbrev) ?? null,
    agencies: recordLinks('agencies', m.agencies),
  };
  return mission.name || mission.description || mission.orbit || mission.type ? mission : null;
}

function readPad(r: Rec): LaunchPad | null {
  const pad = obj(r.pad);
  const name = str(pad?.name);
  if (!pad || !name) return null;
  const link = recordLink('pads', pad);
  return {
    link,
    name,
    coordinates: readCoordinates(pad.latitude, pad.longitude),
    links: webLinks([
      webLink('Pad on Wikipedia', pad.wiki_url),
      webLink('Pad information', pad.info_url),
    ]),
    launchesHref: typeof pad.id === 'number' ? listHref('launches', { pad: pad.id }) : null,
  };
}

function readLocation(r: Rec): LaunchLocation | null {
  const location = obj(obj(r.pad)?.location);
  const name = str(location?.name);
  if (!location || !name) return null;
  return {
    link: recordLink('locations', location),
    name,
    countries: readCountries(location),
    timezone: str(location.timezone_name) ?? null,
  };
}

function readBoosters(r: Rec): LaunchBooster[] {
  return objs(obj(r.rocket)?.launcher_stage).map((stage, i) => {
    const launcher = obj(stage.launcher);
    return {
      key: text(stage.id) ?? `stage-${i}`,
      link: recordLink('launchers', launcher),
      serial: text(launcher?.serial_number) ?? null,
      reused: typeof stage.reused === 'boolean' ? stage.reused : null,
      flightNumber: count(stage.launcher_flight_number),
      turnaround: readDuration(stage.turn_around_time),
      landing: toLandingSummary(stage.landing),
      landingSite: recordLink('locations', obj(obj(obj(stage.landing)?.landing_location)?.location)),
    };
  });
}

function readSpacecraftStages(r: Rec): LaunchSpacecraft[] {
  return objs(obj(r.rocket)?.spacecraft_stage).map((stage, i) => ({
    key: text(stage.id) ?? `craft-${i}`,
    spacecraft: recordLink('spacecraft', stage.spacecraft),
    destination: str(stage.destination) ?? null,
    crew: list(stage.launch_crew)
      .map((c) => nameOf(obj(c)?.astronaut))
      .filter((n): n is string => n !== null),
  }));
}

/** `net_precision`, or what LL2 2.0.0's `tbddate`/`tbdtime` flags said before it existed. */
function netPrecision(r: Rec): unknown {
  if (r.net_precision !== undefined && r.net_precision !== null) return r.net_precision;
  if (r.tbddate === true) return 'Month';
  if (r.tbdtime === true) return 'Day';
  return null;
}

export function toLaunchDetail(r: Rec, now: Date): LaunchDetail {
  const precision = netPrecision(r);
  const net = readMoment(r.net, precision);
  const windowStart = readMoment(r.window_start, precision);
  const windowEnd = readMoment(r.window_end, precision);
  const windowSeconds =
    windowStart && windowEnd
      ? Math.max(0, (Date.parse(windowEnd.iso) - Date.parse(windowStart.iso)) / 1000)
      : null;
  const upcomingUntil = Date.parse(windowEnd?.iso ?? net?.iso ?? '');
  const upcoming = Number.isFinite(upcomingUntil) && upcomingUntil > now.getTime();
  const probability = count(r.probability);
  const failReason = str(r.failreason);
  const provider = obj(r.launch_service_provider);
  return {
    id: text(r.id) ?? '',
    name: str(r.name) ?? str(obj(r.mission)?.name) ?? 'Unnamed launch',
    status: readStatus(r.status),
    statusKey: readLaunchStatus(r.status).key,
    net,
    windowStart,
    windowEnd,
    windowSeconds,
    upcoming,
    countdown: upcoming && net !== null && net.timed,
    lastUpdated: readMoment(r.last_updated),
    probability: probability !== null && probability <= 100 ? probability : null,
    weatherConcerns: str(r.weather_concerns),
    failReason: failReason ?? null,
    hashtag: str(r.hashtag),
    designator: str(r.launch_designator),
    provider: recordLink('agencies', provider),
    providerType: nameOf(provider?.type) ?? null,
    organizer: readOrganization(provider),
    rocket: readRocket(r),
    mission: readMission(r),
    pad: readPad(r),
    location: readLocation(r),
    programs: recordLinks('programs', r.program),
    boosters: readBoosters(r),
    spacecraft: readSpacecraftStages(r),
    image: readImage(r.image) ?? readImage(r.image_url),
    infographic: readImage(r.infographic),
    webcasts: readVideos(r.vid_urls ?? r.vidURLs),
    webcastLive: r.webcast_live === true,
    infoLinks: readInfoLinks(r.info_urls ?? r.infoURLs),
    links: webLinks([webLink('Flight Club trajectory', r.flightclub_url)]),
    updates: readUpdates(r.updates),
    patches: readPatches(r.mission_patches),
    attempts: {
      orbital: count(r.orbital_launch_attempt_count),
      orbitalYear: count(r.orbital_launch_attempt_count_year),
      agency: count(r.agency_launch_attempt_count),
      agencyYear: count(r.agency_launch_attempt_count_year),
      pad: count(r.pad_launch_attempt_count),
      padYear: count(r.pad_launch_attempt_count_year),
      location: count(r.location_launch_attempt_count),
      locationYear: count(r.location_launch_attempt_count_year),
    },
    padTurnaround: readDuration(r.pad_turnaround),
  };
}
