/**
 * Date and time text for LL2 timestamps. Pure and deterministic: month names come from our own
 * table, not from `Intl`, because ICU versions differ ("Sep" vs "Sept" in en-GB) between the
 * server's Node and the reader's browser, and the server text must equal the first client render.
 */

/** LL2 `net_precision` / `date_precision`, normalised. */
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

export interface Precision {
  kind: PrecisionKind;
  /** Quarter (1–4) or half (1–2) when LL2 names it ("Quarter 3", "H2"). */
  part?: number;
}

/** What callers may pass: LL2's object, its name or abbrev, or nothing (treated as minute). */
export type PrecisionInput =
  { name?: string | null; abbrev?: string | null } | string | null | undefined;

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

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** Wall-clock parts of `date` in an IANA zone. */
export function zonedParts(date: Date, timeZone: string): DateParts {
  if (timeZone === 'UTC') return utcParts(date);
  let fmt = partsFormatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, fmt);
  }
  const out: DateParts = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const p of fmt.formatToParts(date)) {
    if (p.type in out) out[p.type as keyof DateParts] = Number(p.value);
  }
  if (out.hour === 24) out.hour = 0;
  return out;
}

/** True when `Intl` knows the zone (`Europe/Berlin`, `UTC`). */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone === '' || timeZone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
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
      const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
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

function dayText(p: Pick<DateParts, 'year' | 'month' | 'day'>): string {
  return `${p.day} ${MONTHS_SHORT[p.month - 1] ?? ''} ${p.year}`;
}

/** "28 Sep 2024": the calendar day of `date` in UTC. */
export function formatUtcDay(date: Date): string {
  return dayText(utcParts(date));
}

/** 1–4 for a month 1–12. */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
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

const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/**
 * "in 3 days", "2 years ago", "tomorrow", "next quarter". Clock precisions pick the unit from
 * the distance; calendar precisions count calendar periods in UTC, so a launch in "2027" is
 * "next year" in December 2026 even though it may be weeks away.
 */
export function formatRelative(date: Date, now: Date, precisionInput?: PrecisionInput): string {
  const { kind } = normalizePrecision(precisionInput);
  const a = utcParts(now);
  const b = utcParts(date);
  const monthDiff = (b.year - a.year) * 12 + (b.month - a.month);
  switch (kind) {
    case 'month':
      return relativeFormat.format(monthDiff, 'month');
    case 'quarter':
      return relativeFormat.format(
        (b.year - a.year) * 4 + (quarterOf(b.month) - quarterOf(a.month)),
        'quarter',
      );
    case 'half':
    case 'year':
    case 'fiscal-year':
    case 'decade':
      return relativeFormat.format(b.year - a.year, 'year');
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
      ? relativeFormat.format(Math.round(dayDiff / 7), 'week')
      : relativeFormat.format(dayDiff, 'day');
  }
  if (abs < 45) return relativeFormat.format(0, 'second');
  if (abs < 45 * 60) return relativeFormat.format(Math.round(seconds / 60), 'minute');
  if (abs < 22 * 3600) return relativeFormat.format(Math.round(seconds / 3600), 'hour');
  if (abs < 26 * 86_400) return relativeFormat.format(Math.round(seconds / 86_400), 'day');
  if (abs < 320 * 86_400)
    return relativeFormat.format(Math.round(seconds / (30.44 * 86_400)), 'month');
  return relativeFormat.format(Math.round(seconds / (365.25 * 86_400)), 'year');
}
