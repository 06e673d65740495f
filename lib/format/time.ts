/**
 * Date and time text for LL2 timestamps. Pure and deterministic: month names come from our own
 * table, not from `Intl`, because ICU versions differ ("Sep" vs "Sept" in en-GB) between the
 * server's Node and the reader's browser, and the server text must equal the first client render.
 */

import {
  clockText,
  dayText,
  pad2,
  quarterOf,
  relativeText,
  utcParts,
  type PrecisionKind,
} from './zoned-time';

export {
  isValidTimeZone,
  MONTHS_SHORT,
  pad2,
  parseTimeZonePreference,
  quarterOf,
  utcParts,
  zoneAbbreviation,
  zonedParts,
  type DateParts,
  type PrecisionKind,
  type TimeZonePreference,
} from './zoned-time';

export interface Precision {
  kind: PrecisionKind;
  /** Quarter (1–4) or half (1–2) when LL2 names it ("Quarter 3", "H2"). */
  part?: number;
}

/** What callers may pass: LL2's object, its name or abbrev, or nothing (treated as minute). */
export type PrecisionInput =
  { name?: string | null; abbrev?: string | null } | string | null | undefined;

export const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const KIND_BY_KEY: Record<string, PrecisionKind> = {
  second: 'second',
  sec: 'second',
  minute: 'minute',
  min: 'minute',
  hour: 'hour',
  hr: 'hour',
  morning: 'morning',
  am: 'morning',
  afternoon: 'afternoon',
  pm: 'afternoon',
  day: 'day',
  d: 'day',
  week: 'week',
  w: 'week',
  month: 'month',
  m: 'month',
  quarter: 'quarter',
  q: 'quarter',
  half: 'half',
  h: 'half',
  year: 'year',
  y: 'year',
  fiscal: 'fiscal-year',
  fy: 'fiscal-year',
  decade: 'decade',
  dec: 'decade',
};

/**
 * Reads LL2's precision names ("Minute", "Morning (local time)", "Quarter 3", "Half 2",
 * "Fiscal Year", "Decade") or abbrevs ("MIN", "Q3", "H2", "FY"). Unknown or missing → minute,
 * which is how LL2 treats a timestamp without a precision.
 */
export function normalizePrecision(input: PrecisionInput): Precision {
  const candidates = typeof input === 'string' ? [input] : input ? [input.name, input.abbrev] : [];
  for (const raw of candidates) {
    if (typeof raw !== 'string') continue;
    const text = raw.trim().toLowerCase();
    if (text === '') continue;
    const partMatch = /^(q|h|quarter|half)(?:[\s_-]*(?:year)?[\s_-]*)(\d)\b/.exec(text);
    if (partMatch) {
      const kind = KIND_BY_KEY[partMatch[1] ?? ''];
      const part = Number(partMatch[2]);
      const max = kind === 'quarter' ? 4 : 2;
      if (kind && part >= 1 && part <= max) return { kind, part };
    }
    const word = /^[a-z]+/.exec(text)?.[0] ?? '';
    const kind = KIND_BY_KEY[word];
    if (kind) return { kind };
  }
  return { kind: 'minute' };
}

const RANK: Record<PrecisionKind, number> = {
  second: 0,
  minute: 1,
  hour: 2,
  morning: 3,
  afternoon: 3,
  day: 4,
  week: 5,
  month: 6,
  quarter: 7,
  half: 8,
  year: 9,
  'fiscal-year': 9,
  decade: 10,
};

/**
 * True when the time of day is known (second, minute, hour): only then is a live countdown or a
 * zone conversion meaningful. Morning/afternoon are excluded: LL2 means the launch site's local
 * morning, and the stored clock time is a placeholder.
 */
export function hasTimeOfDay(precision: PrecisionInput): boolean {
  return RANK[normalizePrecision(precision).kind] <= RANK.hour;
}

/** Alias named after how pages decide to show a `<Countdown>`. */
export const isFinerThanDay = hasTimeOfDay;

/** A Date from an ISO string, or null when it does not parse. */
export function parseIso(iso: string | null | undefined): Date | null {
  if (typeof iso !== 'string' || iso.trim() === '') return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : new Date(t);
}

/** "28 Sep 2024": the calendar day of `date` in UTC. */
export function formatUtcDay(date: Date): string {
  return dayText(utcParts(date));
}

/** 1–2 for a month 1–12. */
export function halfOf(month: number): number {
  return month <= 6 ? 1 : 2;
}

/**
 * The display text of a timestamp at a precision, in `timeZone` ("UTC" or IANA).
 * Only second/minute/hour use the zone (and name it); coarser precisions are calendar periods
 * that LL2 states in UTC, so they are shown in UTC without a time: "15 Jun 2026",
 * "June 2026", "Q3 2026", "H2 2026", "2026".
 */
export function formatDateTime(
  date: Date,
  timeZone: string,
  precisionInput?: PrecisionInput,
): string {
  const precision = normalizePrecision(precisionInput);
  const { kind } = precision;
  if (kind === 'second' || kind === 'minute' || kind === 'hour') {
    return clockText(date, timeZone, kind);
  }
  const u = utcParts(date);
  switch (kind) {
    case 'morning':
      return `${dayText(u)} (morning, local time)`;
    case 'afternoon':
      return `${dayText(u)} (afternoon, local time)`;
    case 'day':
      return dayText(u);
    case 'week':
      return `Week of ${dayText(u)}`;
    case 'month':
      return `${MONTHS_LONG[u.month - 1] ?? ''} ${u.year}`;
    case 'quarter':
      return `Q${precision.part ?? quarterOf(u.month)} ${u.year}`;
    case 'half':
      return `H${precision.part ?? halfOf(u.month)} ${u.year}`;
    case 'year':
      return String(u.year);
    case 'fiscal-year':
      return `FY ${u.year}`;
    case 'decade':
      return `${Math.floor(u.year / 10) * 10}s`;
  }
}

/** Server text: the same in every runtime, e.g. "28 Sep 2024, 16:17 UTC". */
export function formatUtc(iso: string, precision?: PrecisionInput): string | null {
  const date = parseIso(iso);
  return date ? formatDateTime(date, 'UTC', precision) : null;
}

/**
 * A valid `<time datetime>` value that claims no more precision than LL2 does:
 * the ISO instant for clock times, `2026-06-15` for days and weeks, `2026-06` for months,
 * the year for anything coarser.
 */
export function machineDateTime(date: Date, precisionInput?: PrecisionInput): string {
  const { kind } = normalizePrecision(precisionInput);
  const u = utcParts(date);
  switch (kind) {
    case 'second':
    case 'minute':
    case 'hour':
    case 'morning':
    case 'afternoon':
      return date.toISOString().replace('.000Z', 'Z');
    case 'day':
    case 'week':
      return `${u.year}-${pad2(u.month)}-${pad2(u.day)}`;
    case 'month':
      return `${u.year}-${pad2(u.month)}`;
    default:
      return String(u.year).padStart(4, '0');
  }
}

/**
 * "in 3 days", "2 years ago", "tomorrow", "next quarter" (see relativeText in ./zoned-time).
 */
export function formatRelative(date: Date, now: Date, precisionInput?: PrecisionInput): string {
  return relativeText(date, now, normalizePrecision(precisionInput).kind);
}
