import { componentShape, endpointShape } from '@/lib/ll2/schema-shapes';
import { resourceList } from '@/lib/resources';
import { slugify } from '@/lib/resources/slug';
import type { Mode, ResourceDef, WireRecord } from '@/lib/resources/types';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The LL2 serializer a list of `def` answers with in `mode` (`LaunchBasic` for `mode=list`). */
export function modeComponent(def: ResourceDef, mode: Mode): string {
  const component = endpointShape(def.apiPath).modes[mode];
  if (!component) throw new Error(`${def.apiPath} has no ${mode} mode in LL2's schema`);
  return component;
}

/** The serializer of `def`'s detail answer (`LaunchDetailed`, `Pad`, `ProgramNormal`). */
export function detailComponent(def: ResourceDef): string {
  return endpointShape(def.apiPath).detail;
}

/**
 * LL2 makes a slug from the name (Django's `slugify`); a record without one gets the slug its
 * detail page has on this site (a launch's is made unique by its id), else the same.
 */
const DEF_BY_PATH = new Map(resourceList.map((def) => [def.apiPath, def]));

function slugFor(record: Json, path: string | undefined): string {
  const def = path ? DEF_BY_PATH.get(path) : undefined;
  const own = def?.slug?.(record as WireRecord);
  if (own) return own;
  const fromName = typeof record.name === 'string' ? slugify(record.name) : '';
  return fromName || String(record.id);
}

interface Written {
  value: Json;
  /** False when a key the serializer requires could not be given a value it allows. */
  whole: boolean;
}

const SCALAR_CHECKS: [flag: string, check: (value: unknown) => boolean][] = [
  ['S', (v) => typeof v === 'string'],
  ['I', (v) => Number.isInteger(v)],
  ['N', (v) => typeof v === 'number' && Number.isFinite(v)],
  ['B', (v) => typeof v === 'boolean'],
];

/** Whether a stored value has the JSON type the serializer gives the key (null aside). */
function fits(value: unknown, flags: string, nested: string | undefined): boolean {
  if (value === null) return true;
  if (flags.includes('a')) return Array.isArray(value);
  if (nested) return isObject(value);
  return SCALAR_CHECKS.every(([flag, check]) => !flags.includes(flag) || check(value));
}

/** What a stored value becomes under one key of a serializer; `undefined` leaves the key out. */
function writeValue(
  value: unknown,
  flags: string,
  nested: string | undefined,
  apiBase: string,
): { value?: unknown; whole: boolean } {
  const nullable = flags.includes('n');
  // A value of another type (an older shape's, a converter's slip) is not one LL2 could send.
  if (value !== undefined && !fits(value, flags, nested))
    return writeValue(undefined, flags, undefined, apiBase);
  if (value === undefined || (value === null && !nullable)) {
    // LL2 answers an empty relation with [], never null, even where the schema would allow null.
    if (flags.includes('a')) return { value: [], whole: true };
    if (nullable) return { value: null, whole: true };
    return { whole: !flags.includes('r') };
  }
  if (nested && Array.isArray(value)) {
    // An item that cannot be written whole is left out: the others are still true.
    const items = value.flatMap((item) => {
      if (!isObject(item)) return [item];
      const written = writeComponent(item, nested, apiBase);
      return written.whole ? [written.value] : [];
    });
    return { value: items, whole: true };
  }
  if (nested && isObject(value)) {
    const written = writeComponent(value, nested, apiBase);
    if (written.whole) return { value: written.value, whole: true };
    return writeValue(undefined, flags, undefined, apiBase);
  }
  return { value, whole: true };
}

function writeComponent(record: Json, component: string, apiBase: string): Written {
  const shape = componentShape(component);
  const out: Json = {};
  let whole = true;
  for (const [key, flags, nested] of shape.keys) {
    let value = record[key];
    if (key === 'response_mode' && shape.mode) value = shape.mode;
    else if (
      key === 'url' &&
      shape.path &&
      (typeof record.id === 'number' || typeof record.id === 'string')
    ) {
      value = `${apiBase}/${shape.path}${record.id}/`;
    } else if (
      key === 'slug' &&
      !flags.includes('n') &&
      (typeof value !== 'string' || value === '')
    ) {
      value = slugFor(record, shape.path);
    }
    const written = writeValue(value, flags, nested, apiBase);
    if (written.value !== undefined) out[key] = written.value;
    whole &&= written.whole;
  }
  return { value: out, whole };
}

/**
 * Writes a stored record as LL2's serializer `component` would: exactly its keys, in its order,
 * nested objects written as the serializers it names for them (a launch's provider is an
 * `AgencyMini` in normal mode, an `AgencyDetailed` in detailed mode), so the modes nest as LL2's
 * do (detailed ⊇ normal ⊇ list) by construction. Every `url` of a record with its own endpoint
 * is built here, on `apiBase`; a missing slug is made from the name, as LL2 makes it.
 *
 * Nothing the schema forbids is written, and nothing is made up. A key the stored copy lacks
 * (or holds null where the schema allows none) is null where the schema allows it, `[]` for a
 * list, and left out where the schema does not require it (the `last_updated` an old snapshot
 * never had). A nested object that cannot be written whole (an image converted from a 2.2.0 URL
 * has no id; a location from the 2.0.0 seed page has no celestial body) is null where its key
 * may be, and dropped from a list; only a key the serializer requires and forbids to be null
 * leaves the object incomplete, which the record-level rule (lib/ll2/served.ts) keeps out of
 * answers and the schema test reports.
 */
export function projectToComponent(record: Json, component: string, apiBase: string): Json {
  return writeComponent(record, component, apiBase).value;
}

/** A record of `def` as LL2 answers a list with it in `mode`. */
export function projectRecord(
  def: ResourceDef,
  record: WireRecord,
  mode: Mode,
  apiBase: string,
): Json {
  return projectToComponent(record, modeComponent(def, mode), apiBase);
}

/**
 * The top-level keys of `mode`'s serializer, values as stored (null where missing): what the
 * list pages show for a mode. Nested objects stay whole, since cards read more of them than the
 * smaller serializers keep (a provider's logo).
 */
export function pickModeKeys(def: ResourceDef, record: WireRecord, mode: Mode): WireRecord {
  const out: Json = { id: record.id };
  for (const [key] of componentShape(modeComponent(def, mode)).keys)
    out[key] = key in record ? record[key] : null;
  if ('response_mode' in out) out.response_mode = mode;
  return out as WireRecord;
}
