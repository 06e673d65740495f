import { parsePrecision, type PrecisionKind } from './precision';
import {
  list,
  at,
  date,
  firstObj,
  httpUrl,
  imageUrl,
  durationSeconds,
  nameOf,
  num,
  obj,
  objs,
  str,
  text,
  unique,
  type Rec,
} from '@/lib/ll2/read';
import { readLaunchStatus, type LaunchStatus } from './status';

/**
 * The few facts feeds, calendars, JSON-LD and meta descriptions need, read once from a raw LL2
 * record (2.3.0, or the older 2.0.0/2.2.0 shapes where a field is a string instead of an object).
 */

export interface OrgFacts {
  name: string;
  abbrev: string | null;
  type: string | null;
  /** The organisation's own website (`info_url`), never the LL2 API URL. */
  website: string | null;
  logo: string | null;
}

export interface PlaceFacts {
  /** Pad name ("SLC-40"), or an event's free-text location. */
  name: string | null;
  /** Launch site ("Cape Canaveral SFS, FL, USA"). */
  locationName: string | null;
  latitude: number | null;
  longitude: number | null;
  countryCode: string | null;
  countryName: string | null;
}

export interface LaunchFacts {
  id: string | null;
  slug: string | null;
  name: string;
  status: LaunchStatus;
  net: Date | null;
  windowStart: Date | null;
  windowEnd: Date | null;
  lastUpdated: Date | null;
  /** The NetPrecision object as sent, for its wording. */
  precisionRaw: unknown;
  precision: PrecisionKind | null;
  /** 2.0.0 records have no `net_precision`, only these flags. */
  tbdDate: boolean;
  tbdTime: boolean;
  provider: OrgFacts | null;
  rocket: string | null;
  mission: { name: string | null; description: string | null; type: string | null; orbit: string | null } | null;
  pad: PlaceFacts | null;
  image: string | null;
  webcasts: string[];
  infoUrls: string[];
  programs: string[];
}

export interface EventFacts {
  id: string | null;
  slug: string | null;
  name: string;
  type: string | null;
  description: string | null;
  date: Date | null;
  precisionRaw: unknown;
  precision: PrecisionKind | null;
  durationMs: number | null;
  lastUpdated: Date | null;
  location: PlaceFacts | null;
  image: string | null;
  webcasts: string[];
  infoUrls: string[];
  agencies: OrgFacts[];
  programs: string[];
}

export function readOrg(value: unknown): OrgFacts | null {
  const o = obj(value);
  const name = str(o?.name);
  if (!o || !name) return null;
  const abbrev = str(o.abbrev);
  return {
    name,
    abbrev: abbrev && abbrev !== name ? abbrev : null,
    type: nameOf(o.type),
    website: httpUrl(o.info_url),
    logo: imageUrl(o.logo) ?? httpUrl(o.logo_url),
  };
}

function latitude(value: unknown): number | null {
  const n = num(value);
  return n !== null && n >= -90 && n <= 90 ? n : null;
}

function longitude(value: unknown): number | null {
  const n = num(value);
  return n !== null && n >= -180 && n <= 180 ? n : null;
}

/** Country from a 2.3.0 `country` object/array, or a 2.0.0/2.2.0 `country_code` (alpha-3). */
export function readCountry(rec: Rec | null | undefined): { code: string | null; name: string | null } {
  const country = firstObj(rec?.country);
  const code = str(country?.alpha_2_code) ?? str(country?.alpha_3_code) ?? str(rec?.country_code);
  return { code, name: str(country?.name) };
}

export function readPad(value: unknown): PlaceFacts | null {
  const pad = obj(value);
  if (!pad) return null;
  const location = obj(pad.location);
  const padCountry = readCountry(pad);
  const locCountry = readCountry(location);
  const lat = latitude(pad.latitude) ?? latitude(location?.latitude);
  const lon = longitude(pad.longitude) ?? longitude(location?.longitude);
  const hasCoords = lat !== null && lon !== null;
  return {
    name: str(pad.name),
    locationName: str(location?.name),
    latitude: hasCoords ? lat : null,
    longitude: hasCoords ? lon : null,
    countryCode: padCountry.code ?? locCountry.code,
    countryName: padCountry.name ?? locCountry.name,
  };
}

/** http(s) URLs of `vid_urls`/`info_urls` entries (2.2.0 spells it `vidURLs`). */
export function readLinkList(value: unknown): string[] {
  return unique(list(value).map((v) => httpUrl(obj(v)?.url) ?? httpUrl(v)));
}

function id(rec: Rec): string | null {
  return text(rec.id);
}

export function readLaunch(rec: Rec): LaunchFacts {
  const mission = obj(rec.mission);
  const configuration = obj(at(rec, 'rocket.configuration'));
  return {
    id: id(rec),
    slug: str(rec.slug),
    name: str(rec.name) ?? str(mission?.name) ?? 'Unnamed launch',
    status: readLaunchStatus(rec.status),
    net: date(rec.net),
    windowStart: date(rec.window_start),
    windowEnd: date(rec.window_end),
    lastUpdated: date(rec.last_updated),
    precisionRaw: rec.net_precision,
    precision: parsePrecision(rec.net_precision),
    tbdDate: rec.tbddate === true,
    tbdTime: rec.tbdtime === true,
    provider: readOrg(rec.launch_service_provider),
    rocket: str(configuration?.full_name) ?? str(configuration?.name),
    mission: mission
      ? {
          name: str(mission.name),
          description: str(mission.description),
          type: nameOf(mission.type),
          orbit: nameOf(mission.orbit),
        }
      : null,
    pad: readPad(rec.pad),
    image: imageUrl(rec.image) ?? httpUrl(rec.image_url),
    webcasts: readLinkList(rec.vid_urls ?? rec.vidURLs),
    infoUrls: readLinkList(rec.info_urls ?? rec.infoURLs),
    programs: unique(objs(rec.program).map((p) => str(p.name))),
  };
}

/** A length of time in milliseconds; a negative duration is no duration. */
function durationMs(value: unknown): number | null {
  const seconds = durationSeconds(value);
  return seconds !== null && seconds >= 0 ? seconds * 1000 : null;
}

function place(name: string): PlaceFacts {
  return {
    name,
    locationName: null,
    latitude: null,
    longitude: null,
    countryCode: null,
    countryName: null,
  };
}

/** LL2 events sometimes carry the text "None" as their location. */
const NO_LOCATION = /^(none|null|n\/a|unknown|tbd)$/i;

export function readEvent(rec: Rec): EventFacts {
  const rawLocation = str(rec.location);
  const locationName = rawLocation && !NO_LOCATION.test(rawLocation) ? rawLocation : null;
  return {
    id: id(rec),
    slug: str(rec.slug),
    name: str(rec.name) ?? 'Unnamed event',
    type: nameOf(rec.type),
    description: str(rec.description),
    date: date(rec.date),
    precisionRaw: rec.date_precision,
    precision: parsePrecision(rec.date_precision),
    durationMs: durationMs(rec.duration),
    lastUpdated: date(rec.last_updated),
    location: locationName ? place(locationName) : null,
    image: imageUrl(rec.image) ?? httpUrl(rec.feature_image),
    webcasts: readLinkList(rec.vid_urls),
    infoUrls: readLinkList(rec.info_urls),
    agencies: objs(rec.agencies)
      .map(readOrg)
      .filter((o): o is OrgFacts => o !== null),
    programs: unique(objs(rec.program).map((p) => str(p.name))),
  };
}
