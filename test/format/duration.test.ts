import { describe, expect, it } from 'vitest';
import {
  formatIsoDuration,
  humaniseDuration,
  parseIsoDuration,
  splitDuration,
} from '@/lib/format/duration';

describe('parseIsoDuration', () => {
  it.each([
    ['P372DT14H50M27S', 372 * 86400 + 14 * 3600 + 50 * 60 + 27],
    ['PT4H35M', 4 * 3600 + 35 * 60],
    ['P3DT54M15S', 3 * 86400 + 54 * 60 + 15],
    ['P0D', 0],
    ['PT51M19S', 51 * 60 + 19],
    ['P4DT56M55S', 4 * 86400 + 56 * 60 + 55],
    ['P1W', 7 * 86400],
    ['PT0.5S', 0.5],
    ['PT1,5S', 1.5],
    ['-PT1H', -3600],
    ['p1dt2h', 86400 + 7200],
  ])('%s → %d s', (input, seconds) => {
    expect(parseIsoDuration(input)).toBeCloseTo(seconds, 6);
  });

  it('keeps fractional seconds LL2 sometimes sends', () => {
    expect(parseIsoDuration('P53DT20H22M20.675124S')).toBeCloseTo(
      53 * 86400 + 20 * 3600 + 22 * 60 + 20.675124,
      6,
    );
  });

  it("reads Django's own duration text too", () => {
    expect(parseIsoDuration('372 14:50:27')).toBe(372 * 86400 + 14 * 3600 + 50 * 60 + 27);
    expect(parseIsoDuration('04:35:00')).toBe(4 * 3600 + 35 * 60);
  });

  it.each([['P'], ['PT'], ['P1DT'], ['1 day'], ['PT1H2'], [''], ['P1.5.2D']])(
    'rejects %j',
    (input) => {
      expect(parseIsoDuration(input)).toBeNull();
    },
  );

  it('rejects non-strings', () => {
    expect(parseIsoDuration(null)).toBeNull();
    expect(parseIsoDuration(undefined)).toBeNull();
  });
});

describe('splitDuration', () => {
  it('splits and truncates', () => {
    expect(splitDuration(90061.9)).toEqual({ days: 1, hours: 1, minutes: 1, seconds: 1 });
    expect(splitDuration(-59)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 59 });
  });
});

describe('humaniseDuration', () => {
  it.each([
    ['P372DT14H50M27S', '372 days 14 h'],
    ['PT4H35M', '4 h 35 min'],
    ['P3DT54M15S', '3 days'],
    ['P1DT1H', '1 day 1 h'],
    ['PT51M19S', '51 min 19 s'],
    ['PT45S', '45 s'],
    ['P0D', '0 s'],
    ['P603DT15H24M1S', '603 days 15 h'],
    ['P1500D', '1,500 days'],
  ])('%s → %s', (iso, text) => {
    expect(formatIsoDuration(iso)).toBe(text);
  });

  it('has a long style for labels', () => {
    expect(humaniseDuration(4 * 3600 + 35 * 60, { style: 'long' })).toBe('4 hours, 35 minutes');
    expect(humaniseDuration(86400 + 60, { style: 'long', units: 3 })).toBe('1 day, 1 minute');
    expect(humaniseDuration(1, { style: 'long' })).toBe('1 second');
  });

  it('shows more units on request, sub-second and negative values', () => {
    expect(humaniseDuration(372 * 86400 + 14 * 3600 + 50 * 60 + 27, { units: 4 })).toBe(
      '372 days 14 h 50 min 27 s',
    );
    expect(humaniseDuration(0.3)).toBe('< 1 s');
    expect(humaniseDuration(-3600)).toBe('-1 h');
  });

  it('returns null for text that is not a duration', () => {
    expect(formatIsoDuration('soon')).toBeNull();
  });
});
