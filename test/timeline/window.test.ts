import { describe, expect, it } from 'vitest';
import {
  defaultWindow,
  durationText,
  formatUtcCompact,
  panWindow,
  resolveWindow,
  selectionToWindow,
  windowToParams,
  zoomWindow,
} from '@/lib/timeline/layout';
import { ev } from './helpers';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date('2025-05-01T00:00:00Z');

describe('durationText and formatUtcCompact', () => {
  it('reads like a person would say it', () => {
    expect(durationText(34 * DAY + 14 * HOUR + 4 * 60_000)).toBe('34 days 14 h');
    expect(durationText(DAY)).toBe('1 day');
    expect(durationText(DAY + HOUR)).toBe('1 day 1 h');
    expect(durationText(5 * HOUR + 12 * 60_000 + 59_000)).toBe('5 h 12 min');
    expect(durationText(2 * HOUR)).toBe('2 h');
    expect(durationText(12 * 60_000)).toBe('12 min');
    expect(durationText(30_000)).toBe('under 1 min');
    expect(durationText(Number.NaN)).toBe('0 min');
  });

  it('formats UTC times the same on every server', () => {
    expect(formatUtcCompact(new Date('2024-09-29T21:31:00Z'))).toBe('2024-09-29 21:31 UTC');
    expect(formatUtcCompact(new Date('2025-01-02T03:04:59.999Z'))).toBe('2025-01-02 03:04 UTC');
  });
});

describe('defaultWindow', () => {
  it('spans first docking to now, padded, when everything has departed', () => {
    const w = defaultWindow(
      [ev(1, 'A', '2020-01-01', '2020-02-01'), ev(2, 'A', '2024-01-01', '2024-02-01')],
      now,
    );
    expect(w.start.getTime()).toBeLessThan(Date.parse('2020-01-01'));
    expect(w.end.getTime()).toBeGreaterThan(now.getTime());
    expect(Date.parse('2020-01-01') - w.start.getTime()).toBeLessThan(
      0.05 * (now.getTime() - Date.parse('2020-01-01')),
    );
  });

  it('reaches a departure later than now', () => {
    const w = defaultWindow([ev(1, 'A', '2025-04-01', '2025-06-01')], now);
    expect(w.end.getTime()).toBeGreaterThan(Date.parse('2025-06-01'));
  });

  it('has a sensible range with no events', () => {
    const w = defaultWindow([], now);
    expect(w.end.getTime() - w.start.getTime()).toBeGreaterThanOrEqual(30 * DAY);
    expect(w.start < now && w.end > now).toBe(true);
  });
});

describe('resolveWindow and zooming', () => {
  const events = [ev(1, 'A', '2020-01-01', '2020-02-01')];

  it('reads the URL range, filling a missing end from the default', () => {
    expect(
      resolveWindow(
        { docking__gte: '2024-01-01T00:00:00Z', docking__lte: '2024-07-01T00:00:00Z' },
        events,
        now,
      ),
    ).toEqual({
      start: new Date('2024-01-01T00:00:00Z'),
      end: new Date('2024-07-01T00:00:00Z'),
    });
    const open = resolveWindow({ docking__gte: '2024-01-01' }, events, now);
    expect(open.start).toEqual(new Date('2024-01-01T00:00:00Z'));
    expect(open.end.getTime()).toBeGreaterThan(now.getTime());
  });

  it('falls back to the default on nonsense or a reversed range', () => {
    const fallback = defaultWindow(events, now);
    expect(resolveWindow({ docking__gte: 'soon' }, events, now)).toEqual(fallback);
    expect(
      resolveWindow({ docking__gte: '2024-07-01', docking__lte: '2024-01-01' }, events, now),
    ).toEqual(fallback);
  });

  it('zooms around the middle, pans by a fraction and round-trips through the URL', () => {
    const w = { start: new Date('2024-01-01T00:00:00Z'), end: new Date('2024-01-03T00:00:00Z') };
    expect(zoomWindow(w, 0.5)).toEqual({
      start: new Date('2024-01-01T12:00:00Z'),
      end: new Date('2024-01-02T12:00:00Z'),
    });
    expect(zoomWindow(w, 2)).toEqual({
      start: new Date('2023-12-31T00:00:00Z'),
      end: new Date('2024-01-04T00:00:00Z'),
    });
    expect(
      zoomWindow({ start: w.start, end: new Date(w.start.getTime() + HOUR) }, 0.5).end.getTime() -
        w.start.getTime(),
    ).toBe(HOUR);
    expect(panWindow(w, -0.5)).toEqual({
      start: new Date('2023-12-31T00:00:00Z'),
      end: new Date('2024-01-02T00:00:00Z'),
    });
    expect(windowToParams(w)).toEqual({
      docking__gte: '2024-01-01T00:00:00Z',
      docking__lte: '2024-01-03T00:00:00Z',
    });
    expect(resolveWindow(windowToParams(w), [], now)).toEqual(w);
  });

  it('turns a drag into a time range, in either direction, ignoring tiny drags', () => {
    const w = { start: new Date('2024-01-01T00:00:00Z'), end: new Date('2024-01-11T00:00:00Z') };
    const expected = {
      start: new Date('2024-01-03T00:00:00Z'),
      end: new Date('2024-01-06T00:00:00Z'),
    };
    expect(selectionToWindow(200, 500, 1000, w)).toEqual(expected);
    expect(selectionToWindow(500, 200, 1000, w)).toEqual(expected);
    expect(selectionToWindow(-50, 100, 1000, w)?.start).toEqual(w.start);
    expect(selectionToWindow(100, 100.5, 1000, w)).toBeNull();
  });
});

describe('resolveWindow padding', () => {
  it('pads an open end relative to the requested range, not the whole history', () => {
    const events = [ev(1, 'A', '1990-01-01', '1990-02-01')];
    const w = resolveWindow({ docking__gte: '2024-05-01T00:00:00Z' }, events, now);
    expect(w.end.getTime()).toBeGreaterThan(now.getTime());
    expect(w.end.getTime() - now.getTime()).toBeLessThan(
      0.05 * (now.getTime() - Date.parse('2024-05-01')),
    );
  });
});
