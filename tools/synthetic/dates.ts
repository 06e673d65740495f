import { cumulative, pickWeighted, type Rng } from './random';
import { DAY, YEAR } from './format';
import type { NetPrecisionKey } from './vocab';

/** When launches happen: cadence over the years, and how precisely each date is known. */

/** Relative launch cadence by year: the 1960s–80s plateau, the 1990s dip, the 2020s boom. */
export function cadence(year: number): number {
  if (year < 1957) return 0;
  if (year === 1957) return 3;
  if (year < 1967) return 25 + (year - 1958) * 11;
  if (year <= 1990) return 125;
  if (year <= 2000) return 125 - (year - 1990) * 3.5;
  if (year <= 2014) return 90;
  if (year <= 2020) return 90 + (year - 2014) * 4;
  return 114 + (year - 2020) * 36;
}

export const FIRST_YEAR = 1957;
export const LAST_YEAR = 2030;

/** Month-by-month weights; months after `now` fade out, as real schedules thin with distance. */
export function monthWeights(now: number): { starts: number[]; weights: Float64Array } {
  const starts: number[] = [];
  const weights: number[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (let month = 0; month < 12; month++) {
      const start = Date.UTC(year, month, 1);
      const mid = start + 15 * DAY;
      const fade = mid > now ? Math.exp(-(mid - now) / (1.1 * YEAR)) : 1;
      starts.push(start);
      weights.push((cadence(year) / 12) * fade * (year === 1957 && month < 9 ? 0 : 1));
    }
  }
  return { starts, weights: cumulative(weights) };
}

/** Chooses a precision and snaps the time to it, never moving a future launch into the past. */
export function precisionFor(
  rng: Rng,
  time: number,
  now: number,
): { precision: NetPrecisionKey; time: number } {
  const d = new Date(time);
  const year = d.getUTCFullYear();
  if (time <= now) {
    if (year < 1970) {
      const p = pickWeighted<NetPrecisionKey>(rng, [
        ['second', 30],
        ['minute', 40],
        ['hour', 10],
        ['day', 20],
      ]);
      return { precision: p, time: snap(time, p) };
    }
    const p = pickWeighted<NetPrecisionKey>(rng, [
      ['second', 72],
      ['minute', 24],
      ['hour', 4],
    ]);
    return { precision: p, time: snap(time, p) };
  }
  const days = (time - now) / DAY;
  const options: [NetPrecisionKey, number][] =
    days < 14
      ? [
          ['second', 45],
          ['minute', 35],
          ['hour', 15],
          ['day', 5],
        ]
      : days < 90
        ? [
            ['minute', 20],
            ['hour', 15],
            ['day', 35],
            ['week', 10],
            ['month', 20],
          ]
        : days < 365
          ? [
              ['day', 20],
              ['month', 45],
              ['q1', 25],
              ['h1', 10],
            ]
          : [
              ['month', 25],
              ['q1', 35],
              ['h1', 20],
              ['year', 20],
            ];
  let precision = pickWeighted(rng, options);
  let snapped = snap(time, precision);
  if (snapped <= now) {
    precision = 'hour';
    snapped = snap(time, precision);
  }
  return { precision: refinePeriod(precision, snapped), time: snapped };
}

export function snap(time: number, precision: NetPrecisionKey): number {
  const d = new Date(time);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (precision) {
    case 'second':
      return Math.floor(time / 1000) * 1000;
    case 'minute':
      return Math.floor(time / 60_000) * 60_000;
    case 'hour':
      return Math.floor(time / 3_600_000) * 3_600_000;
    case 'day':
    case 'week':
      return Date.UTC(y, m, d.getUTCDate());
    case 'month':
      return Date.UTC(y, m, 1);
    case 'q1':
    case 'q2':
    case 'q3':
    case 'q4':
      return Date.UTC(y, Math.floor(m / 3) * 3, 1);
    case 'h1':
    case 'h2':
      return Date.UTC(y, m < 6 ? 0 : 6, 1);
    case 'year':
      return Date.UTC(y, 0, 1);
    default:
      return time;
  }
}

/** `q1`/`h1` stand for "a quarter"/"a half": the snapped month says which one. */
function refinePeriod(precision: NetPrecisionKey, time: number): NetPrecisionKey {
  const m = new Date(time).getUTCMonth();
  if (precision === 'q1') return (['q1', 'q2', 'q3', 'q4'] as const)[Math.floor(m / 3)]!;
  if (precision === 'h1') return m < 6 ? 'h1' : 'h2';
  return precision;
}
