/**
 * The one set of readers for raw LL2 records. Records can be partial (nested mini copies),
 * older-shaped (2.0.0/2.2.0 strings where 2.3.0 has objects, numbers sent as text) or plain wrong
 * (volunteer-edited fields), so every reader checks the type it gets and returns `null` (or `[]`
 * for lists) instead of throwing. Domain mappers, resource definitions, the API and lib/seo all
 * read through here, so the same field reads the same way everywhere.
 */
import type { LL2Image } from '@/lib/format/images';
import { safeHttpUrl } from '@/lib/format/url';

export type Rec = Record<string, unknown>;

/** A plain object (not an array). */
export function obj(value: unknown): Rec | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Rec)
    : null;
}

/**
 * A dot path through objects: `at(r, 'pad.location.name')`. A `[]` step maps over an array and
 * flattens, and then the result is always an array: `at(r, 'program[].id')` is every program id.
 */
export function at(record: unknown, path: string): unknown {
  let current: unknown[] = [record];
  let many = false;
  for (const step of path.split('.')) {
    const spread = step.endsWith('[]');
    const key = spread ? step.slice(0, -2) : step;
    const next: unknown[] = [];
    for (const value of current) {
      const child = obj(value)?.[key];
      if (spread) {
        many = true;
        if (Array.isArray(child)) next.push(...child);
      } else if (child !== undefined) {
        next.push(child);
      }
    }
    current = next;
  }
  return many ? current : current[0];
}

/** A non-blank string, trimmed. Numbers are not text: read ids with `text`. */
export function str(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Text that LL2 may send as a number (ids, serial numbers): a finite number as its decimal text. */
export function text(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  return str(value);
}

/** A record id as sent: a finite number or a non-blank string. */
export function id(value: unknown): string | number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return str(value);
}

/** A finite number; numeric text ("45.99") counts, as LL2 sends some coordinates and years as text. */
export function num(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

export function bool(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Objects in an array; a lone object counts as a one-element list (LL2 `country` is both). */
export function objs(value: unknown): Rec[] {
  if (Array.isArray(value)) return value.map(obj).filter((o): o is Rec => o !== null);
  const single = obj(value);
  return single ? [single] : [];
}

export function firstObj(value: unknown): Rec | null {
  return objs(value)[0] ?? null;
}

/** The display name of a nested thing: 2.3.0 `{ id, name }` objects or 2.0.0 bare strings. */
export function nameOf(value: unknown): string | null {
  return str(value) ?? str(obj(value)?.name);
}

/** An ISO date-time string that parses, as sent. */
export function iso(value: unknown): string | null {
  const s = str(value);
  return s !== null && !Number.isNaN(Date.parse(s)) ? s : null;
}

/** A valid date from an ISO 8601 string (or epoch milliseconds). */
export function date(value: unknown): Date | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

/**
 * An absolute http(s) URL, normalised. Every link we emit (pages, feeds, calendars, JSON-LD)
 * passes through here so `javascript:`/`data:` links from upstream never leave.
 */
export function httpUrl(value: unknown): string | null {
  return safeHttpUrl(value);
}

/** The full-size URL of a 2.3.0 image object, or of a 2.0.0 bare image string. */
export function imageUrl(value: unknown): string | null {
  return httpUrl(value) ?? httpUrl(obj(value)?.image_url);
}

/** The values that are there, each once, in first-seen order. */
export function unique<T>(values: readonly (T | null | undefined)[]): T[] {
  const out: T[] = [];
  for (const v of values) if (v !== null && v !== undefined && !out.includes(v)) out.push(v);
  return out;
}

export interface Named {
  id: string | number | null;
  name: string;
  abbrev: string | null;
}

/** `{ id, name, abbrev? }` objects (types, statuses, agencies mini); null without a name. */
export function named(value: unknown): Named | null {
  const o = obj(value);
  const name = str(o?.name);
  if (!o || name === null) return null;
  return { id: id(o.id), name, abbrev: str(o.abbrev) };
}

export function namedList(value: unknown): Named[] {
  return list(value)
    .map(named)
    .filter((n): n is Named => n !== null);
}

/** An LL2 image object (or a 2.0.0 bare URL), with only well-typed fields kept. */
export function image(value: unknown): LL2Image | null {
  if (typeof value === 'string') return str(value) ? { image_url: value.trim() } : null;
  const o = obj(value);
  if (!o) return null;
  const url = str(o.image_url);
  const thumb = str(o.thumbnail_url);
  if (url === null && thumb === null) return null;
  const license = obj(o.license);
  return {
    name: str(o.name),
    image_url: url,
    thumbnail_url: thumb,
    credit: str(o.credit),
    license: license ? { name: str(license.name), link: str(license.link) } : null,
    variants: list(o.variants)
      .map(obj)
      .filter((v): v is Rec => v !== null)
      .map((v) => ({ type: { name: str(obj(v.type)?.name) }, image_url: str(v.image_url) })),
  };
}

export interface Country {
  name: string | null;
  /** ISO 3166-1 alpha-2, for the flag. */
  alpha2: string | null;
  alpha3: string | null;
}

function country(value: unknown): Country | null {
  if (typeof value === 'string')
    return str(value) ? { name: null, alpha2: null, alpha3: value.trim() } : null;
  const o = obj(value);
  if (!o) return null;
  const alpha2 = str(o.alpha_2_code);
  const alpha3 = str(o.alpha_3_code);
  const name = str(o.name);
  if (alpha2 === null && alpha3 === null && name === null) return null;
  return {
    name,
    alpha2: alpha2 && /^[A-Za-z]{2}$/.test(alpha2) ? alpha2 : null,
    alpha3: alpha3 === '???' ? null : alpha3,
  };
}

/** LL2 2.3.0 has `country` as an object or an array of them; older records a `country_code` text. */
export function countries(record: Rec, key = 'country'): Country[] {
  const value = record[key];
  const raw = Array.isArray(value) ? value : value ? [value] : [];
  const out = raw.map(country).filter((c): c is Country => c !== null);
  if (out.length === 0 && typeof record.country_code === 'string') {
    const c = country(record.country_code);
    if (c) out.push(c);
  }
  return out;
}

/** The text of a precision object (`{ name: "Month" }`) or null. */
export function precision(value: unknown): { name: string | null; abbrev: string | null } | null {
  const o = obj(value);
  if (!o) return null;
  const name = str(o.name);
  const abbrev = str(o.abbrev);
  return name === null && abbrev === null ? null : { name, abbrev };
}

const NUMBER = '(\\d+(?:[.,]\\d+)?)';
const ISO_DURATION = new RegExp(
  `^([+-])?P(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}W)?(?:${NUMBER}D)?(?:T(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`,
  'i',
);
/** Django's own DurationField text, `[-][DD ]HH:MM:SS[.ffffff]`, in case a record holds it. */
const DJANGO_DURATION = /^(-)?(?:(\d+) )?(\d{1,2}):(\d{2}):(\d{2}(?:\.\d+)?)$/;

// Years and months have no fixed length; LL2 only uses days and below, so these are nominal.
const UNIT_SECONDS = [365 * 86_400, 30 * 86_400, 7 * 86_400, 86_400, 3600, 60, 1];

function part(text: string | undefined): number {
  return text === undefined ? 0 : Number(text.replace(',', '.'));
}

/**
 * Seconds in an ISO 8601 duration as LL2 sends them (`P372DT14H50M27S`, `PT4H35M`, `P0D`,
 * `P53DT20H22M20.675124S`), or in Django's `DD HH:MM:SS` text; null when the value is not one.
 * ISO 8601 allows a sign, a decimal comma and lower case, so those read too. Negative results
 * are returned as such: a caller that needs a length checks `>= 0`.
 */
export function durationSeconds(value: unknown): number | null {
  const text = str(value);
  if (text === null) return null;
  const isoMatch = ISO_DURATION.exec(text);
  if (isoMatch) {
    const [, sign, ...parts] = isoMatch;
    // `P` and `PT` alone match the pattern but say nothing, and neither does a trailing `T`.
    if (parts.every((p) => p === undefined) || /t$/i.test(text)) return null;
    const total = parts.reduce((sum, p, i) => sum + part(p) * (UNIT_SECONDS[i] ?? 0), 0);
    return sign === '-' ? -total : total;
  }
  const dj = DJANGO_DURATION.exec(text);
  if (dj) {
    const [, sign, d, h, mi, sec] = dj;
    const total = part(d) * 86_400 + part(h) * 3600 + part(mi) * 60 + part(sec);
    return sign === '-' ? -total : total;
  }
  return null;
}
