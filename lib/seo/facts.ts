import { parsePrecision, type PrecisionKind } from './precision';
import {
  arr,
  at,
  date,
  firstObj,
  httpUrl,
  imageUrl,
  isoDurationMs,
  nameOf,
  num,
  obj,
  objs,
  str,
  unique,
  type Rec,
} from './read';
import { readLaunchStatus, type LaunchStatus } from './status';

/**
 * The few facts feeds, calendars, JSON-LD and meta descriptions need, read once from a raw LL2
 * record (2.3.0, or the older 2.0.0/2.2.0 shapes where a field is a string instead of an object).
 */

export interface OrgFacts {
  name: string;
  abbrev?: string;
  type?: string;
  /** The organisation's own website (`info_url`), never the LL2 API URL. */
  website?: string;
  logo?: string;
}

export interface PlaceFacts {
  /** Pad name ("SLC-40"), or an event's free-text location. */
  name?: string;
  /** Launch site ("Cape Canaveral SFS, FL, USA"). */
  locationName?: string;
  latitude?: number;
  longitude?: number;
  countryCode?: string;
  countryName?: string;
}

export interface LaunchFacts {
  id?: string;
  slug?: string;
  name: string;
  status: LaunchStatus;
  net?: Date;
  windowStart?: Date;
  windowEnd?: Date;
  lastUpdated?: Date;
  /** The NetPrecision object as sent, for its wording. */
  precisionRaw: unknown;
  precision?: PrecisionKind;
  /** 2.0.0 records have no `net_precision`, only these flags. */
  tbdDate: boolean;
  tbdTime: boolean;
  provider?: OrgFacts;
  rocket?: string;
  mission?: { name?: string; description?: string; type?: string; orbit?: string };
  pad?: PlaceFacts;
  image?: string;
  webcasts: string[];
  infoUrls: string[];
  programs: string[];
}

export interface EventFacts {
  id?: string;
  slug?: string;
  name: string;
  type?: string;
  description?: string;
  date?: Date;
  precisionRaw: unknown;
  precision?: PrecisionKind;
  durationMs?: number;
  lastUpdated?: Date;
  location?: PlaceFacts;
  image?: string;
  webcasts: string[];
  infoUrls: string[];
  agencies: OrgFacts[];
  programs: string[];
}

export function readOrg(value: unknown): OrgFacts | undefined {
  const o = obj(value);
  const name = str(o?.name);
  if (!o || !name) return undefined;
  const abbrev = str(o.abbrev);
  return {
    name,
    abbrev: abbrev && abbrev !== name ? abbrev : undefined,
    type: nameOf(o.type),
    website: httpUrl(o.info_url),
    logo: imageUrl(o.logo) ?? httpUrl(o.logo_url),
  };
}

function latitude(value: unknown): number | undefined {
  const n = num(value);
  return n !== undefined && n >= -90 && n <= 90 ? n : undefined;
}

function longitude(value: unknown): number | undefined {
  const n = num(value);
  return n !== undefined && n >= -180 && n <= 180 ? n : undefined;
}

/** Country from a 2.3.0 `country` object/array, or a 2.0.0/2.2.0 `country_code` (alpha-3). */
export function readCountry(rec: Rec | undefined): { code?: string; name?: string } {
  const country = firstObj(rec?.country);
  const code = str(country?.alpha_2_code) ?? str(country?.alpha_3_code) ?? str(rec?.country_code);
  return { code, name: str(country?.name) };
}

export function readPad(value: unknown): PlaceFacts | undefined {
  const pad = obj(value);
  if (!pad) return undefined;
  const location = obj(pad.location);
  const padCountry = readCountry(pad);
  const locCountry = readCountry(location);
  const lat = latitude(pad.latitude) ?? latitude(location?.latitude);
  const lon = longitude(pad.longitude) ?? longitude(location?.longitude);
  const hasCoords = lat !== undefined && lon !== undefined;
  return {
    name: str(pad.name),
    locationName: str(location?.name),
    latitude: hasCoords ? lat : undefined,
    longitude: hasCoords ? lon : undefined,
    countryCode: padCountry.code ?? locCountry.code,
    countryName: padCountry.name ?? locCountry.name,
  };
}

/** http(s) URLs of `vid_urls`/`info_urls` entries (2.2.0 spells it `vidURLs`). */
export function readLinkList(value: unknown): string[] {
  return unique(arr(value).map((v) => httpUrl(obj(v)?.url) ?? httpUrl(v)));
}

function id(rec: Rec): string | undefined {
  return str(rec.id);
}

export function readLaunch(rec: Rec): LaunchFacts {
  const mission = obj(rec.mission);
  const configuration = obj(at(rec, 'rocket', 'configuration'));
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
      : undefined,
    pad: readPad(rec.pad),
    image: imageUrl(rec.image) ?? httpUrl(rec.image_url),
    webcasts: readLinkList(rec.vid_urls ?? rec.vidURLs),
    infoUrls: readLinkList(rec.info_urls ?? rec.infoURLs),
    programs: unique(objs(rec.program).map((p) => str(p.name))),
  };
}

/** LL2 events sometimes carry the text "None" as their location. */
const NO_LOCATION = /^(none|null|n\/a|unknown|tbd)$/i;

export function readEvent(rec: Rec): EventFacts {
  const rawLocation = str(rec.location);
  const locationName = rawLocation && !NO_LOCATION.test(rawLocation) ? rawLocation : undefined;
  return {
    id: id(rec),
    slug: str(rec.slug),
    name: str(rec.name) ?? 'Unnamed event',
    type: nameOf(rec.type),
    description: str(rec.description),
    date: date(rec.date),
    precisionRaw: rec.date_precision,
    precision: parsePrecision(rec.date_precision),
    durationMs: isoDurationMs(rec.duration),
    lastUpdated: date(rec.last_updated),
    location: locationName ? { name: locationName } : undefined,
    image: imageUrl(rec.image) ?? httpUrl(rec.feature_image),
    webcasts: readLinkList(rec.vid_urls),
    infoUrls: readLinkList(rec.info_urls),
    agencies: objs(rec.agencies)
      .map(readOrg)
      .filter((o): o is OrgFacts => o !== undefined),
    programs: unique(objs(rec.program).map((p) => str(p.name))),
  };
}
