import { describe, expect, it } from 'vitest';
import { generateDockingHistory } from './fixtures';
import { dockingEventsToTimelineEvents } from '@/lib/timeline/model';
import { layoutTimeline } from '@/lib/timeline/layout';
import { readSeedDockingEvents } from './seed';

const now = new Date('2025-06-01T12:00:00Z');
const history = generateDockingHistory({ seed: 42, count: 600, now });
const keys = (value: unknown) => Object.keys(value as object).sort();

describe('generateDockingHistory', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDockingHistory({ seed: 42, count: 600, now })).toEqual(history);
    expect(generateDockingHistory({ seed: 43, count: 600, now })).not.toEqual(history);
  });

  it('has the LL2 2.3.0 docking-event shape of the real seed records', () => {
    const seed = readSeedDockingEvents();
    const real = seed[0]!;
    const realFlight = real.flight_vehicle_chaser as Record<string, unknown>;
    const realCraft = realFlight.spacecraft as Record<string, unknown>;
    const realPayloadFlight = seed.find((r) => r.payload_flight_chaser)!
      .payload_flight_chaser as Record<string, unknown>;
    expect(history).toHaveLength(600);
    for (const record of history) {
      expect(keys(record)).toEqual(keys(real));
      expect(keys(record.docking_location)).toEqual(keys(real.docking_location));
      const flight = record.flight_vehicle_chaser as Record<string, unknown> | null;
      const payload = record.payload_flight_chaser as Record<string, unknown> | null;
      expect((flight === null) !== (payload === null)).toBe(true);
      if (flight) {
        expect(keys(flight)).toEqual(keys(realFlight));
        const craft = flight.spacecraft as Record<string, unknown>;
        expect(keys(craft)).toEqual(keys(realCraft));
        expect(keys(craft.spacecraft_config)).toEqual(keys(realCraft.spacecraft_config));
      }
      if (payload) expect(keys(payload)).toEqual(keys(realPayloadFlight));
    }
  });

  it('uses ids from 900000, ordered by docking, never in the future', () => {
    history.forEach((record, i) => {
      expect(record.id).toBe(900_000 + i);
      expect(Date.parse(record.docking as string)).toBeLessThanOrEqual(now.getTime());
      if (i > 0)
        expect(Date.parse(record.docking as string)).toBeGreaterThanOrEqual(
          Date.parse(history[i - 1]!.docking as string),
        );
      if (record.departure !== null)
        expect(Date.parse(record.departure as string)).toBeGreaterThan(
          Date.parse(record.docking as string),
        );
    });
  });

  it('spans decades and three stations, with chasers of every kind and some still docked', () => {
    const events = dockingEventsToTimelineEvents(history, 'port');
    expect(events).toHaveLength(600);
    const years = events.map((e) => e.start.getUTCFullYear());
    expect(Math.min(...years)).toBeLessThan(1995);
    expect(Math.max(...years)).toBe(2025);
    expect(new Set(history.map((r) => (r.space_station_target as { id: number }).id))).toEqual(
      new Set([4, 6, 18]),
    );
    const families = new Set(events.map((e) => e.chaser.family));
    for (const f of [
      'Dragon',
      'Soyuz',
      'Progress',
      'Cygnus',
      'Shenzhou',
      'Tianzhou',
      'Starliner',
      'Shuttle',
    ])
      expect(families).toContain(f);
    const ports = new Set(events.map((e) => e.port));
    for (const p of [
      'Harmony forward',
      'Harmony zenith',
      'Node 1 nadir',
      'Poisk zenith',
      'Rassvet nadir',
      'Zvezda aft',
      'Prichal nadir',
      'Tianhe forward',
      'Tianhe aft',
      'Tianhe radial',
    ])
      expect(ports).toContain(p);
    const open = history.filter((r) => r.departure === null);
    expect(open.length).toBeGreaterThanOrEqual(3);
    for (const r of open)
      expect(Date.parse(r.docking as string)).toBeGreaterThan(Date.parse('2024-01-01'));
  });

  it('has overlapping stays in some lane', () => {
    const events = dockingEventsToTimelineEvents(history, 'port');
    const layout = layoutTimeline({
      events,
      window: { start: new Date('1986-01-01'), end: now },
      now,
      width: 1000,
    });
    expect(layout.lanes.some((lane) => lane.rows.length > 1)).toBe(true);
    expect(layout.dropped).toBe(0);
  });
});
