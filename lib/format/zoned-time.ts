/**
 * The part of date formatting that depends on the reader's time zone or on the current time.
 * The LocalTime island needs only this, so it lives apart from the precision parsing and the
 * calendar texts in ./time (which re-exports it); keep it small.
 */
import { groupThousands } from './group-thousands';

/** LL2 `net_precision` / `date_precision`, normalised (see normalizePrecision in ./time). */
export type PrecisionKind =
  | 'second'
  | 'minute'
  | 'hour'
  | 'morning'
  | 'afternoon'
  | 'day'
  | 'week'
  | 'month'
  | 'quarter'
  | 'half'
  | 'year'
  | 'fiscal-year'
  | 'decade';

/** The precisions with a time of day, the only ones shown in the reader's zone. */
export type ClockKind = 'second' | 'minute' | 'hour';

/** Reader's zone choice: the browser's own zone, UTC, or an IANA zone name. */
export type TimeZonePreference = 'local' | 'UTC' | (string & {});

export const MONTHS_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function utcParts(date: Date): DateParts {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

// Building an Intl.DateTimeFormat costs far more than using one, and a page shows dozens of times.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
  kind: string,
): Intl.DateTimeFormat {
  const key = `${kind}|${locale}|${timeZone}`;
  let fmt = formatters.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, fmt);
  }
  return fmt;
}

const PARTS_OPTIONS: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
};

/** Wall-clock parts of `date` in an IANA zone. */
export function zonedParts(date: Date, timeZone: string): DateParts {
  if (timeZone === 'UTC') return utcParts(date);
  const fmt = formatter('en-US', timeZone, PARTS_OPTIONS, 'parts');
  const out: DateParts = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const p of fmt.formatToParts(date)) {
    if (p.type in out) out[p.type as keyof DateParts] = Number(p.value);
  }
  if (out.hour === 24) out.hour = 0;
  return out;
}

const knownZones = new Map<string, boolean>();

/** True when `Intl` knows the zone (`Europe/Berlin`, `UTC`). */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone === '' || timeZone.length > 64) return false;
  let known = knownZones.get(timeZone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      known = true;
    } catch {
      known = false;
    }
    // Zone names can come from anywhere (a stored preference, a URL): keep the memo bounded.
    if (knownZones.size >= 1000) knownZones.clear();
    knownZones.set(timeZone, known);
  }
  return known;
}

/** A stored preference, checked; anything unknown falls back to the reader's own zone. */
export function parseTimeZonePreference(raw: string | null | undefined): TimeZonePreference {
  if (raw === 'local' || raw === 'UTC') return raw;
  if (typeof raw === 'string' && isValidTimeZone(raw)) return raw;
  return 'local';
}

const ABBREV_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-IN', 'en-NZ'] as const;
/**
 * A short zone name for a moment: "UTC", "EDT", "CEST", "AEST", else the offset ("GMT+9").
 * Different English locales know different abbreviations, so we ask a few and take the first
 * one made of letters.
 */
export function zoneAbbreviation(date: Date, timeZone: string): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  let fallback = timeZone;
  for (const locale of ABBREV_LOCALES) {
    try {
      const name = formatter(locale, timeZone, { timeZoneName: 'short' }, 'zone-name')
        .formatToParts(date)
        .find((p) => p.type === 'timeZoneName')?.value;
      if (!name) continue;
      if (/^[A-Z]{2,5}$/.test(name)) return name;
      if (locale === 'en-US') fallback = name;
    } catch {
      return timeZone;
    }
  }
  return fallback;
}

export const pad2 = (n: number) => String(n).padStart(2, '0');

/** "28 Sep 2024". */
export function dayText(p: Pick<DateParts, 'year' | 'month' | 'day'>): string {
  return `${p.day} ${MONTHS_SHORT[p.month - 1] ?? ''} ${p.year}`;
}

/** 1–4 for a month 1–12. */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** "28 Sep 2024, 12:17 EDT": a timestamp with a time of day, in `timeZone` ("UTC" or IANA). */
export function clockText(date: Date, timeZone: string, kind: ClockKind): string {
  const p = zonedParts(date, timeZone);
  const zone = zoneAbbreviation(date, timeZone);
  const clock =
    kind === 'second'
      ? `${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}`
      : kind === 'minute'
        ? `${pad2(p.hour)}:${pad2(p.minute)}`
        : `~${pad2(p.hour)}:00`;
  return `${dayText(p)}, ${clock} ${zone}`;
}

type RelativeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

/** What `numeric: 'auto'` says for -1, 0 and 1 instead of a number. */
const RELATIVE_WORDS: Record<RelativeUnit, readonly [string, string, string]> = {
  second: ['1 second ago', 'now', 'in 1 second'],
  minute: ['1 minute ago', 'this minute', 'in 1 minute'],
  hour: ['1 hour ago', 'this hour', 'in 1 hour'],
  day: ['yesterday', 'today', 'tomorrow'],
  week: ['last week', 'this week', 'next week'],
  month: ['last month', 'this month', 'next month'],
  quarter: ['last quarter', 'this quarter', 'next quarter'],
  year: ['last year', 'this year', 'next year'],
};

/**
 * English `Intl.RelativeTimeFormat('en', { numeric: 'auto' })`, written out: the first Intl
 * object a page creates makes the browser load ICU's data (20-50 ms on a fast machine), which a
 * reader who sees times in UTC otherwise never needs (see group-thousands).
 */
export function relative(value: number, unit: RelativeUnit): string {
  if (value >= -1 && value <= 1) return RELATIVE_WORDS[unit][value + 1]!;
  const count = groupThousands(Math.abs(value));
  return value > 0 ? `in ${count} ${unit}s` : `${count} ${unit}s ago`;
}

/**
 * "in 3 days", "2 years ago", "tomorrow", "next quarter". Clock precisions pick the unit from
 * the distance; calendar precisions count calendar periods in UTC, so a launch in "2027" is
 * "next year" in December 2026 even though it may be weeks away.
 */
export function relativeText(date: Date, now: Date, kind: PrecisionKind): string {
  const a = utcParts(now);
  const b = utcParts(date);
  const monthDiff = (b.year - a.year) * 12 + (b.month - a.month);
  switch (kind) {
    case 'month':
      return relative(monthDiff, 'month');
    case 'quarter':
      return relative((b.year - a.year) * 4 + (quarterOf(b.month) - quarterOf(a.month)), 'quarter');
    case 'half':
    case 'year':
    case 'fiscal-year':
    case 'decade':
      return relative(b.year - a.year, 'year');
    default:
      break;
  }
  const seconds = (date.getTime() - now.getTime()) / 1000;
  const abs = Math.abs(seconds);
  const dayLevel = kind === 'day' || kind === 'week' || kind === 'morning' || kind === 'afternoon';
  if (dayLevel && abs < 26 * 86_400) {
    const dayDiff = Math.round(
      (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
    );
    return kind === 'week' && Math.abs(dayDiff) >= 7
      ? relative(Math.round(dayDiff / 7), 'week')
      : relative(dayDiff, 'day');
  }
  if (abs < 45) return relative(0, 'second');
  if (abs < 45 * 60) return relative(Math.round(seconds / 60), 'minute');
  if (abs < 22 * 3600) return relative(Math.round(seconds / 3600), 'hour');
  if (abs < 26 * 86_400) return relative(Math.round(seconds / 86_400), 'day');
  if (abs < 320 * 86_400) return relative(Math.round(seconds / (30.44 * 86_400)), 'month');
  return relative(Math.round(seconds / (365.25 * 86_400)), 'year');
}
