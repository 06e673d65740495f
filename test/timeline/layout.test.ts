import { describe, expect, it } from 'vitest';
import { dockingEventsToTimelineEvents } from '@/lib/timeline/model';
import { GEOMETRY, layoutTimeline, type TimelineLayout } from '@/lib/timeline/layout';
import { ev } from './helpers';
import { readSeedDockingEvents } from './seed';

const window = { start: new Date('2024-01-01T00:00:00Z'), end: new Date('2025-01-01T00:00:00Z') };
const now = new Date('2024-12-01T00:00:00Z');
const width = 1000;
const SPAN = window.end.getTime() - window.start.getTime();
const xAt = (iso: string) => ((new Date(iso).getTime() - window.start.getTime()) / SPAN) * width;

function bar(layout: TimelineLayout, id: number) {
  const found = layout.lanes.flatMap((l) => l.bars).find((b) => b.event.id === id);
  if (!found) throw new Error(`bar ${id} not laid out`);
  return found;
}

describe('lanes', () => {
  it('makes one lane per lane id, ordered by first docking, stacked top to bottom', () => {
    const layout = layoutTimeline({
      events: [
        ev(1, 'Zvezda aft', '2024-05-01', '2024-06-01'),
        ev(2, 'Harmony forward', '2024-02-01', '2024-03-01'),
        ev(3, 'Zvezda aft', '2024-01-10', '2024-01-20'),
        ev(4, 'Poisk zenith', '2024-03-01', '2024-04-01'),
      ],
      window,
      now,
      width,
    });
    expect(layout.lanes.map((l) => l.label)).toEqual([
      'Zvezda aft',
      'Harmony forward',
      'Poisk zenith',
    ]);
    expect(layout.lanes[0]!.bars.map((b) => b.event.id)).toEqual([3, 1]);
    expect(layout.lanes[0]!.top).toBe(GEOMETRY.axisHeight);
    for (let i = 1; i < layout.lanes.length; i++) {
      const prev = layout.lanes[i - 1]!;
      expect(layout.lanes[i]!.top).toBe(prev.top + prev.height);
    }
    const last = layout.lanes.at(-1)!;
    expect(layout.height).toBe(last.top + last.height);
  });
});

describe('overlap stacking', () => {
  it('puts overlapping stays in one lane on different rows', () => {
    const layout = layoutTimeline({
      events: [ev(1, 'A', '2024-02-01', '2024-04-01'), ev(2, 'A', '2024-03-01', '2024-05-01')],
      window,
      now,
      width,
    });
    const lane = layout.lanes[0]!;
    expect(lane.rows).toHaveLength(2);
    expect(bar(layout, 1).row).not.toBe(bar(layout, 2).row);
    expect(bar(layout, 2).y).toBe(bar(layout, 1).y + GEOMETRY.rowHeight);
    expect(lane.height).toBe(2 * GEOMETRY.rowHeight + 2 * GEOMETRY.lanePadding);
  });

  it('lets stays that do not overlap share a row, back to back included', () => {
    const layout = layoutTimeline({
      events: [
        ev(1, 'A', '2024-02-01', '2024-03-01'),
        ev(2, 'A', '2024-03-01', '2024-04-01'),
        ev(3, 'A', '2024-06-01', '2024-07-01'),
      ],
      window,
      now,
      width,
    });
    expect(layout.lanes[0]!.rows).toHaveLength(1);
    expect(layout.lanes[0]!.rows[0]!.map((b) => b.event.id)).toEqual([1, 2, 3]);
  });

  it('uses the fewest rows (the greatest overlap) and reuses freed rows', () => {
    // 1 ─────────        4 ────
    // 2   ─────  3 ──
    // 5     ───────────────
    const layout = layoutTimeline({
      events: [
        ev(1, 'A', '2024-01-05', '2024-03-01'),
        ev(2, 'A', '2024-01-20', '2024-02-10'),
        ev(3, 'A', '2024-02-15', '2024-02-20'),
        ev(4, 'A', '2024-03-10', '2024-04-01'),
        ev(5, 'A', '2024-02-01', '2024-05-01'),
      ],
      window,
      now,
      width,
    });
    expect(layout.lanes[0]!.rows).toHaveLength(3);
    expect(bar(layout, 3).row).toBe(bar(layout, 2).row);
    expect(bar(layout, 4).row).toBe(bar(layout, 1).row);
    // No two bars in one row overlap.
    for (const row of layout.lanes[0]!.rows)
      for (let i = 1; i < row.length; i++)
        expect(row[i]!.event.start >= row[i - 1]!.end).toBe(true);
  });
});

describe('bars', () => {
  it('places bars by time', () => {
    const layout = layoutTimeline({
      events: [ev(1, 'A', '2024-03-01', '2024-04-01')],
      window,
      now,
      width,
    });
    const b = bar(layout, 1);
    expect(b.x).toBeCloseTo(xAt('2024-03-01'), 6);
    expect(b.width).toBeCloseTo(xAt('2024-04-01') - xAt('2024-03-01'), 6);
    expect(b.current).toBe(false);
    expect(b.durationMs).toBe(31 * 86_400_000);
  });

  it('runs open-ended stays to now and flags them current', () => {
    const layout = layoutTimeline({ events: [ev(1, 'A', '2024-10-01', null)], window, now, width });
    const b = bar(layout, 1);
    expect(b.current).toBe(true);
    expect(b.end).toEqual(now);
    expect(b.x + b.width).toBeCloseTo(xAt(now.toISOString()), 6);
    expect(b.clippedEnd).toBe(false);
    expect(layout.nowX).toBeCloseTo(xAt(now.toISOString()), 6);
  });

  it('clips an open stay at the window end when now is later', () => {
    const later = new Date('2025-06-01T00:00:00Z');
    const layout = layoutTimeline({
      events: [ev(1, 'A', '2024-10-01', null)],
      window,
      now: later,
      width,
    });
    const b = bar(layout, 1);
    expect(b.current).toBe(true);
    expect(b.clippedEnd).toBe(true);
    expect(b.x + b.width).toBeCloseTo(width, 6);
    expect(layout.nowX).toBeNull();
  });

  it('clips to the window: a bar starting before it starts at x = 0', () => {
    const layout = layoutTimeline({
      events: [ev(1, 'A', '2023-11-01', '2024-02-01')],
      window,
      now,
      width,
    });
    const b = bar(layout, 1);
    expect(b.x).toBe(0);
    expect(b.clippedStart).toBe(true);
    expect(b.width).toBeCloseTo(xAt('2024-02-01'), 6);
  });

  it('drops and counts bars entirely outside the window', () => {
    const layout = layoutTimeline({
      events: [
        ev(1, 'A', '2023-01-01', '2023-02-01'),
        ev(2, 'B', '2025-02-01', '2025-03-01'),
        ev(3, 'A', '2024-05-01', '2024-06-01'),
        ev(4, 'C', '2025-03-01', null),
      ],
      window,
      now,
      width,
    });
    expect(layout.dropped).toBe(3);
    expect(layout.shown).toBe(1);
    expect(layout.lanes.map((l) => l.label)).toEqual(['A']);
  });

  it('gives instants a visible minimum width and keeps them inside the plot', () => {
    const layout = layoutTimeline({
      events: [ev(1, 'A', '2024-12-31T23:59:00Z', '2024-12-31T23:59:00Z')],
      window,
      now,
      width,
    });
    const b = bar(layout, 1);
    expect(b.width).toBe(GEOMETRY.minBarWidth);
    expect(b.x + b.width).toBeLessThanOrEqual(width);
  });
});

describe('labels', () => {
  it('says whether the label fits, shortens it, or leaves it out', () => {
    const layout = layoutTimeline({
      events: [
        ev(1, 'A', '2024-01-01', '2024-07-01', 'Crew Dragon Freedom'),
        ev(2, 'B', '2024-01-01', '2024-01-20', 'Crew Dragon Freedom'),
        ev(3, 'C', '2024-01-01', '2024-01-03', 'Crew Dragon Freedom'),
      ],
      window,
      now,
      width,
    });
    expect(bar(layout, 1)).toMatchObject({ labelFit: 'full', labelText: 'Crew Dragon Freedom' });
    expect(bar(layout, 2).labelFit).toBe('short');
    // Whole words only, so the visible label stays part of the accessible name.
    expect(bar(layout, 2).labelText).toMatch(/^Crew( Dragon)?…$/);
    expect(bar(layout, 2).labelText.length * GEOMETRY.charWidth).toBeLessThanOrEqual(
      bar(layout, 2).width,
    );
    expect(bar(layout, 3)).toMatchObject({ labelFit: 'none', labelText: '' });
  });

  it('adds "docked now" to a current bar when there is room', () => {
    const layout = layoutTimeline({
      events: [ev(1, 'A', '2024-03-01', null, 'Soyuz MS-27')],
      window,
      now,
      width,
    });
    expect(bar(layout, 1).labelText).toBe('Soyuz MS-27 · docked now');
  });

  it('drops every per-bar label when hundreds of bars are thin, but keeps every bar', () => {
    const many = Array.from({ length: 300 }, (_, i) => {
      const start = new Date(window.start.getTime() + i * 86_400_000).toISOString();
      const end = new Date(window.start.getTime() + i * 86_400_000 + 3_600_000).toISOString();
      return ev(i + 1, `P${i % 5}`, start, end);
    });
    const wide = ev(1000, 'Wide', '2024-01-01', '2024-12-01', 'Long stay');
    const layout = layoutTimeline({ events: [...many, wide], window, now, width });
    expect(layout.dense).toBe(true);
    const bars = layout.lanes.flatMap((l) => l.bars);
    expect(bars).toHaveLength(301);
    expect(bars.every((b) => b.labelFit === 'none' && b.labelText === '')).toBe(true);

    const few = layoutTimeline({ events: [...many.slice(0, 20), wide], window, now, width });
    expect(few.dense).toBe(false);
    expect(bar(few, 1000).labelText).toBe('Long stay');
  });
});

describe('on the real seed records', () => {
  const seedNow = new Date('2025-05-01T00:00:00Z');
  const seedWindow = {
    start: new Date('2024-09-01T00:00:00Z'),
    end: new Date('2025-05-15T00:00:00Z'),
  };

  it('by port: Harmony forward stays share a row; three dockings are current', () => {
    const events = dockingEventsToTimelineEvents(readSeedDockingEvents(), 'port');
    const layout = layoutTimeline({ events, window: seedWindow, now: seedNow, width });
    expect(layout.lanes.map((l) => l.label)).toEqual([
      'Harmony forward',
      'SpaDEx Target (SDX02)',
      'Prichal nadir',
    ]);
    expect(layout.lanes.map((l) => l.rows.length)).toEqual([1, 1, 1]);
    const current = layout.lanes
      .flatMap((l) => l.bars)
      .filter((b) => b.current)
      .map((b) => b.event.id);
    expect(current.sort()).toEqual([619, 620, 621]);
  });

  it('by station: the two open ISS stays overlap and stack', () => {
    const events = dockingEventsToTimelineEvents(readSeedDockingEvents(), 'station');
    const layout = layoutTimeline({ events, window: seedWindow, now: seedNow, width });
    const iss = layout.lanes.find((l) => l.id === 'station:4')!;
    expect(iss.bars).toHaveLength(4);
    expect(iss.rows).toHaveLength(2);
  });
});
