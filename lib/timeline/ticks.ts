/**
 * Axis ticks for spans from minutes to a century, on UTC calendar boundaries (midnight, Monday,
 * the first of a month or quarter, 1 January, round years) so the gridlines mean something.
 */

import { MONTHS_SHORT as MONTHS } from '@/lib/format/time';
import { MS } from './format';

export interface TimeWindow {
  start: Date;
  end: Date;
}

export interface Tick {
  time: Date;
  /** Pixels from the left edge of the plot. */
  x: number;
  label: string;
  /** Starts a larger unit (a new day, a new year): drawn stronger. */
  major: boolean;
}

type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

interface Step {
  unit: Unit;
  n: number;
}

const STEPS: readonly Step[] = [
  { unit: 'minute', n: 15 },
  { unit: 'minute', n: 30 },
  { unit: 'hour', n: 1 },
  { unit: 'hour', n: 2 },
  { unit: 'hour', n: 3 },
  { unit: 'hour', n: 4 },
  { unit: 'hour', n: 6 },
  { unit: 'hour', n: 8 },
  { unit: 'hour', n: 12 },
  { unit: 'day', n: 1 },
  { unit: 'day', n: 2 },
  { unit: 'week', n: 1 },
  { unit: 'week', n: 2 },
  { unit: 'month', n: 1 },
  { unit: 'month', n: 2 },
  { unit: 'month', n: 3 },
  { unit: 'month', n: 6 },
  { unit: 'year', n: 1 },
  { unit: 'year', n: 2 },
  { unit: 'year', n: 5 },
  { unit: 'year', n: 10 },
  { unit: 'year', n: 20 },
  { unit: 'year', n: 50 },
  { unit: 'year', n: 100 },
];

const APPROX_MS: Record<Unit, number> = {
  minute: MS.MINUTE,
  hour: MS.HOUR,
  day: MS.DAY,
  week: 7 * MS.DAY,
  month: 30.44 * MS.DAY,
  year: 365.25 * MS.DAY,
};

// 1970-01-05 was a Monday: week alignment counts from there.
const EPOCH_MONDAY = Date.UTC(1970, 0, 5);

/** The first boundary of `step` at or after `t`. */
function firstBoundary(step: Step, t: number): number {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  switch (step.unit) {
    case 'minute':
    case 'hour': {
      const size = step.n * APPROX_MS[step.unit];
      const dayStart = Date.UTC(y, d.getUTCMonth(), d.getUTCDate());
      return dayStart + Math.ceil((t - dayStart) / size) * size;
    }
    case 'day':
    case 'week': {
      const size = step.n * APPROX_MS[step.unit];
      const origin = step.unit === 'week' ? EPOCH_MONDAY : 0;
      return origin + Math.ceil((t - origin) / size) * size;
    }
    case 'month': {
      let m = Math.ceil(d.getUTCMonth() / step.n) * step.n;
      let candidate = Date.UTC(y, m, 1);
      if (candidate < t) candidate = Date.UTC(y, (m += step.n), 1);
      return candidate;
    }
    case 'year': {
      let year = Math.ceil(y / step.n) * step.n;
      if (Date.UTC(year, 0, 1) < t) year += step.n;
      return Date.UTC(year, 0, 1);
    }
  }
}

function nextBoundary(step: Step, t: number): number {
  if (step.unit === 'month') {
    const d = new Date(t);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step.n, 1);
  }
  if (step.unit === 'year') return Date.UTC(new Date(t).getUTCFullYear() + step.n, 0, 1);
  return t + step.n * APPROX_MS[step.unit];
}

const pad = (n: number) => String(n).padStart(2, '0');

function label(step: Step, d: Date, first: boolean): { label: string; major: boolean } {
  const day = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  const year = d.getUTCFullYear();
  switch (step.unit) {
    case 'minute':
    case 'hour': {
      const midnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0;
      const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
      if (midnight) return { label: first ? `${day} ${year}` : day, major: true };
      return { label: first ? `${day} ${time}` : time, major: false };
    }
    case 'day':
    case 'week': {
      const newYear =
        d.getUTCMonth() === 0 && d.getUTCDate() <= step.n * (step.unit === 'week' ? 7 : 1);
      return { label: first || newYear ? `${day} ${year}` : day, major: d.getUTCDate() === 1 };
    }
    case 'month': {
      if (d.getUTCMonth() === 0) return { label: String(year), major: true };
      const month = MONTHS[d.getUTCMonth()] ?? '';
      return { label: first ? `${month} ${year}` : month, major: false };
    }
    case 'year':
      return { label: String(year), major: year % (step.n * 10) === 0 };
  }
}

/** How many ticks fit: one per 100 px leaves room for a "29 Sep 21:00" label; never more than 12. */
export function maxTicksForWidth(width: number): number {
  return Math.min(12, Math.max(2, Math.floor(width / 100)));
}

function boundaries(step: Step, start: number, end: number, limit: number): number[] | null {
  const out: number[] = [];
  for (let t = firstBoundary(step, start); t <= end; t = nextBoundary(step, t)) {
    if (out.length === limit) return null;
    out.push(t);
  }
  return out;
}

/** Ticks for the window: the finest calendar step that keeps the count at or below the width's budget. */
export function generateTicks(window: TimeWindow, width: number): Tick[] {
  const start = window.start.getTime();
  const end = window.end.getTime();
  const span = end - start;
  if (!(span > 0) || !(width > 0)) return [];
  const limit = maxTicksForWidth(width);

  for (const step of STEPS) {
    // Skip steps that clearly give too many ticks without walking them.
    if (span / (step.n * APPROX_MS[step.unit]) > limit + 2) continue;
    const times = boundaries(step, start, end, limit);
    if (!times) continue;
    return times.map((t, i) => {
      const time = new Date(t);
      return { time, x: ((t - start) / span) * width, ...label(step, time, i === 0) };
    });
  }
  return [];
}
