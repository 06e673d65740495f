/** Marks every synthetic name, so no generated record can pass for a real one. */
export const SYN = '[SYN] ';

/** Synthetic ids start here, far above any real LL2 id; each kind of record has its own block. */
export const SYN_ID_BASE = 10_000_000;

const ID_BLOCKS = [
  'agency',
  'launcherConfig',
  'location',
  'pad',
  'program',
  'spacecraftConfig',
  'station',
  'dockingLocation',
  'spacecraft',
  'spacecraftFlight',
  'payloadFlight',
  'payload',
  'landing',
  'event',
  'dockingEvent',
  'rocket',
  'mission',
  'astronaut',
  'launcher',
  'astronautFlight',
  'landingLocation',
  'family',
] as const;

export type IdKind = (typeof ID_BLOCKS)[number];

/** `synId('pad', 3)` → 10_000_000 + 3·10⁷ + 3: unique per kind, never below 10,000,000. */
export function synId(kind: IdKind, index: number): number {
  return SYN_ID_BASE + ID_BLOCKS.indexOf(kind) * 10_000_000 + index;
}

export const API_BASE = 'https://synthetic.invalid/2.3.0';

export const apiUrl = (path: string, id: string | number) => `${API_BASE}/${path}/${id}/`;

/** LL2's datetime form: `2024-09-29T21:31:00Z`. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** ISO 8601 duration the way LL2 writes it: `P372DT14H50M27S`, `PT4H35M`. */
export function isoDuration(totalSeconds: number): string {
  let s = Math.max(0, Math.round(totalSeconds));
  const days = Math.floor(s / 86400);
  s -= days * 86400;
  const hours = Math.floor(s / 3600);
  s -= hours * 3600;
  const minutes = Math.floor(s / 60);
  s -= minutes * 60;
  let out = 'P';
  if (days) out += `${days}D`;
  if (hours || minutes || s || !days) {
    out += 'T';
    if (hours) out += `${hours}H`;
    if (minutes) out += `${minutes}M`;
    if (s || (!hours && !minutes)) out += `${s}S`;
  }
  return out;
}

export const DAY = 86_400_000;
export const YEAR = 365.25 * DAY;

/** Adds " II", " III"… once a pool of real names has been used up. */
export function roundName(base: string, round: number): string {
  if (round === 0) return base;
  const numerals = ['', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
  return `${base} ${numerals[round] ?? String(round + 1)}`;
}

/** Milliseconds of an LL2 date (`2024-09-28`) or datetime, or null. */
export const dateMs = (text: string | null | undefined): number | null => {
  if (!text) return null;
  const ms = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isFinite(ms) ? ms : null;
};
