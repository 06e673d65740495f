/**
 * Building blocks for the detail-page mappers (`lib/domain/*-detail.ts`). Records reach us as
 * untyped JSON that may be a full 2.3.0 object, a nested mini copy or a converted 2.0.0 record,
 * so every reader here is total: odd input gives `null`/`[]`, never an exception.
 */
import { formatIsoDuration } from '@/lib/format/duration';
import type { LL2Image, LL2ImageVariant } from '@/lib/format/images';
import { statusTone, type StatusTone } from '@/lib/format/status';
import { hasTimeOfDay, normalizePrecision } from '@/lib/format/time';
import { safeHttpUrl } from '@/lib/format/url';
import { resources, type ResourceKey } from '@/lib/resources';
import { detailHref } from '@/lib/resources/href';
import type { WireRecord } from '@/lib/resources/types';
import {
  date,
  durationSeconds,
  httpUrl,
  imageUrl,
  list,
  nameOf,
  num,
  obj,
  objs,
  str,
  type Rec,
} from '@/lib/ll2/read';

/** Another record we have a page for. */
export interface RecordLink {
  name: string;
  href: string;
}

/** A link off the site; `url` is always a safe http(s) URL. */
export interface WebLink {
  label: string;
  url: string;
}

export interface StatusInfo {
  name: string;
  /** The short form ("Go", "Success"), when LL2 gives one. */
  abbrev: string | null;
  tone: StatusTone;
  description: string | null;
}

/** An organisation as feeds, calendars and JSON-LD name it: a provider, an event's agency. */
export interface Organization {
  name: string;
  /** Left out when it only repeats the name. */
  abbrev: string | null;
  type: string | null;
  /** The organisation's own website (`info_url`), never the LL2 API URL. */
  website: string | null;
  logo: string | null;
}

/** A timestamp and how precisely LL2 knows it (`net_precision` / `date_precision`). */
export interface Moment {
  iso: string;
  /** LL2's precision name ("Minute", "Month", "Quarter 3"); null means to the minute. */
  precision: string | null;
  /** True when the time of day is known, so a countdown and zone conversion mean something. */
  timed: boolean;
}

export interface Duration {
  iso: string;
  seconds: number;
  text: string;
}

export interface Crumb {
  name: string;
  href: string;
}

/** An object with a usable `id`: a record (or a nested copy of one) we can link to. */
export function isWireRecord(value: unknown): value is WireRecord {
  const id = obj(value)?.id;
  return (typeof id === 'number' && Number.isFinite(id)) || (typeof id === 'string' && id !== '');
}

/** Nested copies of records (`launches`, `pads`) that have an id, for the list-card mappers. */
export function wireRecords(value: unknown): WireRecord[] {
  return list(value).filter(isWireRecord);
}

/** A `{ id, name }` object as a link to its detail page; null without an id. */
export function recordLink(key: ResourceKey, value: unknown): RecordLink | null {
  if (!isWireRecord(value)) return null;
  const def = resources[key];
  return { name: def.title(value), href: detailHref(def, value) };
}

export function recordLinks(key: ResourceKey, value: unknown): RecordLink[] {
  const seen = new Set<string>();
  const out: RecordLink[] = [];
  for (const item of objs(value)) {
    const link = recordLink(key, item);
    if (link && !seen.has(link.href)) {
      seen.add(link.href);
      out.push(link);
    }
  }
  return out;
}

export function webLink(label: string, url: unknown): WebLink | null {
  const safe = safeHttpUrl(url);
  return safe ? { label, url: safe } : null;
}

/** Drops missing links and repeats of the same URL, keeping the first label. */
export function webLinks(links: readonly (WebLink | null)[]): WebLink[] {
  const seen = new Set<string>();
  return links.filter((l): l is WebLink => {
    if (!l || seen.has(l.url)) return false;
    seen.add(l.url);
    return true;
  });
}

function imageVariant(value: unknown): LL2ImageVariant | null {
  const v = obj(value);
  // LL2 puts `image_url` on the variant; stores imported before that was kept nest it in `image`.
  const url = safeHttpUrl(v?.image_url) ?? safeHttpUrl(obj(v?.image)?.image_url);
  return v && url ? { type: { name: nameOf(v.type) ?? null }, image_url: url } : null;
}

/**
 * An LL2 image object (or a 2.0.0 bare URL) reduced to what the media components read; null
 * when there is no usable http(s) URL.
 */
export function readImage(value: unknown): LL2Image | null {
  if (typeof value === 'string') {
    const url = safeHttpUrl(value);
    return url ? { image_url: url } : null;
  }
  const o = obj(value);
  if (!o) return null;
  const variants = list(o.variants)
    .map(imageVariant)
    .filter((v): v is LL2ImageVariant => v !== null);
  const image = safeHttpUrl(o.image_url);
  const thumbnail = safeHttpUrl(o.thumbnail_url);
  if (!image && !thumbnail && variants.length === 0) return null;
  const license = obj(o.license);
  return {
    name: str(o.name) ?? null,
    image_url: image,
    thumbnail_url: thumbnail,
    credit: str(o.credit) ?? null,
    license: license ? { name: str(license.name) ?? null, link: safeHttpUrl(license.link) } : null,
    variants,
  };
}

export function readStatus(value: unknown): StatusInfo | null {
  const name = nameOf(value) ?? str(obj(value)?.abbrev);
  if (!name) return null;
  const o = obj(value);
  return { name, abbrev: str(o?.abbrev), tone: statusTone(name), description: str(o?.description) };
}

export function readOrganization(value: unknown): Organization | null {
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

export function readOrganizations(value: unknown): Organization[] {
  return objs(value)
    .map(readOrganization)
    .filter((o): o is Organization => o !== null);
}

/** The precision's name ("Month"), or its abbreviation when that is all there is. */
export function precisionName(value: unknown): string | null {
  return nameOf(value) ?? str(obj(value)?.abbrev) ?? null;
}

export function readMoment(iso: unknown, precision?: unknown): Moment | null {
  const at = date(iso);
  if (!at) return null;
  const name = precisionName(precision);
  return { iso: at.toISOString(), precision: name, timed: hasTimeOfDay(name) };
}

const PRECISION_PHRASES: Record<string, string> = {
  morning: 'day (morning, local time)',
  afternoon: 'day (afternoon, local time)',
  day: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  half: 'half-year',
  year: 'year',
  'fiscal-year': 'fiscal year',
  decade: 'decade',
};

/** "month" for a NET known to the month; null when the time of day is known. */
export function precisionPhrase(moment: Moment): string | null {
  if (moment.timed) return null;
  return PRECISION_PHRASES[normalizePrecision(moment.precision).kind] ?? null;
}

export function readDuration(value: unknown): Duration | null {
  const iso = str(value);
  const seconds = durationSeconds(iso);
  const text = formatIsoDuration(iso);
  if (!iso || seconds === null || text === null || seconds < 0) return null;
  return { iso, seconds, text };
}

/** LL2's free-text lists: "Falcon | Starship" → ["Falcon", "Starship"]. */
export function splitList(value: unknown): string[] {
  const text = str(value);
  if (!text) return [];
  return [
    ...new Set(
      text
        .split(/\s*[|,;]\s*/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** A finite number that is not negative (counters, sizes); null otherwise. */
export function count(value: unknown): number | null {
  const n = num(value);
  return n !== null && n >= 0 ? n : null;
}

export interface Country {
  code: string | null;
  name: string;
}

/** `country` as a 2.3.0 array or object, or a 2.0.0 `country_code`. */
export function readCountries(rec: Rec | null): Country[] {
  const out: Country[] = [];
  for (const c of objs(rec?.country)) {
    const code = str(c.alpha_2_code) ?? null;
    const name = str(c.name) ?? code ?? str(c.alpha_3_code);
    if (name && name !== '???') out.push({ code, name });
  }
  const legacy = str(rec?.country_code);
  if (out.length === 0 && legacy) {
    for (const code of legacy
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean)) {
      out.push({ code: code.length === 2 ? code : null, name: code });
    }
  }
  return out;
}

export interface Coordinates {
  latitude: number;
  longitude: number;
  /** OpenStreetMap at street level, for an external "Open map" link. */
  osmUrl: string;
}

export function readCoordinates(lat: unknown, lon: unknown): Coordinates | null {
  const latitude = num(lat);
  const longitude = num(lon);
  if (latitude === null || longitude === null) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  // LL2 uses 0,0 for "unknown" on some sea and air launch sites.
  if (latitude === 0 && longitude === 0) return null;
  // Six decimals (about 10 cm) for the map link; JSON-LD and calendars keep what LL2 sent.
  const la = Number(latitude.toFixed(6));
  const lo = Number(longitude.toFixed(6));
  return {
    latitude,
    longitude,
    osmUrl: `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=12/${la}/${lo}`,
  };
}

/** Home › Agencies › SpaceX. */
export function detailCrumbs(key: ResourceKey, title: string, path: string): Crumb[] {
  const def = resources[key];
  return [
    { name: 'Home', href: '/' },
    { name: def.plural, href: def.route },
    { name: title, href: path },
  ];
}

/** A list URL on our site with LL2 filter parameters: `/launches?lsp__id=121`. */
export function listHref(key: ResourceKey, params: Record<string, string | number>): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return `${resources[key].route}?${query.toString()}`;
}
