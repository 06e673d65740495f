import type { WireRecord } from '@/lib/resources/types';

/**
 * Whether an incoming copy's values win over the stored record's. A richer copy wins, and so
 * does a top-level copy of the same richness (a newer snapshot). A nested copy (richness 0) of
 * a record stored at any richness only fills gaps: an agency nested in a launch never replaces
 * its richer record, and two nested copies that differ slightly (an `ll` vs an `lldev` link)
 * cannot overwrite each other back and forth, so re-running an import changes nothing.
 */
export function replacesStored(incoming: number, stored: number): boolean {
  return incoming > stored || (incoming === stored && incoming > 0);
}

/** `base` with the keys it lacks taken from `extra`, keeping `base`'s key order (LL2's). */
export function withMissingKeys(base: WireRecord, extra: WireRecord): WireRecord {
  const out: WireRecord = { ...base };
  for (const [key, value] of Object.entries(extra)) if (!(key in out)) out[key] = value;
  return out;
}

/** The record to store and its richness, given the stored copy (if any) and an incoming one. */
export function mergeRecord(
  stored: { record: WireRecord; richness: number } | null,
  incoming: { record: WireRecord; richness: number },
): { record: WireRecord; richness: number } {
  if (!stored) return incoming;
  return {
    record: replacesStored(incoming.richness, stored.richness)
      ? withMissingKeys(incoming.record, stored.record)
      : withMissingKeys(stored.record, incoming.record),
    richness: Math.max(stored.richness, incoming.richness),
  };
}
