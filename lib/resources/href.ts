import type { ResourceDef, WireRecord } from './types';

/** `121-spacex`, a launch slug, or a bare id: the segment of a record's detail URL. */
export function canonicalSegment(def: ResourceDef, record: WireRecord): string {
  const slug = def.slug?.(record) ?? null;
  if (def.idType === 'uuid') return slug || String(record.id);
  return slug ? `${record.id}-${slug}` : String(record.id);
}

/**
 * `/agencies/121-spacex`, `/launches/<slug>`, `/docking-events/611`. Pure, so client code (the
 * list pages' "load more") builds the same links as the server.
 */
export function detailHref(def: ResourceDef, record: WireRecord): string {
  return `${def.route}/${canonicalSegment(def, record)}`;
}
