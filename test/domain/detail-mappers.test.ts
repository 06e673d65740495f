import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toAgencyDetail } from '@/lib/domain/agency-detail';
import {
  precisionPhrase,
  readCoordinates,
  readCountries,
  readImage,
  readMoment,
  recordLink,
  splitList,
  webLinks,
  webLink,
} from '@/lib/domain/detail-shared';
import { toDockingEventDetail } from '@/lib/domain/docking-event-detail';
import { toEventDetail } from '@/lib/domain/event-detail';
import { toLaunchDetail } from '@/lib/domain/launch-detail';
import { readUpdates, readVideos } from '@/lib/domain/media-links';
import { toLocationDetail, toPadDetail } from '@/lib/domain/place-detail';
import { toProgramDetail } from '@/lib/domain/program-detail';
import {
  portsWithOccupants,
  toDockedNow,
  toSpaceStationDetail,
} from '@/lib/domain/space-station-detail';
import { readFamilies, toSpacecraftConfigDetail } from '@/lib/domain/spacecraft-config-detail';
import { dockingWindow, sortFlights, toSpacecraftDetail } from '@/lib/domain/spacecraft-detail';
import { toFlightSummary, type FlightSummary } from '@/lib/domain/related-summaries';
import type { WireRecord } from '@/lib/resources/types';
import { dockingEventsToTimelineEvents } from '@/lib/timeline/model';
import { launch as handLaunch, loadReference } from '../seo/fixtures';

/** The committed embedded dataset (LL2 pages converted to 2.3.0). */
function seed(file: string): WireRecord[] {
  const text = fs.readFileSync(path.join(process.cwd(), 'data', 'seed', file), 'utf8');
  return (JSON.parse(text) as { results: WireRecord[] }).results;
}

function byId<T extends WireRecord>(records: T[], id: string | number): T {
  const found = records.find((r) => String(r.id) === String(id));
  if (!found) throw new Error(`no record ${id}`);
  return found;
}

const NOW = new Date('2025-05-01T00:00:00Z');

/** Every value of a mapped object, flattened, for "nothing unsafe got through" checks. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('detail-shared readers', () => {
  it('reads logo variants both where the schema puts the URL and where the live API nests it', () => {
    const image = readImage({
      image_url: 'https://cdn.example/logo.png',
      variants: [
        {
          type: { name: 'transparent for light background' },
          image: { image_url: 'https://cdn.example/light.png' },
        },
        {
          type: { name: 'transparent for dark background' },
          image_url: 'https://cdn.example/dark.png',
        },
        { type: { name: 'evil' }, image_url: 'javascript:alert(1)' },
      ],
    });
    expect(image?.variants).toEqual([
      {
        type: { name: 'transparent for light background' },
        image_url: 'https://cdn.example/light.png',
      },
      {
        type: { name: 'transparent for dark background' },
        image_url: 'https://cdn.example/dark.png',
      },
    ]);
  });

  it('accepts 2.0.0 bare image URLs and drops unusable ones', () => {
    expect(readImage('https://cdn.example/a.jpg')).toEqual({
      image_url: 'https://cdn.example/a.jpg',
    });
    expect(readImage('data:image/png;base64,AAAA')).toBeNull();
    expect(readImage({ image_url: 'javascript:alert(1)', credit: 'x' })).toBeNull();
    expect(readImage(null)).toBeNull();
  });

  it('keeps the precision with the time and knows when the time of day is known', () => {
    expect(readMoment('2026-06-30T00:00:00Z', { id: 7, name: 'Month', abbrev: 'M' })).toEqual({
      iso: '2026-06-30T00:00:00.000Z',
      precision: 'Month',
      timed: false,
    });
    expect(readMoment('2026-06-30T10:00:00Z', null)?.timed).toBe(true);
    expect(readMoment('2026-06-30T10:00:00Z', { abbrev: 'Q3' })?.precision).toBe('Q3');
    expect(readMoment('not a date')).toBeNull();
    const half = readMoment('2026-12-31T00:00:00Z', { name: 'Half 2' });
    expect(half && precisionPhrase(half)).toBe('half-year');
  });

  it('builds an OpenStreetMap link and rejects impossible or placeholder coordinates', () => {
    expect(readCoordinates('45.996034', 63.564003)?.osmUrl).toBe(
      'https://www.openstreetmap.org/?mlat=45.996034&mlon=63.564003#map=12/45.996034/63.564003',
    );
    expect(readCoordinates(0, 0)).toBeNull();
    expect(readCoordinates(91, 10)).toBeNull();
    expect(readCoordinates(null, 10)).toBeNull();
  });

  it('reads countries from 2.3.0 arrays and 2.0.0 codes', () => {
    expect(readCountries({ country: [{ alpha_2_code: 'GB', name: 'United Kingdom' }] })).toEqual([
      { code: 'GB', name: 'United Kingdom' },
    ]);
    expect(readCountries({ country: { alpha_3_code: '???' } })).toEqual([]);
    expect(readCountries({ country_code: 'USA' })).toEqual([{ code: null, name: 'USA' }]);
  });

  it('links nested copies to their canonical pages and skips objects without an id', () => {
    expect(recordLink('agencies', { id: 121, name: 'SpaceX', abbrev: 'SpX' })).toEqual({
      name: 'SpaceX',
      href: '/agencies/121-spx',
    });
    expect(
      recordLink('launches', { id: 'cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d', name: 'x' })?.href,
    ).toBe('/launches/x-cb26e9e5');
    expect(recordLink('launches', { id: 'cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d' })?.href).toBe(
      '/launches/cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d',
    );
    expect(recordLink('agencies', { name: 'No id' })).toBeNull();
    expect(recordLink('agencies', 'SpaceX')).toBeNull();
  });

  it('splits free-text lists and keeps only http(s) links, once each', () => {
    expect(splitList('Falcon | Starship | Falcon')).toEqual(['Falcon', 'Starship']);
    expect(splitList('')).toEqual([]);
    expect(
      webLinks([
        webLink('a', 'https://x.example/'),
        webLink('b', 'https://x.example/'),
        webLink('c', 'ftp://x'),
      ]),
    ).toEqual([{ label: 'a', url: 'https://x.example/' }]);
  });
});

describe('toAgencyDetail', () => {
  const spacex = {
    id: 121,
    name: 'SpaceX',
    abbrev: 'SpX',
    type: { id: 3, name: 'Commercial' },
    country: [{ alpha_2_code: 'US', alpha_3_code: 'USA', name: 'United States of America' }],
    founding_year: 2002,
    total_launch_count: 704,
    successful_launches: 689,
    failed_launches: 15,
    pending_launches: 128,
    consecutive_successful_launches: 189,
    attempted_landings: 677,
    successful_landings: 649,
    failed_landings: 28,
    info_url: 'https://www.spacex.com/',
    wiki_url: 'javascript:alert(1)',
    social_media_links: [{ social_media: { name: 'X' }, url: 'https://x.com/SpaceX' }],
    launcher_list: [{ id: 164, full_name: 'Falcon 9 Block 5' }],
    spacecraft_list: [{ id: 6, name: 'Crew Dragon 2' }],
    parent: null,
  };

  it('computes outcomes and success rates over flown launches and attempted landings', () => {
    const a = toAgencyDetail(spacex);
    expect(a.launches).toEqual({
      total: 704,
      successful: 689,
      failed: 15,
      other: 0,
      pending: 128,
      consecutiveSuccesses: 189,
      successRate: 689 / 704,
    });
    expect(a.landings).toMatchObject({ attempted: 677, successful: 649, failed: 28, unknown: 0 });
    expect(a.landings?.successRate).toBeCloseTo(0.9586, 3);
  });

  it('links rockets to their launches and spacecraft types to their pages', () => {
    const a = toAgencyDetail(spacex);
    expect(a.launchers[0]).toMatchObject({
      name: 'Falcon 9 Block 5',
      listHref: '/launches?launcher_config__id=164',
    });
    expect(a.spacecraft[0]).toMatchObject({
      href: '/spacecraft-configurations/6-crew-dragon-2',
      listHref: '/spacecraft?spacecraft_config=6',
    });
    expect(a.launchesHref).toBe('/launches?lsp__id=121');
    expect(a.spacecraftConfigsHref).toBe('/spacecraft-configurations?agency=121');
  });

  it('keeps only safe links', () => {
    expect(toAgencyDetail(spacex).links.map((l) => l.label)).toEqual(['Official website', 'X']);
  });

  it('omits statistics the record does not carry (normal mode) and reads the seed defensively', () => {
    for (const record of seed('000-agencies.json')) {
      const a = toAgencyDetail(record);
      expect(a.launches).toBeNull();
      expect(a.name).toBeTruthy();
    }
    const skyrora = toAgencyDetail(byId(seed('000-agencies.json'), 1042));
    expect(skyrora.countries).toEqual([{ code: 'GB', name: 'United Kingdom' }]);
    expect(skyrora.logo?.variants).toHaveLength(2);
    expect(skyrora.launchers.map((l) => l.name)).toEqual(['Skyrora']);
    expect(skyrora.spacecraft).toEqual([]);
  });

  it('reads 2.2.0 agencies, which carry bare logo and image URLs', () => {
    const legacy = loadReference('agencies0.json').find((a) => a.id === 121);
    const a = toAgencyDetail(legacy ?? {});
    expect(a.logo?.image_url).toMatch(/^https:/);
    expect(a.launches?.total).toBeGreaterThan(0);
  });
});

describe('toLaunchDetail', () => {
  const upcoming = handLaunch({
    net: '2025-05-03T10:00:00Z',
    window_start: '2025-05-03T10:00:00Z',
    window_end: '2025-05-03T12:00:00Z',
    status: { id: 1, name: 'Go for Launch', abbrev: 'Go' },
  });

  it('counts down only to an upcoming launch whose time of day is known', () => {
    const timed = toLaunchDetail(upcoming, NOW);
    expect(timed).toMatchObject({ upcoming: true, countdown: true, windowSeconds: 7200 });
    const monthly = toLaunchDetail(
      { ...upcoming, net_precision: { id: 7, name: 'Month', abbrev: 'M' } },
      NOW,
    );
    expect(monthly).toMatchObject({ upcoming: true, countdown: false });
    expect(monthly.net?.precision).toBe('Month');
    const past = toLaunchDetail(upcoming, new Date('2025-06-01T00:00:00Z'));
    expect(past).toMatchObject({ upcoming: false, countdown: false });
  });

  it('reads provider, rocket, pad, location and programs as links', () => {
    const l = toLaunchDetail(upcoming, NOW);
    expect(l.provider?.href).toBe('/agencies/121-spx');
    expect(l.pad?.coordinates?.osmUrl).toContain('mlat=28.561941&mlon=-80.577357');
    expect(l.location?.timezone).toBe('America/New_York');
    expect(l.location?.link?.href).toMatch(/^\/locations\/12/);
  });

  it('maps every converted 2.0.0 launch and mini copy without throwing', () => {
    for (const record of seed('004-launches.json')) {
      const l = toLaunchDetail(record, NOW);
      expect(l.name).toBeTruthy();
      expect(strings(l).some((s) => /^\s*javascript:/i.test(s))).toBe(false);
    }
    const ms26 = toLaunchDetail(
      byId(seed('004-launches.json'), 'cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d'),
      NOW,
    );
    expect(ms26.failReason).toBeNull();
    expect(ms26.programs.map((p) => p.name)).toEqual(['International Space Station', 'Soyuz']);
    expect(ms26.mission?.orbit).toBe('Low Earth Orbit');
    expect(ms26.windowSeconds).toBe(0);
    expect(toLaunchDetail({ id: 'x' }, NOW)).toMatchObject({
      name: 'Unnamed launch',
      net: null,
      pad: null,
    });
  });
});

describe('media links', () => {
  it('orders videos by priority, keeps live flags and language, drops unsafe URLs', () => {
    const videos = readVideos([
      { priority: 1, url: 'https://b.example/', title: 'Low', language: { name: 'English' } },
      { priority: 10, url: 'https://a.example/', title: 'High', publisher: 'NASA', live: true },
      { priority: 5, url: 'javascript:alert(1)', title: 'Bad' },
      'https://plain.example/v',
    ]);
    expect(videos.map((v) => v.title)).toEqual(['High', 'Low', 'plain.example']);
    expect(videos[0]).toMatchObject({ live: true, publisher: 'NASA' });
    expect(videos[1]?.language).toBe('English');
  });

  it('reads the updates feed newest first', () => {
    const updates = readUpdates([
      { id: 1, comment: 'Old', created_on: '2023-01-01T00:00:00Z', created_by: 'a' },
      { id: 2, comment: 'New', created_on: '2023-02-01T00:00:00Z', info_url: 'javascript:x' },
      { id: 3, comment: '' },
    ]);
    expect(updates.map((u) => u.comment)).toEqual(['New', 'Old']);
    expect(updates[0]?.infoUrl).toBeNull();
  });
});

describe('toEventDetail', () => {
  it('reads seed events, their videos and updates', () => {
    const events = seed('002-events.json');
    const conf = toEventDetail(byId(events, 838), NOW);
    expect(conf.date?.precision).toBe('Hour');
    expect(conf.updates).toHaveLength(2);
    expect(conf.upcoming).toBe(false);
    const rocket = toEventDetail(byId(events, 897), NOW);
    expect(rocket.duration?.text).toBe('51 min 19 s');
    for (const e of events) expect(() => toEventDetail(e, NOW)).not.toThrow();
  });

  it('treats "None" as no location and counts down to a timed future event', () => {
    const e = toEventDetail(
      {
        id: 1,
        name: 'Test',
        location: 'None',
        date: '2025-05-02T00:00:00Z',
        date_precision: { name: 'Minute' },
      },
      NOW,
    );
    expect(e).toMatchObject({ location: null, upcoming: true, countdown: true });
  });

  it('maps related launches, programs, agencies and stations', () => {
    const e = toEventDetail(
      {
        id: 2,
        name: 'Related',
        launches: [
          {
            id: 'cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d',
            name: 'Soyuz',
            slug: 'soyuz-21a-soyuz-ms-26',
          },
          { name: 'no id' },
        ],
        program: [{ id: 17, name: 'International Space Station' }],
        agencies: [{ id: 63, name: 'Roscosmos', abbrev: 'RFSA' }],
        spacestations: [{ id: 4, name: 'International Space Station' }],
        astronauts: [{ id: 1, name: 'Oleg Kononenko' }],
      },
      NOW,
    );
    expect(e.launches.map((l) => l.href)).toEqual(['/launches/soyuz-21a-soyuz-ms-26']);
    expect(e.stations[0]?.href).toBe('/space-stations/4-international-space-station');
    expect(e.agencies[0]?.href).toBe('/agencies/63-rfsa');
    expect(e.astronauts).toEqual(['Oleg Kononenko']);
  });
});

describe('toDockingEventDetail', () => {
  const dockings = seed('003-docking_events.json');

  it('reads a finished docking: chaser flight, launch, landing, port, duration', () => {
    const d = toDockingEventDetail(byId(dockings, 611), NOW);
    expect(d.title).toBe('Crew Dragon Freedom → International Space Station');
    expect(d).toMatchObject({ dockedNow: false, departed: true, upcoming: false });
    expect(d.durationSeconds).toBe(
      (Date.parse('2024-11-03T11:35:00Z') - Date.parse('2024-09-29T21:31:00Z')) / 1000,
    );
    expect(d.chaser).toMatchObject({
      kind: 'spacecraft',
      link: { href: '/spacecraft/551-crew-dragon-freedom' },
    });
    // No LL2 slug in the nested copy: its name and the start of its id make one.
    expect(d.chaser?.flight?.launch?.href).toBe('/launches/falcon-9-block-5-crew-9-0102940a');
    expect(d.chaser?.flight?.landing).toMatchObject({
      type: 'Parachute Landing',
      location: 'Atlantic Ocean',
    });
    expect(d.chaser?.flight?.dockingsHref).toBe('/docking-events?flight_vehicle_chaser__id=777');
    expect(d.target).toMatchObject({
      kind: 'station',
      link: { href: '/space-stations/4-international-space-station' },
    });
    expect(d.port).toMatchObject({
      name: 'Harmony forward',
      dockingsHref: '/docking-events?docking_location__id=19',
    });
    expect(d.stationDockingsHref).toBe('/docking-events?space_station_target__id=4');
  });

  it('says "docked now" with the time so far while there is no departure', () => {
    const d = toDockingEventDetail(byId(dockings, 620), NOW);
    expect(d).toMatchObject({ dockedNow: true, departed: false });
    expect(d.durationSeconds).toBe((NOW.getTime() - Date.parse('2025-04-08T08:57:43Z')) / 1000);
  });

  it('reads payload-to-payload dockings', () => {
    const d = toDockingEventDetail(byId(dockings, 616), NOW);
    expect(d.chaser).toMatchObject({ kind: 'payload', name: 'SpaDEx Chaser (SDX01)', link: null });
    expect(d.target).toMatchObject({ kind: 'payload', name: 'SpaDEx Target (SDX02)' });
    expect(d.stationDockingsHref).toBeNull();
  });

  it('treats a docking still ahead as planned, not docked', () => {
    const d = toDockingEventDetail(
      { id: 9, docking: '2025-06-01T00:00:00Z', departure: null },
      NOW,
    );
    expect(d).toMatchObject({
      upcoming: true,
      dockedNow: false,
      durationSeconds: null,
      chaser: null,
      target: null,
    });
  });
});

describe('space stations', () => {
  const iss = loadReference('spacestations.json').find((s) => s.id === 4) ?? {};
  const dockings = seed('003-docking_events.json');

  it('reads the detailed station: owners, sizes, expeditions, ports', () => {
    const s = toSpaceStationDetail(iss);
    expect(s.status?.name).toBe('Active');
    expect(s.owners.length).toBeGreaterThan(2);
    expect(s.mass).toBeGreaterThan(400);
    expect(s.ports.length).toBeGreaterThan(5);
    expect(s.dockingsHref).toBe('/docking-events?space_station_target__id=4');
  });

  it('knows who is docked now from open docking events, longest-docked first', () => {
    const docked = toDockedNow(dockings, {}, NOW);
    expect(docked.map((d) => d.vehicle)).toEqual([
      'Crew Dragon Endurance',
      'Soyuz MS-27',
      'SpaDEx Chaser (SDX01)',
    ]);
    expect(docked[0]).toMatchObject({ port: 'Harmony forward', href: '/docking-events/619' });
    expect(docked[0]?.vehicleLink?.href).toBe('/spacecraft/542-crew-dragon-endurance');
    const later = toDockedNow(dockings, {}, new Date('2024-10-01T00:00:00Z'));
    expect(later.map((d) => d.vehicle)).toEqual(['Crew Dragon Freedom']);
  });

  it('puts the docking log’s occupants on the station’s ports', () => {
    const ports = portsWithOccupants(
      [
        { key: '19', name: 'Harmony forward', occupant: null },
        { key: '18', name: 'Pirs nadir', occupant: null },
      ],
      toDockedNow(dockings, {}, NOW),
    );
    expect(ports.map((p) => p.occupant)).toEqual(['Crew Dragon Endurance', null]);
  });

  it('maps a nested mini copy without inventing facts', () => {
    const s = toSpaceStationDetail({ id: 4, name: 'International Space Station' });
    expect(s).toMatchObject({ status: null, owners: [], ports: [], mass: null, founded: null });
  });
});

describe('spacecraft and configurations', () => {
  it('orders families from broadest to narrowest by their parents', () => {
    const families = readFamilies([
      { id: 7, name: 'Dragon 2', parent: { id: 6, name: 'Dragon' } },
      { id: 6, name: 'Dragon', parent: null },
    ]);
    expect(families.map((f) => f.name)).toEqual(['Dragon', 'Dragon 2']);
    expect(readFamilies([{ id: 1, name: 'Loop', parent: { id: 1 } }]).map((f) => f.name)).toEqual([
      'Loop',
    ]);
  });

  it('reads a nested seed spacecraft with humanised durations and its configuration', () => {
    const flight = byId(seed('003-docking_events.json'), 611).flight_vehicle_chaser as WireRecord;
    const craft = toSpacecraftDetail(flight.spacecraft as WireRecord);
    expect(craft.timeInSpace?.text).toBe('372 days 14 h');
    expect(craft.timeDocked?.iso).toBe('P365DT4H42M11S');
    expect(craft.fastestTurnaround?.text).toBe('219 days');
    expect(craft.config?.families.map((f) => f.name)).toEqual(['Dragon', 'Dragon 2']);
    expect(craft.config?.agency?.href).toBe('/agencies/121-spx');
    for (const r of seed('001-spacecraft.json')) expect(() => toSpacecraftDetail(r)).not.toThrow();
  });

  it('sorts flights newest first and fits the docking window to the craft’s own dockings', () => {
    const flights = [
      { id: 1, mission_end: '2020-01-01T00:00:00Z' },
      { id: 2, mission_end: '2024-01-01T00:00:00Z' },
    ]
      .map(toFlightSummary)
      .filter((f): f is FlightSummary => f !== null);
    expect(sortFlights(flights).map((f) => f.key)).toEqual(['2', '1']);
    const events = dockingEventsToTimelineEvents(
      [byId(seed('003-docking_events.json'), 611)],
      'station',
    );
    const window = dockingWindow(events, NOW);
    expect(window && window.end < NOW).toBe(true);
    expect(window && window.start < new Date('2024-09-29T21:31:00Z')).toBe(true);
    expect(dockingWindow([], NOW)).toBeUndefined();
  });

  it('reads a detailed configuration from the reference data', () => {
    const record = loadReference('spacecrafts.json').find((c) => c.id === 6) ?? {};
    const c = toSpacecraftConfigDetail(record);
    expect(c.humanRated).toBe(true);
    expect(c.crewCapacity).toBeGreaterThan(0);
    expect(c.spacecraftHref).toBe('/spacecraft?spacecraft_config=6');
    expect(c.launchesHref).toBe('/launches?spacecraft_config__ids=6');
  });
});

describe('pads, locations and programs', () => {
  it('reads a pad with its location, coordinates and links', () => {
    const pad = toPadDetail(byId(loadReference('pads.json') as WireRecord[], 20));
    expect(pad.location?.href).toMatch(/^\/locations\/15-/);
    expect(pad.coordinates?.osmUrl).toContain('openstreetmap.org');
    expect(pad.launchesHref).toBe('/launches?pad=20');
  });

  it('reads a location with its pads, busiest first', () => {
    const loc = toLocationDetail(byId(loadReference('locations.json') as WireRecord[], 15));
    expect(loc.pads.length).toBeGreaterThan(1);
    const counts = loc.pads.map((p) => p.totalLaunches ?? 0);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(loc.launchesHref).toBe('/launches?location__ids=15');
    expect(loc.padsHref).toBe('/pads?location__id=15');
  });

  it('reads a program with its agencies and dates', () => {
    const program = byId(seed('004-launches.json'), 'cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d')
      .program as WireRecord[];
    const p = toProgramDetail(byId(program, 17));
    expect(p.agencies).toHaveLength(5);
    expect(p.start?.iso).toBe('1998-11-20T06:40:00.000Z');
    expect(p.end).toBeNull();
    expect(p.launchesHref).toBe('/launches?program=17');
    expect(p.eventsHref).toBe('/events?program=17');
  });
});
