/**
 * Small, total accessors for LL2 records. Records arrive as `Record<string, unknown>` and may be
 * partial, older-shaped (2.0.0/2.2.0 strings where 2.3.0 has objects) or plain wrong, so every
 * reader returns `undefined` instead of throwing.
 */

export type Rec = Record<string, unknown>;

export function obj(value: unknown): Rec | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Rec)
    : undefined;
}

/** Follows a key path through nested objects: `at(launch, 'pad', 'location', 'name')`. */
export function at(value: unknown, ...path: string[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    const o = obj(current);
    if (!o) return undefined;
    current = o[key];
  }
  return current;
}

/** A trimmed, non-empty string; finite numbers are accepted as their decimal text. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A finite number; LL2 2.0.0 sends coordinates and years as strings, so numeric text counts. */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Objects in an array; a lone object counts as a one-element list (LL2 `country` is both). */
export function objs(value: unknown): Rec[] {
  if (Array.isArray(value)) return value.map(obj).filter((o): o is Rec => o !== undefined);
  const single = obj(value);
  return single ? [single] : [];
}

export function firstObj(value: unknown): Rec | undefined {
  return objs(value)[0];
}

/** The display name of a nested thing: 2.3.0 `{ id, name }` objects or 2.0.0 bare strings. */
export function nameOf(value: unknown): string | undefined {
  return str(value) ?? str(obj(value)?.name);
}

/** A valid date from an ISO 8601 string (or epoch milliseconds). */
export function date(value: unknown): Date | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

/**
 * An absolute http(s) URL, normalised, or `undefined`. Everything we emit into feeds, calendars
 * and JSON-LD passes through here so `javascript:`/`data:` links from upstream never leave.
 */
export function httpUrl(value: unknown): string | undefined {
  const text = str(value);
  if (!text) return undefined;
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.username || url.password) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/** The full-size URL of a 2.3.0 image object, or of a 2.0.0 bare image string. */
export function imageUrl(value: unknown): string | undefined {
  return httpUrl(value) ?? httpUrl(obj(value)?.image_url);
}

export function unique<T>(values: readonly (T | undefined)[]): T[] {
  const out: T[] = [];
  for (const v of values) if (v !== undefined && !out.includes(v)) out.push(v);
  return out;
}

const DURATION =
  /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Milliseconds in an ISO 8601 duration such as `P372DT14H50M27S` or `PT51M19.5S`; years and
 * months count as 365 and 30 days (LL2 uses days in practice). `undefined` when unparseable.
 */
export function isoDurationMs(value: unknown): number | undefined {
  const text = str(value);
  if (!text || text === 'P' || text.endsWith('T')) return undefined;
  const match = DURATION.exec(text.toUpperCase());
  if (!match) return undefined;
  const [, y, mo, w, d, h, mi, s] = match.map((part) => (part ? Number(part) : 0));
  const days = (y ?? 0) * 365 + (mo ?? 0) * 30 + (w ?? 0) * 7 + (d ?? 0);
  const ms = ((days * 24 + (h ?? 0)) * 60 + (mi ?? 0)) * 60_000 + (s ?? 0) * 1000;
  return Number.isFinite(ms) ? ms : undefined;
}
