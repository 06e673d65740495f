import zlib from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toBoosterDetail, toBoosterFlights } from '@/lib/domain/booster-detail';
import { toLaunchDetail } from '@/lib/domain/launch-detail';
import { readPatches, readVideos } from '@/lib/domain/media-links';
import { toRocketSummary } from '@/lib/domain/rocket';
import { toRocketDetail } from '@/lib/domain/rocket-detail';
import { normaliseRecords } from '@/lib/import/normalise';
import type { WireRecord } from '@/lib/resources/types';
import { withBoosterFlights } from '../fixtures/booster-flights';

const SNAPSHOT = path.resolve(__dirname, '../../data/snapshot');

/** Records of one file of the embedded snapshot (`[n, record]` lines). */
function snapshot(resource: string): WireRecord[] {
  const text = zlib.gunzipSync(fs.readFileSync(path.join(SNAPSHOT, `${resource}.ndjson.gz`)));
  return text
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as [number, WireRecord])[1]);
}

const rockets = snapshot('launcher_configurations');
const falcon9 = rockets.find((r) => r.id === 164)!;
const b5Launches = snapshot('launches')
  .filter((l) => (l.rocket as { configuration?: { id?: number } })?.configuration?.id === 164)
  .sort((a, b) => String(b.net).localeCompare(String(a.net)))
  .slice(0, 3);

describe('rockets', () => {
  it('reads a 2.2.0-shaped rocket: family text, maker link, specifications, track record', () => {
    const r = toRocketDetail(falcon9);
    expect(r).toMatchObject({
      name: 'Falcon 9 Block 5',
      baseName: 'Falcon 9',
      variant: 'Block 5',
      family: 'Falcon',
      familyIds: [],
      manufacturer: { name: 'SpaceX', href: expect.stringMatching(/^\/agencies\/121-/) as string },
      reusable: true,
      launchesHref: '/launches?launcher_config__id=164',
    });
    expect(r.length).toBe(70);
    expect(r.launches?.total).toBe(falcon9.total_launch_count);
    expect(r.launches?.successRate).toBeGreaterThan(0.99);
    expect(r.landings?.attempted).toBeGreaterThan(0);
    expect(r.maidenFlight?.iso.slice(0, 10)).toBe('2018-05-11');
  });

  it('a list card names the rocket by its full name and links its page', () => {
    expect(toRocketSummary(falcon9)).toMatchObject({
      name: 'Falcon 9 Block 5',
      href: '/rockets/164-falcon-9-block-5',
      manufacturer: 'SpaceX',
      family: 'Falcon',
    });
  });

  it('2.3.0 family records win over the text', () => {
    const r = toRocketDetail({
      ...falcon9,
      families: [
        { id: 1, name: 'Falcon' },
        { id: 7, name: 'Falcon 9' },
      ],
    });
    expect(r.family).toBe('Falcon, Falcon 9');
    expect(r.familyIds).toEqual([1, 7]);
  });
});

describe('boosters', () => {
  const { launches, launcher } = withBoosterFlights(b5Launches, { failedLanding: 1 });

  it('a booster nested in a launch is stored with the rocket the launch names', () => {
    const { records } = normaliseRecords('launches', launches.slice(0, 1), {
      richness: 3,
      source: 'test',
    });
    const booster = records.find((r) => r.resource === 'launchers');
    expect(booster?.record).toMatchObject({ id: 9001, serial_number: 'B1999' });
    expect((booster?.record.launcher_config as { id: number }).id).toBe(164);
  });

  it('reads the booster: serial, status, rocket link, launches by serial', () => {
    expect(toBoosterDetail(launcher)).toMatchObject({
      serial: 'B1999',
      serialNumber: 'B1999',
      status: { name: 'Active' },
      flightProven: true,
      flights: 3,
      rocket: { name: 'Falcon 9 Block 5', href: '/rockets/164-falcon-9-block-5' },
      launchesHref: '/launches?serial_number=B1999',
    });
  });

  it('lists its flights oldest first, with turnaround, landing and the landing site', () => {
    const flights = toBoosterFlights({ id: 9001, serial: 'B1999' }, [...launches].reverse());
    expect(flights.map((f) => f.flightNumber)).toEqual([1, 2, 3]);
    expect(flights[0]!.turnaround).toBeNull();
    expect(flights[1]!.turnaround?.seconds).toBe(
      Math.round(
        (Date.parse(String(launches[1]!.net)) - Date.parse(String(launches[0]!.net))) / 3_600_000,
      ) * 3600,
    );
    expect(flights.map((f) => f.landing?.success)).toEqual([true, false, true]);
    expect(flights[0]!.landing).toMatchObject({
      location: 'A Shortfall of Gravitas',
      attempted: true,
    });
    expect(flights[0]!.landingSite?.href).toMatch(/^\/locations\/12/);
    expect(flights[0]!.launch?.href).toMatch(/^\/launches\//);
  });

  it('works out a turnaround LL2 did not state from the two launch dates', () => {
    const bare = launches.map((l) => {
      const rocket = l.rocket as { launcher_stage: Record<string, unknown>[] };
      return {
        ...l,
        rocket: {
          ...rocket,
          launcher_stage: rocket.launcher_stage.map((s) => ({ ...s, turn_around_time: null })),
        },
      };
    });
    const flights = toBoosterFlights({ id: 9001, serial: 'B1999' }, bare);
    const gap = Date.parse(String(launches[2]!.net)) - Date.parse(String(launches[1]!.net));
    expect(flights[2]!.turnaround?.seconds).toBe(Math.floor(gap / 60_000) * 60);
  });

  it('a launch page links its booster, with flight number and landing', () => {
    const detail = toLaunchDetail(launches[2]!, new Date());
    expect(detail.boosters).toEqual([
      expect.objectContaining({
        serial: 'B1999',
        link: { name: 'B1999', href: '/boosters/9001-b1999' },
        flightNumber: 3,
        reused: true,
        landing: expect.objectContaining({
          success: true,
          type: 'Autonomous Spaceport Drone Ship',
        }),
      }),
    ]);
    expect(detail.rocket?.link?.href).toBe('/rockets/164-falcon-9-block-5');
  });
});

describe('launch media', () => {
  it('webcasts keep title, publisher, language, live flag, start and end; a bare URL is a plain link', () => {
    const [webcast, plain] = readVideos([
      {
        url: 'https://www.youtube.com/watch?v=abc',
        title: 'Starlink Mission',
        publisher: 'SpaceX',
        language: { id: 1, name: 'English' },
        type: { id: 1, name: 'Official Webcast' },
        live: true,
        start_time: '2024-09-05T15:18:00Z',
        end_time: '2024-09-05T16:00:00Z',
        priority: 10,
      },
      'https://example.org/old-stream',
    ]);
    expect(webcast).toMatchObject({
      title: 'Starlink Mission',
      publisher: 'SpaceX',
      language: 'English',
      type: 'Official Webcast',
      live: true,
      plain: false,
      start: { iso: '2024-09-05T15:18:00.000Z' },
      end: { iso: '2024-09-05T16:00:00.000Z' },
    });
    expect(plain).toMatchObject({
      url: 'https://example.org/old-stream',
      plain: true,
      live: false,
    });
  });

  it('drops webcasts whose link is not http(s)', () => {
    expect(readVideos([{ url: 'javascript:alert(1)', title: 'x' }])).toEqual([]);
  });

  it('mission patches: highest priority first, credited to their agency, imageless ones left out', () => {
    const patches = readPatches([
      {
        id: 1,
        name: 'Low',
        priority: 1,
        image_url: 'https://example.org/low.png',
        agency: { id: 121, name: 'SpaceX' },
      },
      {
        id: 2,
        name: 'High',
        priority: 9,
        image_url: 'https://example.org/high.png',
        agency: { id: 44, name: 'NASA' },
      },
      { id: 3, name: 'None', priority: 5, image_url: null },
    ]);
    expect(patches.map((p) => [p.name, p.credit])).toEqual([
      ['High', 'NASA'],
      ['Low', 'SpaceX'],
    ]);
  });
});
