import { describe, expect, it } from 'vitest';
import { dockingEventToTimelineEvent, dockingEventsToTimelineEvents } from '@/lib/timeline/model';
import { readSeedDockingEvents } from './seed';

const records = readSeedDockingEvents();
const byId = (id: number) => {
  const record = records.find((r) => r.id === id);
  if (!record) throw new Error(`seed record ${id} missing`);
  return record;
};

describe('dockingEventToTimelineEvent on the real seed records', () => {
  it('reads every seed record', () => {
    expect(records).toHaveLength(6);
    expect(dockingEventsToTimelineEvents(records, 'port')).toHaveLength(6);
  });

  it('reads a spacecraft chaser at a station port', () => {
    const e = dockingEventToTimelineEvent(byId(611), 'port');
    expect(e).toEqual({
      id: 611,
      href: '/docking-events/611',
      lane: { id: 'port:19', label: 'Harmony forward', detail: 'International Space Station' },
      chaser: { label: 'Crew Dragon Freedom', family: 'Dragon' },
      port: 'Harmony forward',
      target: 'International Space Station',
      start: new Date('2024-09-29T21:31:00Z'),
      end: new Date('2024-11-03T11:35:00Z'),
    });
  });

  it('keeps an open docking open and finds the family of a Soyuz', () => {
    const e = dockingEventToTimelineEvent(byId(620), 'port');
    expect(e?.end).toBeNull();
    expect(e?.chaser).toEqual({ label: 'Soyuz MS-27', family: 'Soyuz' });
    expect(e?.lane.id).toBe('port:42');
    expect(dockingEventToTimelineEvent(byId(613), 'port')?.chaser).toEqual({
      label: 'Cargo Dragon C208',
      family: 'Dragon',
    });
  });

  it('falls back to the payload for a payload chaser docked to a payload', () => {
    const e = dockingEventToTimelineEvent(byId(621), 'port');
    expect(e?.chaser).toEqual({ label: 'SpaDEx Chaser (SDX01)', family: 'Payload' });
    expect(e?.target).toBe('SpaDEx Target (SDX02)');
    expect(e?.lane).toMatchObject({ id: 'port:54', label: 'SpaDEx Target (SDX02)' });
  });

  it('lanes by station use the target: station, or payload when there is no station', () => {
    const events = dockingEventsToTimelineEvents(records, 'station');
    const lanes = new Map(events.map((e) => [e.lane.id, e.lane.label]));
    expect(Object.fromEntries(lanes)).toEqual({
      'station:4': 'International Space Station',
      'payload:32': 'SpaDEx Target (SDX02)',
    });
    expect(events.find((e) => e.id === 620)?.port).toBe('Prichal nadir');
  });
});

describe('dockingEventToTimelineEvent on odd input', () => {
  it('never throws, and drops records without an id or a valid docking time', () => {
    const odd: unknown[] = [
      {},
      { id: 1 },
      { id: 1, docking: 'not a date' },
      { id: 'x', docking: '2020-01-01T00:00:00Z' },
    ];
    for (const record of odd)
      expect(dockingEventToTimelineEvent(record as Record<string, unknown>, 'port')).toBeNull();
    expect(dockingEventsToTimelineEvents([null, 3, 'a', [], ...odd], 'station')).toEqual([]);
  });

  it('fills in fallbacks for a bare record', () => {
    const e = dockingEventToTimelineEvent(
      {
        id: 5,
        docking: '2020-01-01T00:00:00Z',
        docking_location: 'oops',
        flight_vehicle_chaser: { spacecraft: [] },
      },
      'port',
    );
    expect(e).toMatchObject({
      id: 5,
      port: 'Unknown port',
      target: 'Unknown target',
      chaser: { label: 'Unknown vehicle', family: 'Other' },
      lane: { id: 'port:unknown' },
      end: null,
    });
  });

  it('names families people know even when LL2 files the config elsewhere', () => {
    const record = {
      id: 7,
      docking: '2015-01-01T00:00:00Z',
      departure: '2014-12-31T00:00:00Z',
      flight_vehicle_chaser: {
        spacecraft: {
          name: 'Progress MS-01',
          spacecraft_config: { name: 'Progress MS', family: [{ name: 'Soyuz', parent: null }] },
        },
      },
      space_station_chaser: { name: 'Salyut 7' },
    };
    const e = dockingEventToTimelineEvent(record, 'port');
    expect(e?.chaser).toEqual({ label: 'Progress MS-01', family: 'Progress' });
    // A departure before the docking is bad data: kept, as an instant.
    expect(e?.end).toEqual(e?.start);
    const station = dockingEventToTimelineEvent(
      { id: 8, docking: '1986-05-05T00:00:00Z', space_station_chaser: { name: 'Mir' } },
      'port',
    );
    expect(station?.chaser).toEqual({ label: 'Mir', family: 'Space station' });
    const cygnus = dockingEventToTimelineEvent(
      {
        id: 9,
        docking: '2020-01-01T00:00:00Z',
        payload_flight_chaser: { payload: { name: 'Cygnus NG-12' } },
      },
      'port',
    );
    expect(cygnus?.chaser.family).toBe('Cygnus');
  });
});
