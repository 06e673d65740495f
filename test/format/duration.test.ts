import { describe, expect, it } from 'vitest';
import {
  formatIsoDuration,
  humaniseDuration,
  splitDuration,
} from '@/lib/format/duration';

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
