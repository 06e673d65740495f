import type { ResourceDef, WireRecord } from '@/lib/resources/types';
import { type ComponentShape, schemaShapes } from './schema-shapes';

/** Keys the API writes itself, whatever the stored copy holds (lib/api/project.ts). */
const DERIVED_KEYS = new Set(['url', 'response_mode', 'slug']);

function endpointComponents(def: ResourceDef): ComponentShape[] {
  const endpoint = schemaShapes.endpoints[def.apiPath];
  if (!endpoint) return [];
  return [...new Set([...Object.values(endpoint.modes), endpoint.detail])].flatMap(
    (name) => schemaShapes.components[name] ?? [],
  );
}

/**
 * The keys a record embedded in another must carry to count as a whole record of its resource:
 * those of the serializer LL2 answers the resource's list with by default (`AgencyNormal`,
 * `Pad`, `ProgramNormal`), less the ones we derive.
 */
export function wholeRecordKeys(def: ResourceDef): string[] | null {
  const component = schemaShapes.endpoints[def.apiPath]?.modes[def.defaultMode];
  const shape = component ? schemaShapes.components[component] : undefined;
  return shape ? shape.keys.map(([key]) => key).filter((key) => !DERIVED_KEYS.has(key)) : null;
}

/** Keys some serializer of the endpoint requires, allows no null for, and we cannot derive. */
export function essentialKeys(def: ResourceDef): string[] {
  const keys = endpointComponents(def).flatMap((shape) =>
    shape.keys
      .filter(
        ([key, flags]) =>
          flags.includes('r') &&
          !flags.includes('n') &&
          !flags.includes('a') &&
          !DERIVED_KEYS.has(key),
      )
      .map(([key]) => key),
  );
  return [...new Set(keys)];
}

/**
 * The one rule for which stored records the LL2-compatible API answers with. LL2 never returns a
 * launch known only by id and name, yet the importer stores such records from references (a
 * launch named in a docking event, an agency nested in a launch), and the pages show them as
 * summaries. The API serves a record when LL2, or a snapshot of it, gave it to us as a record of
 * its own resource (richness 1-3: a list, normal or detailed answer), or when it was embedded
 * with every key of the resource's default serializer (a `Pad` inside a launch is LL2's whole
 * pad); and, either way, when it holds a value for every key one of the endpoint's serializers
 * requires and cannot be null (a docking event's time), so each mode can be written whole.
 * Anything else is left out of lists and counts, and its detail URL answers 404, until a sync or
 * an import brings the record itself.
 */
export function isServable(def: ResourceDef, record: WireRecord, richness: number): boolean {
  if (!essentialKeys(def).every((key) => record[key] !== undefined && record[key] !== null))
    return false;
  if (richness > 0) return true;
  const keys = wholeRecordKeys(def);
  return keys !== null && keys.every((key) => key in record);
}
