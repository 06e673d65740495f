/**
 * Text for times and durations. Everything is UTC so server-rendered markup is identical for every
 * visitor and never mismatches on hydration.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "34 days 14 h", "1 day", "5 h 12 min", "12 min". */
export function durationText(ms: number): string {
  if (!Number.isFinite(ms) || ms < MINUTE) return ms >= 0 ? 'under 1 min' : '0 min';
  const totalMinutes = Math.floor(ms / MINUTE);
  const days = Math.floor(totalMinutes / (24 * 60));
  const hours = Math.floor((totalMinutes % (24 * 60)) / 60);
  const minutes = totalMinutes % 60;
  if (days > 0)
    return hours > 0 ? `${plural(days, 'day', 'days')} ${hours} h` : plural(days, 'day', 'days');
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "2024-09-29 21:31 UTC": the compact numeric form for the timeline's dense table and captions
 * (the page-wide `formatUtc` in lib/format/time.ts writes "29 Sep 2024, 21:31 UTC").
 */
export function formatUtcCompact(date: Date): string {
  return (
    `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`
  );
}

/** "2024-09-29T21:31:00Z": the form LL2 uses, and short enough for query strings. */
export function toIsoParam(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export const MS = { MINUTE, HOUR, DAY } as const;
