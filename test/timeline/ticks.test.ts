import { describe, expect, it } from 'vitest';
import { generateTicks, maxTicksForWidth } from '@/lib/timeline/layout';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;

const start = new Date('1985-03-17T07:23:00Z');
const spans: [string, number][] = [
  ['3 hours', 3 * HOUR],
  ['12 hours', 12 * HOUR],
  ['2 days', 2 * DAY],
  ['10 days', 10 * DAY],
  ['2 months', 61 * DAY],
  ['1 year', YEAR],
  ['3 years', 3 * YEAR],
  ['12 years', 12 * YEAR],
  ['40 years', 40 * YEAR],
];

describe('generateTicks across spans', () => {
  for (const [name, span] of spans) {
    for (const width of [700, 1000, 2400]) {
      it(`${name} at ${width}px: inside the window, monotonic, on UTC boundaries, a sensible count`, () => {
        const window = { start, end: new Date(start.getTime() + span) };
        const ticks = generateTicks(window, width);
        expect(ticks.length).toBeGreaterThanOrEqual(4);
        expect(ticks.length).toBeLessThanOrEqual(maxTicksForWidth(width));
        expect(ticks.length).toBeLessThanOrEqual(12);
        let prev = -Infinity;
        for (const tick of ticks) {
          expect(tick.time >= window.start && tick.time <= window.end).toBe(true);
          expect(tick.x).toBeGreaterThanOrEqual(0);
          expect(tick.x).toBeLessThanOrEqual(width);
          expect(tick.x).toBeGreaterThan(prev);
          prev = tick.x;
          expect(tick.label).not.toBe('');
        }
        const gaps = ticks.slice(1).map((t, i) => t.time.getTime() - ticks[i]!.time.getTime());
        const step = Math.min(...gaps);
        // Even steps, allowing for month and year lengths.
        expect(Math.max(...gaps) / step).toBeLessThan(1.11);
        // On the calendar boundary that matches the step, in UTC.
        for (const { time } of ticks) {
          expect(time.getUTCSeconds()).toBe(0);
          expect(time.getUTCMinutes() % 15).toBe(0);
          if (step >= DAY) expect(time.getUTCHours()).toBe(0);
          if (step >= 7 * DAY && step < 28 * DAY) expect(time.getUTCDay()).toBe(1);
          if (step >= 28 * DAY) expect(time.getUTCDate()).toBe(1);
          if (step >= 365 * DAY) expect(time.getUTCMonth()).toBe(0);
          if (step >= 5 * 365 * DAY) expect(time.getUTCFullYear() % 5).toBe(0);
        }
      });
    }
  }

  it('keeps labels apart on a narrow plot', () => {
    for (const [, span] of spans) {
      const ticks = generateTicks({ start, end: new Date(start.getTime() + span) }, 320);
      expect(ticks.length).toBeGreaterThanOrEqual(1);
      expect(ticks.length).toBeLessThanOrEqual(3);
    }
  });

  it('labels a 3-hour window in half hours, the first with its date', () => {
    const ticks = generateTicks(
      { start: new Date('2024-09-29T19:10:00Z'), end: new Date('2024-09-29T22:10:00Z') },
      1000,
    );
    expect(ticks.map((t) => t.label)).toEqual([
      '29 Sep 19:30',
      '20:00',
      '20:30',
      '21:00',
      '21:30',
      '22:00',
    ]);
  });

  it('marks midnight with the date on an hourly axis', () => {
    const ticks = generateTicks(
      { start: new Date('2024-09-29T20:00:00Z'), end: new Date('2024-09-30T08:00:00Z') },
      1000,
    );
    const midnight = ticks.find((t) => t.time.toISOString() === '2024-09-30T00:00:00.000Z');
    expect(midnight).toMatchObject({ label: '30 Sep', major: true });
  });

  it('labels days, with the year on the first', () => {
    const ticks = generateTicks(
      { start: new Date('2024-09-01T12:00:00Z'), end: new Date('2024-09-11T12:00:00Z') },
      1000,
    );
    expect(ticks.map((t) => t.label)).toEqual([
      '2 Sep 2024',
      '3 Sep',
      '4 Sep',
      '5 Sep',
      '6 Sep',
      '7 Sep',
      '8 Sep',
      '9 Sep',
      '10 Sep',
      '11 Sep',
    ]);
  });

  it('aligns weeks to Mondays', () => {
    const ticks = generateTicks(
      { start: new Date('2024-01-03T00:00:00Z'), end: new Date('2024-03-01T00:00:00Z') },
      1000,
    );
    expect(ticks.length).toBeGreaterThanOrEqual(6);
    for (const t of ticks) expect(t.time.getUTCDay()).toBe(1);
  });

  it('labels a year in two-month steps, the new year by its number', () => {
    const ticks = generateTicks(
      { start: new Date('2024-01-15T00:00:00Z'), end: new Date('2025-01-15T00:00:00Z') },
      1000,
    );
    expect(ticks.map((t) => t.label)).toEqual(['Mar 2024', 'May', 'Jul', 'Sep', 'Nov', '2025']);
  });

  it('uses quarters when months are too many', () => {
    const ticks = generateTicks(
      { start: new Date('2022-01-01T00:00:00Z'), end: new Date('2024-06-30T00:00:00Z') },
      1200,
    );
    expect(ticks.map((t) => t.time.getUTCMonth() % 3)).toEqual(ticks.map(() => 0));
    expect(ticks[0]!.label).toBe('2022');
  });

  it('labels 40 years in round five-year steps', () => {
    const ticks = generateTicks(
      { start: new Date('1985-06-01T00:00:00Z'), end: new Date('2025-06-01T00:00:00Z') },
      1000,
    );
    expect(ticks.map((t) => t.label)).toEqual([
      '1990',
      '1995',
      '2000',
      '2005',
      '2010',
      '2015',
      '2020',
      '2025',
    ]);
  });

  it('returns nothing for an empty or reversed window', () => {
    expect(generateTicks({ start, end: start }, 1000)).toEqual([]);
    expect(generateTicks({ start, end: new Date(start.getTime() - DAY) }, 1000)).toEqual([]);
  });
});
