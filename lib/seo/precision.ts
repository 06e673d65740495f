import {
  formatUtcDay,
  halfOf,
  MONTHS_LONG,
  pad2,
  quarterOf,
  utcParts,
  type PrecisionKind,
} from '@/lib/format/time';
import { date as toDate, nameOf, obj, str } from '@/lib/ll2/read';

/**
 * How exactly LL2 knows a launch's NET (`net_precision`) or an event's date (`date_precision`).
 * Both are NetPrecision objects `{ id, name, abbrev, description }` ("Month"/"MON", "Quarter 3"/"Q3").
 * The kinds and the month names are shared with `@/lib/format/time`; this module keeps the SEO
 * wording ("week of …", "FY2026", no comma before the time), which feeds, calendars and OG cards use.
 */
export type { PrecisionKind };

const ORDER: readonly PrecisionKind[] = [
  'second',
  'minute',
  'hour',
  'morning',
  'afternoon',
  'day',
  'week',
  'month',
  'quarter',
  'half',
  'year',
  'fiscal-year',
  'decade',
];

const LABEL: Record<PrecisionKind, string> = {
  second: 'Second',
  minute: 'Minute',
  hour: 'Hour',
  morning: 'Morning',
  afternoon: 'Afternoon',
  day: 'Day',
  week: 'Week',
  month: 'Month',
  quarter: 'Quarter',
  half: 'Half',
  year: 'Year',
  'fiscal-year': 'Fiscal Year',
  decade: 'Decade',
};

/** Reads names ("Month", "Quarter 3", "Morning (local time)") and abbrevs ("MON", "Q3", "H2"). */
function kindFromText(text: string): PrecisionKind | undefined {
  const t = text
    .replace(/\(.*\)/, '')
    .trim()
    .toLowerCase();
  if (t === 'second' || t === 'sec') return 'second';
  if (t === 'minute' || t === 'min') return 'minute';
  if (t === 'hour' || t === 'hr') return 'hour';
  if (t === 'morning' || t === 'am') return 'morning';
  if (t === 'afternoon' || t === 'pm') return 'afternoon';
  if (t === 'day') return 'day';
  if (t === 'week' || t === 'wk') return 'week';
  if (t === 'month' || t === 'mon' || t === 'm') return 'month';
  if (/^(quarter\b|q[1-4]$)/.test(t)) return 'quarter';
  if (/^(half\b|h[12]$)/.test(t)) return 'half';
  if (t.startsWith('fiscal') || t === 'fy') return 'fiscal-year';
  if (t === 'year' || t === 'yr' || t === 'y') return 'year';
  if (t === 'decade' || t === 'dec') return 'decade';
  return undefined;
}

/** Reads a NetPrecision object (name first, then abbrev) or a bare name/abbrev string. */
export function parsePrecision(value: unknown): PrecisionKind | null {
  const o = obj(value);
  const candidates = o ? [str(o.name), str(o.abbrev)] : [str(value)];
  for (const c of candidates) {
    const kind = c ? kindFromText(c) : undefined;
    if (kind) return kind;
  }
  return null;
}

/** The record's own wording ("Quarter 3") when it has one, else our label for the kind. */
export function precisionLabel(value: unknown, kind: PrecisionKind): string {
  return nameOf(value) ?? LABEL[kind];
}

/** Day-level or coarser: the exact time is not known, so calendars show a date span. */
export function isImprecise(kind: PrecisionKind | null): boolean {
  return kind !== null && ORDER.indexOf(kind) >= ORDER.indexOf('morning');
}

/**
 * The UTC date span (end exclusive, both at midnight) that an imprecise NET stands for. LL2 keeps
 * NETs in UTC, so the period is the one containing the NET instant in UTC.
 */
export function precisionSpan(at: Date, kind: PrecisionKind): { start: Date; end: Date } {
  const y = at.getUTCFullYear();
  const m = at.getUTCMonth();
  const d = at.getUTCDate();
  const utc = (year: number, month: number, day = 1) => new Date(Date.UTC(year, month, day));
  switch (kind) {
    case 'week':
      return { start: utc(y, m, d), end: utc(y, m, d + 7) };
    case 'month':
      return { start: utc(y, m), end: utc(y, m + 1) };
    case 'quarter': {
      const q = Math.floor(m / 3) * 3;
      return { start: utc(y, q), end: utc(y, q + 3) };
    }
    case 'half': {
      const h = m < 6 ? 0 : 6;
      return { start: utc(y, h), end: utc(y, h + 6) };
    }
    // A fiscal year is agency-specific (NASA's starts in October); the calendar year that holds
    // the NET is the honest span we can derive without knowing whose fiscal year it is.
    case 'year':
    case 'fiscal-year':
      return { start: utc(y, 0), end: utc(y + 1, 0) };
    case 'decade': {
      const start = Math.floor(y / 10) * 10;
      return { start: utc(start, 0), end: utc(start + 10, 0) };
    }
    default:
      return { start: utc(y, m, d), end: utc(y, m, d + 1) };
  }
}

/** "28 Sep 2024" in UTC. */
export const formatDay = formatUtcDay;

/** "28 Sep 2024 14:17 UTC". */
export function formatDateTime(at: Date): string {
  return `${formatDay(at)} ${pad2(at.getUTCHours())}:${pad2(at.getUTCMinutes())} UTC`;
}

/**
 * A NET as people say it, honouring its precision: "28 Sep 2024 14:17 UTC", "28 Sep 2024",
 * "June 2026", "Q3 2026", "H2 2026", "2026". `precision` is a NetPrecision object or its
 * name/abbrev; without one the time is shown in full. Returns "TBD" when there is no valid date.
 */
export function formatNetWithPrecision(iso: unknown, precision?: unknown): string {
  const at = iso instanceof Date ? (Number.isNaN(iso.getTime()) ? undefined : iso) : toDate(iso);
  if (!at) return 'TBD';
  const kind = parsePrecision(precision);
  const { year: y, month } = utcParts(at);
  switch (kind) {
    case 'morning':
    case 'afternoon':
    case 'day':
      return formatDay(at);
    case 'week':
      return `week of ${formatDay(at)}`;
    case 'month':
      return `${MONTHS_LONG[month - 1] ?? ''} ${y}`;
    case 'quarter':
      return `Q${quarterOf(month)} ${y}`;
    case 'half':
      return `H${halfOf(month)} ${y}`;
    case 'year':
      return String(y);
    case 'fiscal-year':
      return `FY${y}`;
    case 'decade':
      return `${Math.floor(y / 10) * 10}s`;
    default:
      return formatDateTime(at);
  }
}
