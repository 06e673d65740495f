import { num, obj, str } from '@/lib/ll2/read';

/**
 * LL2 launch statuses. 2.3.0 sends `{ id, name: "Go for Launch", abbrev: "Go" }`; 2.0.0 sends
 * `{ id, name: "Go" }`, so we match on abbrev and name text and only then on the id.
 */
export type LaunchStatusKey =
  | 'go'
  | 'tbd'
  | 'tbc'
  | 'hold'
  | 'in-flight'
  | 'success'
  | 'failure'
  | 'partial-failure'
  | 'deployed'
  | 'cancelled'
  | 'unknown';

export interface LaunchStatus {
  key: LaunchStatusKey;
  /** The long name ("Go for Launch"), or the abbreviation when that is all there is. */
  name: string | null;
  /** The short form ("Go", "Success"). */
  abbrev: string | null;
}

const BY_ID: Record<number, LaunchStatusKey> = {
  1: 'go',
  2: 'tbd',
  3: 'success',
  4: 'failure',
  5: 'hold',
  6: 'in-flight',
  7: 'partial-failure',
  8: 'tbc',
  9: 'deployed',
};

function keyFromText(text: string): LaunchStatusKey | undefined {
  const t = text.toLowerCase();
  if (t.includes('partial')) return 'partial-failure';
  if (t.includes('fail')) return 'failure';
  if (t.includes('success')) return 'success';
  if (t.includes('in flight')) return 'in-flight';
  if (t.includes('deployed')) return 'deployed';
  if (t.includes('cancel') || t.includes('scrub')) return 'cancelled';
  if (t.includes('hold')) return 'hold';
  if (t === 'tbc' || t.includes('to be confirmed')) return 'tbc';
  if (t === 'tbd' || t.includes('to be determined')) return 'tbd';
  if (/^go\b/.test(t)) return 'go';
  return undefined;
}

export function readLaunchStatus(value: unknown): LaunchStatus {
  const o = obj(value);
  const name = str(o?.name) ?? str(value);
  const abbrev = str(o?.abbrev);
  const id = num(o?.id);
  const key =
    (abbrev ? keyFromText(abbrev) : undefined) ??
    (name ? keyFromText(name) : undefined) ??
    (id !== null ? BY_ID[id] : undefined) ??
    'unknown';
  return { key, name: name ?? abbrev, abbrev: abbrev ?? name };
}

/** The rocket has left the pad: the outcome, not the schedule, is what is known now. */
export function hasLaunched(key: LaunchStatusKey): boolean {
  return (
    key === 'success' ||
    key === 'failure' ||
    key === 'partial-failure' ||
    key === 'in-flight' ||
    key === 'deployed'
  );
}
