import { describe, expect, it } from 'vitest';
import {
  at,
  date,
  durationSeconds,
  httpUrl,
  nameOf,
  num,
  objs,
  str,
  text,
  unique,
} from '@/lib/ll2/read';

describe('durationSeconds', () => {
  it.each([
    ['P372DT14H50M27S', 372 * 86400 + 14 * 3600 + 50 * 60 + 27],
    ['PT4H35M', 4 * 3600 + 35 * 60],
    ['P3DT54M15S', 3 * 86400 + 54 * 60 + 15],
    ['P0D', 0],
    ['PT51M19S', 51 * 60 + 19],
    ['P4DT56M55S', 4 * 86400 + 56 * 60 + 55],
    ['P1W', 7 * 86400],
    ['P1Y2M', 365 * 86400 + 60 * 86400],
    ['PT0.5S', 0.5],
  ])('%s → %d s', (input, seconds) => {
    expect(durationSeconds(input)).toBeCloseTo(seconds, 6);
  });

  it('keeps fractional seconds LL2 sometimes sends', () => {
    expect(durationSeconds('P53DT20H22M20.675124S')).toBeCloseTo(
      53 * 86400 + 20 * 3600 + 22 * 60 + 20.675124,
      6,
    );
  });

  it('takes a sign, as ISO 8601 allows', () => {
    expect(durationSeconds('-PT1H')).toBe(-3600);
    expect(durationSeconds('+PT1H')).toBe(3600);
  });

  it('takes a decimal comma, as ISO 8601 allows', () => {
    expect(durationSeconds('PT1,5S')).toBe(1.5);
    expect(durationSeconds('P0,5D')).toBe(43_200);
  });

  it('takes lower case designators', () => {
    expect(durationSeconds('p1dt2h')).toBe(86400 + 7200);
  });

  it('trims surrounding blanks', () => {
    expect(durationSeconds('  PT4H35M ')).toBe(4 * 3600 + 35 * 60);
  });

  it("reads Django's own duration text too", () => {
    expect(durationSeconds('372 14:50:27')).toBe(372 * 86400 + 14 * 3600 + 50 * 60 + 27);
    expect(durationSeconds('04:35:00')).toBe(4 * 3600 + 35 * 60);
    expect(durationSeconds('-1 00:00:00')).toBe(-86400);
  });

  it.each(['P', 'PT', 'P1DT', 'p1dt', '1 day', '3 days', 'abc', 'PT1H2', '', 'P1.5.2D', 'P-1D'])(
    'rejects %j',
    (input) => {
      expect(durationSeconds(input)).toBeNull();
    },
  );

  it('rejects non-strings', () => {
    expect(durationSeconds(null)).toBeNull();
    expect(durationSeconds(undefined)).toBeNull();
    expect(durationSeconds(3600)).toBeNull();
  });
});

describe('the record readers', () => {
  const launch = {
    id: 7,
    name: '  Crew-9 ',
    pad: { name: 'SLC-40', location: { name: 'Cape Canaveral SFS' } },
    program: [{ id: 1 }, { id: 2 }, 'stray'],
    country: { name: 'United States' },
  };

  it('follows dot paths, and maps over arrays at []', () => {
    expect(at(launch, 'pad.location.name')).toBe('Cape Canaveral SFS');
    expect(at(launch, 'pad.missing.name')).toBeUndefined();
    expect(at(launch, 'program[].id')).toEqual([1, 2]);
    expect(at(launch, 'nothing[].id')).toEqual([]);
  });

  it('reads text as text and ids as text, and nothing else', () => {
    expect(str(launch.name)).toBe('Crew-9');
    expect(str('   ')).toBeNull();
    expect(str(7)).toBeNull();
    expect(text(7)).toBe('7');
    expect(text(' B1062 ')).toBe('B1062');
    expect(text(Number.NaN)).toBeNull();
  });

  it('reads numbers sent as text', () => {
    expect(num('28.56')).toBe(28.56);
    expect(num('')).toBeNull();
    expect(num('north')).toBeNull();
    expect(num(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('reads names from 2.3.0 objects and 2.0.0 strings', () => {
    expect(nameOf({ id: 1, name: 'Go' })).toBe('Go');
    expect(nameOf('Go')).toBe('Go');
    expect(nameOf({ id: 1 })).toBeNull();
  });

  it('treats a lone object as a one-element list', () => {
    expect(objs(launch.country)).toEqual([{ name: 'United States' }]);
    expect(objs(launch.program)).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('keeps only http(s) links without credentials', () => {
    expect(httpUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(httpUrl('javascript:alert(1)')).toBeNull();
    expect(httpUrl('https://user:pw@example.org/')).toBeNull();
  });

  it('reads dates, and drops repeats and gaps', () => {
    expect(date('2024-09-28T17:17:00Z')?.toISOString()).toBe('2024-09-28T17:17:00.000Z');
    expect(date('not a date')).toBeNull();
    expect(unique(['a', null, 'b', undefined, 'a'])).toEqual(['a', 'b']);
  });
});
