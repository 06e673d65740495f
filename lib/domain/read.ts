/**
 * Small typed readers for LL2 records. Records can be partial (nested mini copies, converted
 * 2.0.0 launches, volunteer-edited fields), so every read checks the type it gets and falls back
 * to null; nothing here throws.
 */
import type { LL2Image } from '@/lib/format/images';

export type Obj = Record<string, unknown>;

export function obj(value: unknown): Obj | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Obj)
    : null;
}

/** A dot path through objects: `at(r, 'pad.location.name')`. */
export function at(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const part of path.split('.')) {
    const o = obj(current);
    if (!o) return undefined;
    current = o[part];
  }
  return current;
}

/** A non-blank string, trimmed. */
export function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** A finite number; numeric strings ("45.99") count, as LL2 sends some coordinates as text. */
export function num(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return null;
}

export function bool(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** An ISO date-time string that parses. */
export function iso(value: unknown): string | null {
  const s = str(value);
  return s !== null && !Number.isNaN(Date.parse(s)) ? s : null;
}

export function id(value: unknown): string | number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return str(value);
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
      .filter((v): v is Obj => v !== null)
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
export function countries(record: Obj, key = 'country'): Country[] {
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
