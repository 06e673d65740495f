import type { LL2Image } from '@/lib/format/images';
import {
  count,
  listHref,
  readCoordinates,
  readCountries,
  readDuration,
  readImage,
  recordLink,
  recordLinks,
  webLink,
  webLinks,
  type Coordinates,
  type Country,
  type Duration,
  type RecordLink,
  wireRecords,
  type WebLink,
} from './detail-shared';
import { bool, nameOf, obj, type Rec, str } from '@/lib/ll2/read';
import { toPadSummary, type PadSummary } from './pad';

/** Pads and launch locations: places on a map. */

export interface PadDetail {
  id: number;
  name: string;
  active: boolean | null;
  description: string | null;
  image: LL2Image | null;
  mapImage: LL2Image | null;
  location: RecordLink | null;
  countries: Country[];
  coordinates: Coordinates | null;
  agencies: RecordLink[];
  totalLaunches: number | null;
  orbitalAttempts: number | null;
  fastestTurnaround: Duration | null;
  links: WebLink[];
  launchesHref: string;
}

export function toPadDetail(r: Rec): PadDetail {
  const id = Number(r.id);
  const location = r.location;
  const countries = readCountries(r);
  return {
    id,
    name: str(r.name) ?? `Pad ${r.id}`,
    active: bool(r.active),
    description: str(r.description),
    image: readImage(r.image),
    mapImage: readImage(r.map_image),
    location: recordLink('locations', location),
    countries: countries.length ? countries : readCountries(obj(location)),
    coordinates: readCoordinates(r.latitude, r.longitude),
    agencies: recordLinks('agencies', r.agencies),
    totalLaunches: count(r.total_launch_count),
    orbitalAttempts: count(r.orbital_launch_attempt_count),
    fastestTurnaround: readDuration(r.fastest_turnaround),
    links: webLinks([
      webLink('Pad information', r.info_url),
      webLink('Wikipedia', r.wiki_url),
      webLink('Map', r.map_url),
    ]),
    launchesHref: listHref('launches', { pad: id }),
  };
}

export interface LocationDetail {
  id: number;
  name: string;
  active: boolean | null;
  description: string | null;
  image: LL2Image | null;
  mapImage: LL2Image | null;
  countries: Country[];
  celestialBody: string | null;
  timezone: string | null;
  coordinates: Coordinates | null;
  totalLaunches: number | null;
  totalLandings: number | null;
  /** The pads the record lists; the page falls back to the pads list. */
  pads: PadSummary[];
  padsHref: string;
  launchesHref: string;
}

export function toLocationDetail(r: Rec): LocationDetail {
  const id = Number(r.id);
  return {
    id,
    name: str(r.name) ?? `Location ${r.id}`,
    active: bool(r.active),
    description: str(r.description),
    image: readImage(r.image),
    mapImage: readImage(r.map_image),
    countries: readCountries(r),
    celestialBody: nameOf(r.celestial_body) ?? null,
    timezone: str(r.timezone_name),
    coordinates: readCoordinates(r.latitude, r.longitude),
    totalLaunches: count(r.total_launch_count),
    totalLandings: count(r.total_landing_count),
    pads: wireRecords(r.pads)
      .map(toPadSummary)
      .sort((a, b) => (b.totalLaunches ?? 0) - (a.totalLaunches ?? 0)),
    padsHref: listHref('pads', { location__id: id }),
    launchesHref: listHref('launches', { location__ids: id }),
  };
}
