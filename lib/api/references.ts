import { getResource } from '@/lib/resources';
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
      // Copied only along the paths completed: a launch is tens of kilobytes of JSON, and
      // cloning each whole took a fifth of an uncached API answer's time.
      const record: Json = { ...original };
      const copied = new WeakSet<object>([record]);
      // In the definition's order, so `pad` is completed before `pad.location` is read.
      for (const ref of def.nested ?? []) {
        if (!getResource(ref.resource)) continue;
        for (const embedded of copiesAt(record, ref.path, copied)) {
          if (typeof embedded.id !== 'number' && typeof embedded.id !== 'string') continue;
          const own = await stored(ref.resource, embedded.id);
          if (!own) continue;
          // A copy: a later reference may complete what is taken here (a pad's location), and
          // the stored record is shared by every answer.
          for (const [key, v] of Object.entries(own))
            if (!(key in embedded))
              embedded[key] = typeof v === 'object' && v !== null ? structuredClone(v) : v;
        }
      }
      return record as WireRecord;
    }),
  );
}

/**
 * The objects at `path` (`pad.location`, `program[]`; `at`'s syntax in lib/ll2/read.ts) in `record`,
 * each of them and everything above it replaced by a shallow copy first (once: `copied`), so
 * that completing them leaves the record it was copied from as it was.
 */
function copiesAt(record: Json, path: string, copied: WeakSet<object>): Json[] {
  const own = <T extends object>(value: T, copy: () => T): T => {
    if (copied.has(value)) return value;
    const made = copy();
    copied.add(made);
    return made;
  };
  const parts = path.split('.');
  let parents: Json[] = [record];
  parts.forEach((raw, i) => {
    const many = raw.endsWith('[]');
    const key = many ? raw.slice(0, -2) : raw;
    const next: Json[] = [];
    for (const parent of parents) {
      const child = parent[key];
      // A list at the end of the path is walked item by item.
      if (Array.isArray(child) && (many || i === parts.length - 1)) {
        const items = own(child, () => child.slice());
        parent[key] = items;
        items.forEach((item: unknown, n) => {
          if (!isObject(item)) return;
          const copy = own(item, () => ({ ...item }));
          items[n] = copy;
          next.push(copy);
        });
      } else if (!many && isObject(child)) {
        const copy = own(child, () => ({ ...child }));
        parent[key] = copy;
        next.push(copy);
      }
    }
    parents = next;
  });
  return parents;
}
