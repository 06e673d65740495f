import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toAgencySummary } from '@/lib/domain/agency';
import { toDockingEventSummary } from '@/lib/domain/docking-event';
import { toEventSummary } from '@/lib/domain/event';
import { toLaunchSummary } from '@/lib/domain/launch';
import { toLocationSummary } from '@/lib/domain/location';
import { toPadSummary } from '@/lib/domain/pad';
import { toProgramSummary } from '@/lib/domain/program';
import { toSpaceStationSummary } from '@/lib/domain/space-station';
import { toSpacecraftSummary } from '@/lib/domain/spacecraft';
import { toSpacecraftConfigurationSummary } from '@/lib/domain/spacecraft-configuration';
import type { WireRecord } from '@/lib/resources/types';

function seed(file: string): WireRecord[] {
  const body = JSON.parse(
    fs.readFileSync(path.join(process.cwd(), 'data', 'seed', file), 'utf8'),
  ) as { results: WireRecord[] };
  return body.results;
}

const mappers = [
  toAgencySummary,
  toDockingEventSummary,
  toEventSummary,
  toLaunchSummary,
  toLocationSummary,
  toPadSummary,
  toProgramSummary,
  toSpaceStationSummary,
  toSpacecraftSummary,
  toSpacecraftConfigurationSummary,
];

describe('domain mappers', () => {
  it.each(mappers.map((m) => [m.name, m] as const))(
    '%s reads a bare record without throwing',
    (_name, map) => {
      const bare = map({ id: 7 });
      expect(bare).toMatchObject({
        id: expect.anything(),
        href: expect.stringMatching(/^\/[a-z-]+\/7/),
      });
      expect(JSON.parse(JSON.stringify(bare))).toEqual(bare);
    },
  );

  it.each(mappers.map((m) => [m.name, m] as const))(
    '%s survives wrongly typed fields',
    (_name, map) => {
      const junk = {
        id: 9,
        name: 42,
        status: 'x',
        image: { image_url: 'javascript:alert(1)' },
        country: [null, 3],
        owners: 'NASA',
        program: {},
        net: 'soon',
      };
      expect(() => map(junk as unknown as WireRecord)).not.toThrow();
    },
  );

  it('reads an agency from the seed', () => {
    const innospace = seed('000-agencies.json').find((r) => r.id === 1098);
    expect(innospace).toBeDefined();
    const a = toAgencySummary(innospace as WireRecord);
    expect(a).toMatchObject({
      name: 'Innospace',
      abbrev: 'IS',
      type: 'Private',
      foundingYear: 2017,
      href: '/agencies/1098-is',
      countries: [{ name: 'South Korea', alpha2: 'KR', alpha3: 'KOR' }],
    });
    expect(a.logo?.image_url).toContain('innospace');
    expect(a.spacecraft).toBeNull();
  });

  it('reads an agency’s parent as 2.3.0 names it, or as older snapshots nested it', () => {
    const innospace = seed('000-agencies.json').find((r) => r.id === 1098) as WireRecord;
    expect(toAgencySummary({ ...innospace, parent: 'ArianeGroup' }).parent).toBe('ArianeGroup');
    expect(toAgencySummary({ ...innospace, parent: { id: 1, name: 'NASA' } }).parent).toBe('NASA');
    expect(toAgencySummary({ ...innospace, parent: null }).parent).toBeNull();
  });

  it('reads a converted 2.0.0 launch', () => {
    const l = toLaunchSummary(seed('004-launches.json')[0] as WireRecord);
    expect(l).toMatchObject({
      name: 'Soyuz 2.1a | Soyuz MS-26',
      href: '/launches/soyuz-21a-soyuz-ms-26',
      status: { name: 'Launch Successful', abbrev: 'Success' },
      net: '2024-09-11T16:23:12Z',
      rocket: 'Soyuz 2.1a',
      pad: '31/6',
      countryCode: 'KZ',
      programs: ['International Space Station', 'Soyuz'],
    });
    expect(l.mission?.orbit).toMatchObject({ name: 'Low Earth Orbit', abbrev: 'LEO' });
  });

  it('reads a docking: chaser, target, port and how long it stayed', () => {
    const d = toDockingEventSummary(seed('003-docking_events.json')[0] as WireRecord);
    expect(d).toMatchObject({
      chaser: { name: 'Crew Dragon Freedom', kind: 'spacecraft', serial: 'C212' },
      target: { name: 'International Space Station', kind: 'station' },
      port: 'Harmony forward',
      href: '/docking-events/611',
    });
    expect(d.durationSeconds).toBe(
      (Date.parse('2024-11-03T11:35:00Z') - Date.parse('2024-09-29T21:31:00Z')) / 1000,
    );
  });

  it('reads a spacecraft with its configuration', () => {
    const s = toSpacecraftSummary(seed('001-spacecraft.json')[0] as WireRecord);
    expect(s).toMatchObject({
      name: 'Soyuz 5',
      status: { name: 'Single Use' },
      config: { name: 'Soyuz', type: 'Capsule' },
      timeInSpace: 'P3DT54M15S',
    });
  });

  it('reads an event and drops the literal "None" location', () => {
    const e = toEventSummary({
      id: 1,
      name: 'X',
      location: 'None',
      type: { id: 2, name: 'Static Fire' },
      date: '2020-07-30T20:00:00Z',
    });
    expect(e).toMatchObject({ location: null, type: 'Static Fire', date: '2020-07-30T20:00:00Z' });
  });

  it('keeps image credits and licenses, and drops unsafe URLs later (RemoteImage)', () => {
    const e = toEventSummary(seed('002-events.json')[0] as WireRecord);
    expect(e.image).toMatchObject({
      credit: 'NASA/JPL-Caltech',
      license: { name: 'NASA Image and Media Guidelines' },
    });
  });
});
