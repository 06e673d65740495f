import { getResource } from '@/lib/resources';
import { readPath } from '@/lib/resources/define';
import type { ResourceDef, WireRecord } from '@/lib/resources/types';

type Json = Record<string, unknown>;

/** A stored record of another resource by id (the richest copy held), or null. */
export type RecordLookup = (resource: string, id: string | number) => Promise<WireRecord | null>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Fills the keys an embedded record lacks from that record's own stored copy. A launch from an
 * older snapshot names its provider by id, name and logo only, while LL2's AgencyMini needs its
 * type; the importer stored the agency itself (with its type) from the agencies file. Keys the
 * embedded copy has are kept as LL2 embedded them. Only for the local store: live records come
 * whole from LL2, and looking references up there would spend its rate limit. The records
 * `lookup` gives are never changed.
 */
export async function withReferencedRecords(
  def: ResourceDef,
  records: WireRecord[],
  lookup: RecordLookup,
): Promise<WireRecord[]> {
  const found = new Map<string, Promise<WireRecord | null>>();
  const stored = (resource: string, id: string | number) => {
    const key = `${resource}:${id}`;
    let record = found.get(key);
    if (!record) {
      record = lookup(resource, id);
      found.set(key, record);
    }
    return record;
  };
  return Promise.all(
    records.map(async (original) => {
      const record = structuredClone(original);
      // In the definition's order, so `pad` is completed before `pad.location` is read.
      for (const ref of def.nested ?? []) {
        if (!getResource(ref.resource)) continue;
        const value = readPath(record, ref.path);
        for (const embedded of Array.isArray(value) ? value : [value]) {
          if (
            !isObject(embedded) ||
            (typeof embedded.id !== 'number' && typeof embedded.id !== 'string')
          )
            continue;
          const own = await stored(ref.resource, embedded.id);
          if (!own) continue;
          // A copy: a later reference may complete what is taken here (a pad's location), and
          // the stored record is shared by every answer.
          for (const [key, v] of Object.entries(own))
            if (!(key in embedded))
              embedded[key] = typeof v === 'object' && v !== null ? structuredClone(v) : v;
        }
      }
      return record;
    }),
  );
}
