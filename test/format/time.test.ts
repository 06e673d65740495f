import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatRelative,
  formatUtc,
  hasTimeOfDay,
  machineDateTime,
  normalizePrecision,
  parseIso,
  parseTimeZonePreference,
  zoneAbbreviation,
  zonedParts,
} from '@/lib/format/time';
import { groupThousands } from '@/lib/format/group-thousands';
import { relative } from '@/lib/format/zoned-time';

const d = (iso: string) => new Date(iso);

describe('normalizePrecision', () => {
  it.each([
    [{ id: 0, name: 'Second', abbrev: 'SEC' }, { kind: 'second' }],
    [{ id: 1, name: 'Minute', abbrev: 'MIN' }, { kind: 'minute' }],
    [{ id: 2, name: 'Hour', abbrev: 'HR' }, { kind: 'hour' }],
    [{ name: 'Morning (local time)', abbrev: 'AM' }, { kind: 'morning' }],
    [{ name: 'Afternoon (local time)', abbrev: 'PM' }, { kind: 'afternoon' }],
    [{ name: 'Day', abbrev: 'D' }, { kind: 'day' }],
    [{ name: 'Week', abbrev: 'W' }, { kind: 'week' }],
    [{ name: 'Month', abbrev: 'M' }, { kind: 'month' }],
    [
      { name: 'Quarter 3', abbrev: 'Q3' },
      { kind: 'quarter', part: 3 },
    ],
    [{ name: 'Quarter', abbrev: null }, { kind: 'quarter' }],
    [
      { name: 'Half 2', abbrev: 'H2' },
      { kind: 'half', part: 2 },
    ],
    [
      { name: null, abbrev: 'H1' },
      { kind: 'half', part: 1 },
    ],
    [{ name: 'Year', abbrev: 'Y' }, { kind: 'year' }],
    [{ name: 'Fiscal Year', abbrev: 'FY' }, { kind: 'fiscal-year' }],
    [{ name: 'Decade', abbrev: 'DEC' }, { kind: 'decade' }],
    ['Q4', { kind: 'quarter', part: 4 }],
    ['minute', { kind: 'minute' }],
  ])('%j → %j', (input, expected) => {
    expect(normalizePrecision(input)).toEqual(expected);
  });

  it('treats missing or unknown precision as minute (LL2 events often have null)', () => {
    expect(normalizePrecision(null)).toEqual({ kind: 'minute' });
    expect(normalizePrecision(undefined)).toEqual({ kind: 'minute' });
    expect(normalizePrecision({ name: 'Fortnight' })).toEqual({ kind: 'minute' });
    expect(normalizePrecision('Q9')).toEqual({ kind: 'quarter' });
  });
});

describe('hasTimeOfDay', () => {
  it('is true only for second, minute and hour', () => {
    expect(hasTimeOfDay('Second')).toBe(true);
    expect(hasTimeOfDay(null)).toBe(true);
    expect(hasTimeOfDay('Hour')).toBe(true);
    expect(hasTimeOfDay('Morning (local time)')).toBe(false);
    expect(hasTimeOfDay('Day')).toBe(false);
    expect(hasTimeOfDay({ name: 'Month' })).toBe(false);
  });
});

describe('formatUtc / formatDateTime', () => {
  it('formats the server text in UTC with a label', () => {
    expect(formatUtc('2024-09-28T16:17:00Z')).toBe('28 Sep 2024, 16:17 UTC');
    expect(formatUtc('2024-09-28T16:17:32Z', 'Second')).toBe('28 Sep 2024, 16:17:32 UTC');
    expect(formatUtc('2024-09-28T16:17:32Z', 'Hour')).toBe('28 Sep 2024, ~16:00 UTC');
    expect(formatUtc('2024-09-08T03:05:00Z')).toBe('8 Sep 2024, 03:05 UTC');
  });

  it('uses its own month names, never ICU ("Sept")', () => {
    expect(formatUtc('2024-09-01T00:00:00Z', 'Day')).toBe('1 Sep 2024');
  });

  it('shows only the period for coarse precisions', () => {
    const iso = '2026-07-01T00:00:00Z';
    expect(formatUtc('2026-06-15T00:00:00Z', 'Day')).toBe('15 Jun 2026');
    expect(formatUtc('2026-06-15T00:00:00Z', 'Week')).toBe('Week of 15 Jun 2026');
    expect(formatUtc('2026-06-30T00:00:00Z', 'Month')).toBe('June 2026');
    expect(formatUtc(iso, 'Quarter 3')).toBe('Q3 2026');
    expect(formatUtc(iso, 'Quarter')).toBe('Q3 2026');
    expect(formatUtc(iso, 'Half')).toBe('H2 2026');
    expect(formatUtc('2026-03-31T00:00:00Z', { name: 'Half 1', abbrev: 'H1' })).toBe('H1 2026');
    expect(formatUtc(iso, 'Year')).toBe('2026');
    expect(formatUtc(iso, 'Fiscal Year')).toBe('FY 2026');
    expect(formatUtc(iso, 'Decade')).toBe('2020s');
    expect(formatUtc(iso, 'Morning (local time)')).toBe('1 Jul 2026 (morning, local time)');
  });

  it('returns null for unparseable input', () => {
    expect(formatUtc('not a date')).toBeNull();
    expect(formatUtc('')).toBeNull();
    expect(parseIso(undefined)).toBeNull();
  });

  it('converts clock times to other zones and names the zone', () => {
    const date = d('2024-09-28T16:17:00Z');
    expect(formatDateTime(date, 'America/New_York')).toBe('28 Sep 2024, 12:17 EDT');
    expect(formatDateTime(date, 'Europe/Berlin')).toBe('28 Sep 2024, 18:17 CEST');
    expect(formatDateTime(date, 'Asia/Tokyo')).toBe('29 Sep 2024, 01:17 GMT+9');
    expect(formatDateTime(date, 'Asia/Kolkata')).toBe('28 Sep 2024, 21:47 IST');
  });

  it('keeps calendar periods in UTC whatever the zone', () => {
    const date = d('2026-07-01T00:00:00Z');
    expect(formatDateTime(date, 'America/Los_Angeles', 'Month')).toBe('July 2026');
    expect(formatDateTime(date, 'America/Los_Angeles', 'Day')).toBe('1 Jul 2026');
  });
});

describe('zonedParts / zoneAbbreviation', () => {
  it('reads wall-clock parts in a zone', () => {
    expect(zonedParts(d('2024-12-31T23:30:00Z'), 'Asia/Tokyo')).toEqual({
      year: 2025,
      month: 1,
      day: 1,
      hour: 8,
      minute: 30,
      second: 0,
    });
    expect(zonedParts(d('2024-03-01T00:00:00Z'), 'America/New_York').hour).toBe(19);
  });

  it('prefers letter abbreviations and falls back to offsets', () => {
    expect(zoneAbbreviation(d('2024-01-15T12:00:00Z'), 'UTC')).toBe('UTC');
    expect(zoneAbbreviation(d('2024-01-15T12:00:00Z'), 'America/New_York')).toBe('EST');
    expect(zoneAbbreviation(d('2024-01-15T12:00:00Z'), 'Europe/London')).toBe('GMT');
    expect(zoneAbbreviation(d('2024-07-15T12:00:00Z'), 'Europe/London')).toBe('BST');
    expect(zoneAbbreviation(d('2024-07-15T12:00:00Z'), 'Australia/Sydney')).toBe('AEST');
  });
});

describe('machineDateTime', () => {
  const date = d('2026-06-15T16:17:00.000Z');
  it('claims no more precision than LL2 gives', () => {
    expect(machineDateTime(date, 'Minute')).toBe('2026-06-15T16:17:00Z');
    expect(machineDateTime(date, 'Day')).toBe('2026-06-15');
    expect(machineDateTime(date, 'Month')).toBe('2026-06');
    expect(machineDateTime(date, 'Q2')).toBe('2026');
    expect(machineDateTime(date, 'Year')).toBe('2026');
  });
});

describe('formatRelative', () => {
  const now = d('2026-06-15T12:00:00Z');
  it.each([
    ['2026-06-15T12:00:20Z', undefined, 'now'],
    ['2026-06-15T12:10:00Z', undefined, 'in 10 minutes'],
    ['2026-06-15T09:00:00Z', undefined, '3 hours ago'],
    ['2026-06-18T12:00:00Z', undefined, 'in 3 days'],
    ['2026-06-16T12:00:00Z', undefined, 'tomorrow'],
    ['2026-09-15T12:00:00Z', undefined, 'in 3 months'],
    ['2024-06-01T12:00:00Z', undefined, '2 years ago'],
    ['2026-06-15T23:00:00Z', 'Day', 'today'],
    ['2026-06-16T00:00:00Z', 'Day', 'tomorrow'],
    ['2026-06-29T00:00:00Z', 'Week', 'in 2 weeks'],
    ['2026-07-31T00:00:00Z', 'Month', 'next month'],
    ['2026-06-30T00:00:00Z', 'Month', 'this month'],
    ['2026-09-30T00:00:00Z', 'Quarter 3', 'next quarter'],
    ['2026-12-31T00:00:00Z', 'Half 2', 'this year'],
    ['2027-01-01T00:00:00Z', 'Year', 'next year'],
    ['2030-01-01T00:00:00Z', 'Decade', 'in 4 years'],
  ])('%s at %s → %s', (iso, precision, text) => {
    expect(formatRelative(d(iso), now, precision)).toBe(text);
  });
});

describe('relative (English relative time without Intl)', () => {
  it('says exactly what Intl.RelativeTimeFormat("en", { numeric: "auto" }) says', () => {
    const intl = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    const units = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'] as const;
    for (const unit of units)
      for (const n of [-0, ...Array.from({ length: 2401 }, (_, i) => i - 1200), 12_345, -1_234_567])
        expect(relative(n, unit), `${n} ${unit}`).toBe(intl.format(n, unit));
  });
});

describe('groupThousands', () => {
  it('writes numbers as toLocaleString("en-US") does', () => {
    for (const n of [0, 7, -7, 999, 1000, -1000, 12_345, 1_234_567, -98_765_432, 2.5, 1234.5678])
      expect(groupThousands(n)).toBe(n.toLocaleString('en-US'));
  });
});

describe('parseTimeZonePreference', () => {
  it('accepts local, UTC and real IANA zones only', () => {
    expect(parseTimeZonePreference('local')).toBe('local');
    expect(parseTimeZonePreference('UTC')).toBe('UTC');
    expect(parseTimeZonePreference('Europe/Berlin')).toBe('Europe/Berlin');
    expect(parseTimeZonePreference('Mars/Olympus_Mons')).toBe('local');
    expect(parseTimeZonePreference(null)).toBe('local');
    expect(parseTimeZonePreference('')).toBe('local');
  });
});
