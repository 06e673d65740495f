import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleApiRequest } from '@/lib/api/handler';
import { asyncStore } from '@/lib/store/async-store';
import { buildQuery, getDataSource, listRecords, setDataSource } from '@/lib/data';
import { storeSource } from '@/lib/data/local-source';
import type { DataSource } from '@/lib/data/source';
import type { WireRecord } from '@/lib/resources/types';
import { SqliteStore } from '@/lib/store/sqlite-store';
import { writeRecords } from '../store/fixtures';

/**
 * The API's filters on astronauts and expeditions, over hand-written 2.3.0 records: a range, an
 * `__ids` list, a boolean, search and ordering each; and the rule that a trimmed astronaut (no
 * status, type or EVA time, as in the saved snapshot) is withheld from the API but not the pages.
 */
const ORIGIN = 'https://orbit.example';
const SETTINGS = { SITE_URL: ORIGIN, SITE_URL_SET: true, TRUST_PROXY: false };

const nasa = { id: 44, name: 'National Aeronautics and Space Administration', abbrev: 'NASA' };
const esa = { id: 27, name: 'European Space Agency', abbrev: 'ESA' };
const roscosmos = { id: 63, name: 'Russian Federal Space Agency (ROSCOSMOS)', abbrev: 'RFSA' };
const country = (name: string, a2: string, demonym: string) => ({
  id: a2.charCodeAt(0),
  name,
  alpha_2_code: a2,
  alpha_3_code: `${a2}X`,
  nationality_name: demonym,
  nationality_name_composed: demonym,
});

function astronaut(id: number, name: string, extra: Record<string, unknown>): WireRecord {
  return {
    id,
    url: `https://ll.thespacedevs.com/2.3.0/astronauts/${id}/`,
    name,
    status: { id: 1, name: 'Active' },
    agency: nasa,
    image: null,
    response_mode: 'detailed',
    type: { id: 2, name: 'Government' },
    in_space: false,
    time_in_space: 'P100D',
    eva_time: 'PT0S',
    age: 50,
    date_of_birth: '1975-01-01',
    date_of_death: null,
    nationality: [country('United States', 'US', 'American')],
    bio: `${name} is an astronaut.`,
    wiki: null,
    last_flight: '2020-01-01T00:00:00Z',
    first_flight: '2010-01-01T00:00:00Z',
    social_media_links: [],
    flights_count: 2,
    landings_count: 2,
    spacewalks_count: 0,
    flights: [],
    landings: [],
    spacewalks: [],
    ...extra,
  };
}

const ASTRONAUTS = [
  astronaut(1, 'Thomas Pesquet', {
    agency: esa,
    nationality: [country('France', 'FR', 'French')],
    flights_count: 2,
    spacewalks_count: 6,
    eva_time: 'PT39H54M',
    first_flight: '2016-11-17T20:20:13Z',
  }),
  astronaut(2, 'Sunita Williams', { flights_count: 3, spacewalks_count: 9, in_space: true }),
  astronaut(3, 'Oleg Kononenko', {
    agency: roscosmos,
    status: { id: 2, name: 'Retired' },
    nationality: [country('Russia', 'RU', 'Russian')],
    flights_count: 5,
    spacewalks_count: 2,
    first_flight: '2008-04-08T11:16:39Z',
  }),
];

/** A 2.2.0 snapshot astronaut: no status, type or EVA time. */
const TRIMMED: WireRecord = {
  id: 4,
  name: 'Claude Nicollier',
  nationality: 'Swiss',
  date_of_birth: '1944-09-02',
  date_of_death: null,
  bio: 'Swiss astronaut.',
  agency: esa,
  flights: [],
  first_flight: '1992-07-31T13:56:48Z',
  last_flight: '1999-12-20T00:50:00Z',
};

const iss = {
  id: 4,
  url: 'https://ll.thespacedevs.com/2.3.0/space_stations/4/',
  name: 'International Space Station',
};
const tiangong = {
  id: 18,
  url: 'https://ll.thespacedevs.com/2.3.0/space_stations/18/',
  name: 'Tiangong space station',
};
const seat = (role: string, a: WireRecord) => ({
  id: Number(a.id) * 10,
  role: { id: 1, role, priority: 1 },
  astronaut: a,
});

function expedition(id: number, name: string, extra: Record<string, unknown>): WireRecord {
  return {
    id,
    url: `https://ll.thespacedevs.com/2.3.0/expeditions/${id}/`,
    name,
    start: '2020-01-01T00:00:00Z',
    end: '2020-06-01T00:00:00Z',
    response_mode: 'detailed',
    spacestation: iss,
    mission_patches: [],
    spacewalks: [],
    crew: [],
    ...extra,
  };
}

const EXPEDITIONS = [
  expedition(50, 'Expedition 50', {
    start: '2016-10-30T00:00:00Z',
    end: '2017-04-10T00:00:00Z',
    crew: [seat('Flight Engineer', ASTRONAUTS[0]!)],
  }),
  expedition(71, 'Expedition 71', {
    start: '2024-04-06T03:53:57Z',
    end: '2024-09-23T00:00:00Z',
    crew: [seat('Commander', ASTRONAUTS[2]!), seat('Flight Engineer', ASTRONAUTS[1]!)],
  }),
  expedition(159, 'Shenzhou 18', {
    start: '2024-04-25T19:32:00Z',
    end: '2024-11-03T00:00:00Z',
    spacestation: tiangong,
  }),
];

let store: SqliteStore;
let previous: DataSource;

beforeAll(() => {
  store = new SqliteStore(':memory:');
  writeRecords(store, 'astronauts', ASTRONAUTS);
  writeRecords(store, 'astronauts', [TRIMMED], 1);
  writeRecords(store, 'expeditions', EXPEDITIONS);
  previous = getDataSource();
  setDataSource(storeSource(() => asyncStore(store)));
});
afterAll(() => {
  setDataSource(previous);
  store.close();
});

async function get(pathAndQuery: string) {
  const url = new URL(`${ORIGIN}/api/2.3.0/${pathAndQuery}`);
  const segments = url.pathname.replace('/api/2.3.0/', '').split('/');
  const response = await handleApiRequest(url, segments, () => null, SETTINGS);
  return { status: response.status, body: JSON.parse(response.body) as Record<string, unknown> };
}

async function names(pathAndQuery: string): Promise<string[]> {
  const { status, body } = await get(pathAndQuery);
  expect(status).toBe(200);
  return (body.results as { name: string }[]).map((r) => r.name);
}

describe('astronauts/', () => {
  it('withholds the trimmed astronaut, which the pages still list', async () => {
    expect(await names('astronauts/?ordering=id')).toEqual([
      'Thomas Pesquet',
      'Sunita Williams',
      'Oleg Kononenko',
    ]);
    expect((await get('astronauts/4/')).status).toBe(404);
    const pages = await listRecords('astronauts', buildQuery('astronauts', { ordering: 'id' }));
    expect(pages.results.map((r) => r.name)).toContain('Claude Nicollier');
  });

  it('filters a range, an id list and a boolean', async () => {
    expect(await names('astronauts/?flights_count__gte=3&ordering=id')).toEqual([
      'Sunita Williams',
      'Oleg Kononenko',
    ]);
    expect(await names('astronauts/?agency_ids=27,63&ordering=id')).toEqual([
      'Thomas Pesquet',
      'Oleg Kononenko',
    ]);
    expect(await names('astronauts/?status_ids=2')).toEqual(['Oleg Kononenko']);
    expect(await names('astronauts/?in_space=true')).toEqual(['Sunita Williams']);
    expect(await names('astronauts/?first_flight__lt=2010-01-01')).toEqual(['Oleg Kononenko']);
  });

  it('searches name, agency and nationality, and orders by spacewalks', async () => {
    expect(await names('astronauts/?search=french')).toEqual(['Thomas Pesquet']);
    expect(await names('astronauts/?search=ROSCOSMOS')).toEqual(['Oleg Kononenko']);
    expect(await names('astronauts/?ordering=-spacewalks_count')).toEqual([
      'Sunita Williams',
      'Thomas Pesquet',
      'Oleg Kononenko',
    ]);
  });

  it('rejects a bad value naming the parameter', async () => {
    const { status, body } = await get('astronauts/?flights_count__gte=many');
    expect(status).toBe(400);
    expect(Object.keys(body)).toEqual(['flights_count__gte']);
  });
});

describe('expeditions/', () => {
  it('filters by station, start range and crew member', async () => {
    expect(await names('expeditions/?space_station=4&ordering=start')).toEqual([
      'Expedition 50',
      'Expedition 71',
    ]);
    expect(await names('expeditions/?start__gte=2024-01-01&ordering=start')).toEqual([
      'Expedition 71',
      'Shenzhou 18',
    ]);
    expect(await names('expeditions/?crew__astronaut=1')).toEqual(['Expedition 50']);
    expect(await names('expeditions/?crew__astronaut__agency=63')).toEqual(['Expedition 71']);
  });

  it('searches crew names and nationalities, newest first by default', async () => {
    expect(await names('expeditions/?search=kononenko')).toEqual(['Expedition 71']);
    expect(await names('expeditions/?search=French')).toEqual(['Expedition 50']);
    expect(await names('expeditions/')).toEqual(['Shenzhou 18', 'Expedition 71', 'Expedition 50']);
    expect(await names('expeditions/?ordering=end')).toEqual([
      'Expedition 50',
      'Expedition 71',
      'Shenzhou 18',
    ]);
  });

  it('answers a detail with its crew, and 404 for an unknown id', async () => {
    const { status, body } = await get('expeditions/71/');
    expect(status).toBe(200);
    expect((body.crew as { astronaut: { name: string } }[]).map((c) => c.astronaut.name)).toEqual([
      'Oleg Kononenko',
      'Sunita Williams',
    ]);
    expect((await get('expeditions/999/')).status).toBe(404);
  });
});
