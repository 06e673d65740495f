import { at } from '@/lib/ll2/read';
import { getResource } from '@/lib/resources';
import type { WireRecord } from '@/lib/resources/types';
import type { IncomingRecord, Richness } from '@/lib/store/types';
import { describeIssues, wireSchemas, type WireResourceKey } from '@/lib/ll2/wire';
import { toCurrentShape } from './legacy';

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

const MAX_DEPTH = 6;

function isWireKey(key: string): key is WireResourceKey {
  return Object.hasOwn(wireSchemas, key);
}

/** zod puts a schema's declared keys first; LL2's own key order is what the API should give back. */
function inOriginalOrder(original: unknown, parsed: Record<string, unknown>): WireRecord {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(original as Record<string, unknown>)) if (key in parsed) out[key] = parsed[key];
  for (const key of Object.keys(parsed)) if (!(key in out)) out[key] = parsed[key];
  return out as WireRecord;
}

/** Validates a record against its resource's wire schema; returns the reason when it fails. */
export function validateRecord(resource: string, record: unknown): { ok: true; record: WireRecord } | { ok: false; reason: string } {
  if (!isWireKey(resource)) return { ok: false, reason: `unknown resource ${resource}` };
  const result = wireSchemas[resource].safeParse(record);
  if (!result.success) return { ok: false, reason: describeIssues(result.error) };
  return { ok: true, record: inOriginalOrder(record, result.data) };
}

function withInherited(
  outer: WireRecord,
  item: Record<string, unknown>,
  inherit: Readonly<Record<string, string>> | undefined,
): Record<string, unknown> {
  if (!inherit) return item;
  const out = { ...item };
  for (const [key, path] of Object.entries(inherit)) {
    const value = at(outer, path);
    if (out[key] == null && value !== null && typeof value === 'object' && !Array.isArray(value)) out[key] = value;
  }
  return out;
}

/**
 * Turns top-level records of one resource into store writes: the records themselves plus every
 * embedded record of another resource (an agency inside a launch, a station inside a docking
 * event), each as a poorer copy that never overwrites a richer one. Throws ImportError naming
 * the record when a top-level record is malformed.
 */
export function normaliseRecords(
  resource: string,
  rawRecords: unknown[],
  options: { richness: Richness; source: string; synthetic?: boolean },
): { records: IncomingRecord[]; skippedNested: number } {
  const out: IncomingRecord[] = [];
  let skippedNested = 0;

  const walk = (key: string, record: WireRecord, depth: number) => {
    const def = getResource(key);
    if (!def || depth > MAX_DEPTH) return;
    for (const ref of def.nested ?? []) {
      const found = at(record, ref.path);
      for (const item of Array.isArray(found) ? found : [found]) {
        if (item === null || typeof item !== 'object' || Array.isArray(item)) continue;
        const nested =
          ref.parentAs && !(ref.parentAs in item)
            ? { ...item, [ref.parentAs]: { id: record.id, name: record.name } }
            : (item as Record<string, unknown>);
        const checked = validateRecord(ref.resource, withInherited(record, nested, ref.inherit));
        if (!checked.ok) {
          skippedNested += 1;
          continue;
        }
        out.push({ resource: ref.resource, record: checked.record, richness: 0, synthetic: options.synthetic });
        walk(ref.resource, checked.record, depth + 1);
      }
    }
  };

  rawRecords.forEach((raw, index) => {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      throw new ImportError(`${options.source}: record #${index + 1} is not an object`);
    }
    const shaped = toCurrentShape(resource, raw as Record<string, unknown>);
    const checked = validateRecord(resource, shaped);
    if (!checked.ok) {
      const id = (raw as { id?: unknown }).id;
      throw new ImportError(`${options.source}: ${resource} record #${index + 1}${id !== undefined ? ` (id ${String(id)})` : ''} is invalid: ${checked.reason}`);
    }
    out.push({ resource, record: checked.record, richness: options.richness, synthetic: options.synthetic });
    walk(resource, checked.record, 1);
  });
  return { records: out, skippedNested };
}
