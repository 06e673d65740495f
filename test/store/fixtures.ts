import fs from 'node:fs';
import path from 'node:path';
import { normaliseRecords } from '@/lib/import/normalise';
import { parseListQuery } from '@/lib/query/parse';
import { getResource } from '@/lib/resources';
import type { ResourceDef, WireRecord } from '@/lib/resources/types';
import { loadSeedPages, loadSeedPagesInto } from '@/test/store/seed-pages';
import { SqliteStore } from '@/lib/store/sqlite-store';
import type { AsyncStore, Richness, Store } from '@/lib/store/types';

/** The committed embedded dataset (the five LL2 seed pages, converted to 2.3.0). */
export const SEED_DIR = path.resolve(__dirname, '../../data/seed');
/** The captured LL2 pages themselves. */
export { SEED_PAGES, seedPageBody, seedPageText } from '../fixtures/ll2-reference';

/** The records of a committed seed file, as stored (2.3.0 shape). */
export function seedRecords(file: string): WireRecord[] {
  return (
    JSON.parse(fs.readFileSync(path.join(SEED_DIR, file), 'utf8')) as { results: WireRecord[] }
  ).results;
}

export function def(key: string): ResourceDef {
  const found = getResource(key);
  if (!found) throw new Error(`no resource ${key}`);
  return found;
}

/** Writes records the way the importer does: the records plus every nested record. */
export function writeRecords(
  store: SqliteStore,
  resource: string,
  records: WireRecord[],
  richness: Richness = 3,
) {
  const { records: incoming } = normaliseRecords(resource, records, { richness, source: 'test' });
  return store.write(incoming);
}

/** `writeRecords` into either store. */
export async function writeRecordsInto(
  store: AsyncStore,
  resource: string,
  records: WireRecord[],
  richness: Richness = 3,
) {
  const { records: incoming } = normaliseRecords(resource, records, { richness, source: 'test' });
  return store.write(incoming);
}

/** A fixed clock for views: 2025-02-28 12:00 UTC. */
export const NOW = new Date('2025-02-28T12:00:00Z');

export interface QueryRun {
  count: number;
  results: WireRecord[];
  ids: (string | number)[];
  names: string[];
  issues: ReturnType<typeof parseListQuery>['issues'];
  query: ReturnType<typeof parseListQuery>['query'];
}

/** Parses `params` as LL2 would and runs the query against the store. */
export function run(
  store: Store,
  key: string,
  params = '',
  options: { view?: string; now?: Date } = {},
): QueryRun {
  const resource = def(key);
  const parsed = parseListQuery(resource, new URLSearchParams(params), { view: options.view });
  return queryRun(store.list(resource, parsed.query, options.now ?? NOW), parsed);
}

/** `run` against either store (`test/store/both-stores.ts`). */
export async function runOn(
  store: AsyncStore,
  key: string,
  params = '',
  options: { view?: string; now?: Date } = {},
): Promise<QueryRun> {
  const resource = def(key);
  const parsed = parseListQuery(resource, new URLSearchParams(params), { view: options.view });
  return queryRun(await store.list(resource, parsed.query, options.now ?? NOW), parsed);
}

function queryRun(
  result: { count: number; results: WireRecord[] },
  parsed: ReturnType<typeof parseListQuery>,
): QueryRun {
  return {
    ...result,
    ids: result.results.map((r) => r.id),
    names: result.results.map((r) => String(r.name ?? '')),
    issues: parsed.issues,
    query: parsed.query,
  };
}

/** Ids of every match (limit 100), sorted, for set comparisons. */
export function matchIds(
  store: Store,
  key: string,
  params: string,
  options: { view?: string; now?: Date } = {},
): (string | number)[] {
  const result = run(store, key, params ? `${params}&limit=100` : 'limit=100', options);
  return [...result.ids].sort(compareIds);
}

/** `matchIds` against either store. */
export async function matchIdsOn(
  store: AsyncStore,
  key: string,
  params: string,
  options: { view?: string; now?: Date } = {},
): Promise<(string | number)[]> {
  const result = await runOn(store, key, params ? `${params}&limit=100` : 'limit=100', options);
  return [...result.ids].sort(compareIds);
}

export function compareIds(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number'
    ? a - b
    : String(a).localeCompare(String(b));
}

const agencyList = (id: number, name: string, abbrev: string, type: [number, string]) => ({
  response_mode: 'list',
  id,
  url: `https://ll.thespacedevs.com/2.3.0/agencies/${id}/`,
  name,
  abbrev,
  type: { id: type[0], name: type[1] },
});

const usa = {
  id: 2,
  name: 'United States of America',
  alpha_2_code: 'US',
  alpha_3_code: 'USA',
  nationality_name: 'American',
  nationality_name_composed: 'Americano',
};

/** Detailed agencies with the counters the normal-mode seed page lacks (a parent, zeros and nulls). */
export const HAND_AGENCIES: WireRecord[] = [
  {
    response_mode: 'detailed',
    id: 121,
    url: 'https://ll.thespacedevs.com/2.3.0/agencies/121/',
    name: 'SpaceX',
    abbrev: 'SpX',
    type: { id: 3, name: 'Commercial' },
    featured: true,
    country: [usa],
    description:
      'Space Exploration Technologies Corp., known as SpaceX, is an American aerospace manufacturer and space transport services company headquartered in Hawthorne, California.',
    administrator: 'CEO: Elon Musk',
    founding_year: 2002,
    launchers: 'Falcon | Starship',
    spacecraft: 'Dragon',
    parent: null,
    image: null,
    logo: null,
    social_logo: null,
    total_launch_count: 600,
    consecutive_successful_launches: 300,
    successful_launches: 580,
    failed_launches: 12,
    pending_launches: 90,
    consecutive_successful_landings: 150,
    successful_landings: 450,
    failed_landings: 15,
    attempted_landings: 470,
    info_url: 'https://www.spacex.com/',
    wiki_url: 'https://en.wikipedia.org/wiki/SpaceX',
    social_media_links: [],
  },
  {
    response_mode: 'detailed',
    id: 44,
    url: 'https://ll.thespacedevs.com/2.3.0/agencies/44/',
    name: 'National Aeronautics and Space Administration',
    abbrev: 'NASA',
    type: { id: 1, name: 'Government' },
    featured: true,
    country: [usa],
    description:
      'The National Aeronautics and Space Administration is an independent agency of the executive branch of the United States federal government responsible for the civilian space program.',
    administrator: 'Administrator: Bill Nelson',
    founding_year: 1958,
    launchers: 'Space Shuttle | SLS',
    spacecraft: 'Space Shuttle | Orion',
    parent: null,
    image: null,
    logo: null,
    social_logo: null,
    total_launch_count: 160,
    consecutive_successful_launches: 20,
    successful_launches: 150,
    failed_launches: 4,
    pending_launches: 5,
    consecutive_successful_landings: 0,
    successful_landings: 0,
    failed_landings: 0,
    attempted_landings: 0,
    info_url: 'https://www.nasa.gov',
    wiki_url: 'https://en.wikipedia.org/wiki/NASA',
    social_media_links: [],
  },
  {
    response_mode: 'detailed',
    id: 1071,
    url: 'https://ll.thespacedevs.com/2.3.0/agencies/1071/',
    name: 'Jet Propulsion Laboratory',
    abbrev: 'JPL',
    type: { id: 1, name: 'Government' },
    featured: false,
    country: [usa],
    description: 'A federally funded research and development center managed for NASA by Caltech.',
    administrator: null,
    founding_year: 1936,
    launchers: '',
    spacecraft: '',
    parent: {
      response_mode: 'list',
      id: 44,
      url: 'https://ll.thespacedevs.com/2.3.0/agencies/44/',
      name: 'National Aeronautics and Space Administration',
      abbrev: 'NASA',
      type: { id: 1, name: 'Government' },
    },
    image: null,
    logo: null,
    social_logo: null,
    total_launch_count: null,
    consecutive_successful_launches: null,
    successful_launches: null,
    failed_launches: null,
    pending_launches: null,
    consecutive_successful_landings: null,
    successful_landings: null,
    failed_landings: null,
    attempted_landings: null,
  },
];

export const HAND_SPACECRAFT: WireRecord[] = [
  {
    response_mode: 'normal',
    id: 604,
    url: 'https://ll.thespacedevs.com/2.3.0/spacecraft/604/',
    name: 'Soyuz MS-26',
    serial_number: 'Soyuz MS 11F732A48 #756',
    is_placeholder: false,
    image: null,
    in_space: true,
    time_in_space: 'P199DT8H2M',
    time_docked: 'P198DT2H',
    flights_count: 1,
    mission_ends_count: 1,
    status: { id: 1, name: 'Active' },
    description: 'Soyuz MS-26 carried Expedition 72 to the ISS.',
    spacecraft_config: {
      response_mode: 'normal',
      id: 38,
      name: 'Soyuz MS',
      type: { id: 2, name: 'Capsule' },
      agency: agencyList(63, 'Russian Federal Space Agency (ROSCOSMOS)', 'RFSA', [1, 'Government']),
      family: [],
      in_use: true,
      image: null,
    },
    fastest_turnaround: null,
  },
  {
    response_mode: 'normal',
    id: 1,
    url: 'https://ll.thespacedevs.com/2.3.0/spacecraft/1/',
    name: 'Unknown Crew Dragon',
    serial_number: null,
    is_placeholder: true,
    image: null,
    in_space: false,
    time_in_space: null,
    time_docked: null,
    flights_count: 0,
    mission_ends_count: 0,
    status: { id: 3, name: 'Unknown' },
    description: 'Placeholder for a Crew Dragon not yet assigned.',
    spacecraft_config: {
      response_mode: 'normal',
      id: 6,
      name: 'Crew Dragon 2',
      type: { id: 2, name: 'Capsule' },
      agency: agencyList(121, 'SpaceX', 'SpX', [3, 'Commercial']),
      family: [],
      in_use: true,
      image: null,
    },
    fastest_turnaround: null,
  },
];

const program = (id: number, name: string) => ({
  response_mode: 'list',
  id,
  url: `https://ll.thespacedevs.com/2.3.0/programs/${id}/`,
  name,
  image: null,
  info_url: null,
  wiki_url: null,
  type: { id: 1, name: 'Program' },
});

/** Detailed events: agencies, programs, video URLs and a null date, which the list-mode seed page lacks. */
export const HAND_EVENTS: WireRecord[] = [
  {
    id: 1100,
    url: 'https://ll.thespacedevs.com/2.3.0/events/1100/',
    name: 'Crew-9 Dragon Docking',
    info_urls: [],
    vid_urls: [
      { priority: 10, url: 'https://www.youtube.com/watch?v=crew9dock', title: 'Crew-9 Docking' },
    ],
    image: null,
    date: '2024-09-29T21:30:00Z',
    slug: 'crew-9-dragon-docking',
    type: { id: 2, name: 'Docking' },
    description: 'Crew Dragon Freedom docks to the forward port of Harmony.',
    webcast_live: false,
    location: 'International Space Station',
    date_precision: {
      id: 0,
      name: 'Second',
      abbrev: 'SEC',
      description: 'The T-0 is accurate to the second.',
    },
    response_mode: 'detailed',
    duration: null,
    updates: [],
    last_updated: '2024-09-30T10:00:00Z',
    agencies: [
      agencyList(121, 'SpaceX', 'SpX', [3, 'Commercial']),
      agencyList(44, 'National Aeronautics and Space Administration', 'NASA', [1, 'Government']),
    ],
    launches: [],
    expeditions: [],
    spacestations: [],
    program: [program(17, 'International Space Station'), program(18, 'Commercial Crew Program')],
    astronauts: [],
  },
  {
    id: 1101,
    url: 'https://ll.thespacedevs.com/2.3.0/events/1101/',
    name: 'Starship Flight 5 Booster Catch',
    info_urls: [],
    vid_urls: [{ priority: 10, url: 'https://www.youtube.com/watch?v=flight5', title: 'Flight 5' }],
    image: null,
    date: '2024-10-13T12:25:00Z',
    slug: 'starship-flight-5-booster-catch',
    type: { id: 29, name: 'Test Flight' },
    description: 'Super Heavy returns to the launch tower.',
    webcast_live: false,
    location: 'Starbase, TX',
    date_precision: null,
    response_mode: 'detailed',
    duration: null,
    updates: [],
    last_updated: '2024-10-14T08:00:00Z',
    agencies: [agencyList(121, 'SpaceX', 'SpX', [3, 'Commercial'])],
    launches: [],
    expeditions: [],
    spacestations: [],
    program: [],
    astronauts: [],
  },
  {
    id: 1102,
    url: 'https://ll.thespacedevs.com/2.3.0/events/1102/',
    name: 'Artemis II Rollout',
    info_urls: [],
    vid_urls: [],
    image: null,
    date: null,
    slug: 'artemis-ii-rollout',
    type: { id: 20, name: 'Press Event' },
    description: 'Date to be announced.',
    webcast_live: false,
    location: 'Kennedy Space Center, FL',
    date_precision: null,
    response_mode: 'detailed',
    duration: null,
    updates: [],
    last_updated: null,
    agencies: [
      agencyList(44, 'National Aeronautics and Space Administration', 'NASA', [1, 'Government']),
    ],
    launches: [],
    expeditions: [],
    spacestations: [],
    program: [program(26, 'Artemis')],
    astronauts: [],
  },
];

const earth = { response_mode: 'normal', id: 1, name: 'Earth' };
const status = (id: number, name: string, abbrev: string) => ({
  id,
  name,
  abbrev,
  description: null,
});

/** Detailed launches with the fields the 2.0.0 seed page lacks (counters, stages, designators). */
export const HAND_LAUNCHES: WireRecord[] = [
  {
    id: '0102940a-4a60-4686-b34d-ced3fed6c595',
    url: 'https://ll.thespacedevs.com/2.3.0/launches/0102940a-4a60-4686-b34d-ced3fed6c595/',
    name: 'Falcon 9 Block 5 | Crew-9',
    response_mode: 'detailed',
    slug: 'falcon-9-block-5-crew-9',
    launch_designator: '2024-177A',
    status: status(3, 'Launch Successful', 'Success'),
    last_updated: '2025-01-10T08:00:00Z',
    net: '2024-09-28T17:17:19Z',
    net_precision: { id: 0, name: 'Second', abbrev: 'SEC', description: null },
    window_end: '2024-09-28T17:17:19Z',
    window_start: '2024-09-28T17:17:19Z',
    image: null,
    infographic: null,
    probability: 90,
    weather_concerns: null,
    failreason: '',
    hashtag: null,
    launch_service_provider: {
      ...agencyList(121, 'SpaceX', 'SpX', [3, 'Commercial']),
      parent: null,
    },
    rocket: {
      id: 8400,
      configuration: {
        response_mode: 'list',
        id: 164,
        url: 'https://ll.thespacedevs.com/2.3.0/launcher_configurations/164/',
        name: 'Falcon 9',
        full_name: 'Falcon 9 Block 5',
        variant: 'Block 5',
        manufacturer: agencyList(121, 'SpaceX', 'SpX', [3, 'Commercial']),
      },
      launcher_stage: [
        {
          id: 2001,
          type: 'Core',
          launcher: { id: 220, serial_number: 'B1085', flight_proven: true },
        },
      ],
      spacecraft_stage: [
        {
          id: 777,
          url: 'https://ll.thespacedevs.com/2.3.0/spacecraft_flights/777/',
          destination: 'International Space Station',
          mission_end: '2025-03-18T21:57:00Z',
          spacecraft: {
            response_mode: 'normal',
            id: 551,
            name: 'Crew Dragon Freedom',
            spacecraft_config: { id: 6, name: 'Crew Dragon 2' },
          },
          launch_crew: [
            {
              id: 5001,
              role: { id: 1, role: 'Commander' },
              astronaut: { id: 276, name: 'Nick Hague' },
            },
          ],
        },
      ],
      payloads: [],
    },
    mission: {
      id: 6880,
      name: 'Crew-9',
      type: 'Human Exploration',
      description:
        'SpaceX Crew-9 is the ninth crew rotation mission of the Crew Dragon to the ISS.',
      orbit: { id: 8, name: 'Low Earth Orbit', abbrev: 'LEO', celestial_body: earth },
    },
    pad: {
      id: 80,
      url: 'https://ll.thespacedevs.com/2.3.0/pads/80/',
      name: 'Space Launch Complex 40',
      latitude: 28.56194122,
      longitude: -80.57735736,
      location: {
        response_mode: 'normal',
        id: 12,
        url: 'https://ll.thespacedevs.com/2.3.0/locations/12/',
        name: 'Cape Canaveral SFS, FL, USA',
        celestial_body: earth,
      },
    },
    webcast_live: false,
    program: [program(17, 'International Space Station'), program(18, 'Commercial Crew Program')],
    orbital_launch_attempt_count: 6893,
    location_launch_attempt_count: 1010,
    pad_launch_attempt_count: 327,
    agency_launch_attempt_count: 427,
    orbital_launch_attempt_count_year: 190,
    location_launch_attempt_count_year: 93,
    pad_launch_attempt_count_year: 60,
    agency_launch_attempt_count_year: 120,
    vid_urls: [
      { priority: 10, url: 'https://www.youtube.com/watch?v=crew9', title: 'Crew-9 Launch' },
    ],
    info_urls: [],
  },
  {
    id: 'a1c3a5b9-2f3e-4c1d-9b8e-5d7f6a4e3c21',
    url: 'https://ll.thespacedevs.com/2.3.0/launches/a1c3a5b9-2f3e-4c1d-9b8e-5d7f6a4e3c21/',
    name: 'New Shepard | NS-26',
    response_mode: 'detailed',
    slug: 'new-shepard-ns-26',
    launch_designator: null,
    status: status(3, 'Launch Successful', 'Success'),
    last_updated: '2024-08-30T09:00:00Z',
    net: '2024-08-29T13:07:00Z',
    net_precision: null,
    window_end: '2024-08-29T15:00:00Z',
    window_start: '2024-08-29T13:00:00Z',
    image: null,
    infographic: null,
    probability: null,
    weather_concerns: null,
    failreason: '',
    hashtag: null,
    launch_service_provider: {
      ...agencyList(141, 'Blue Origin', 'BO', [3, 'Commercial']),
      parent: null,
    },
    rocket: {
      id: 8300,
      configuration: {
        response_mode: 'list',
        id: 276,
        url: 'https://ll.thespacedevs.com/2.3.0/launcher_configurations/276/',
        name: 'New Shepard',
        full_name: 'New Shepard',
        variant: '',
        manufacturer: agencyList(141, 'Blue Origin', 'BO', [3, 'Commercial']),
      },
      launcher_stage: [
        {
          id: 2002,
          type: 'Core',
          launcher: { id: 230, serial_number: 'NS4', flight_proven: true },
        },
      ],
      spacecraft_stage: [
        {
          id: 900,
          url: 'https://ll.thespacedevs.com/2.3.0/spacecraft_flights/900/',
          destination: 'Suborbital',
          mission_end: '2024-08-29T13:17:00Z',
          spacecraft: {
            response_mode: 'normal',
            id: 700,
            name: 'RSS First Step',
            spacecraft_config: { id: 90, name: 'New Shepard Crew Capsule' },
          },
          launch_crew: [
            {
              id: 5002,
              role: { id: 28, role: 'Tourist' },
              astronaut: { id: 811, name: 'Eiman Jahangir' },
            },
          ],
        },
      ],
      payloads: [],
    },
    mission: {
      id: 6850,
      name: 'NS-26',
      type: 'Tourism',
      description: 'Blue Origin flies six people to space.',
      orbit: { id: 15, name: 'Suborbital', abbrev: 'Sub', celestial_body: earth },
    },
    pad: {
      id: 188,
      url: 'https://ll.thespacedevs.com/2.3.0/pads/188/',
      name: 'West Texas Suborbital Launch Site/ Corn Ranch',
      latitude: 31.422878,
      longitude: -104.757121,
      location: {
        response_mode: 'normal',
        id: 29,
        url: 'https://ll.thespacedevs.com/2.3.0/locations/29/',
        name: 'Corn Ranch, Van Horn, TX, USA',
        celestial_body: earth,
      },
    },
    webcast_live: false,
    program: [],
    orbital_launch_attempt_count: null,
    location_launch_attempt_count: 38,
    pad_launch_attempt_count: 38,
    agency_launch_attempt_count: 38,
    orbital_launch_attempt_count_year: null,
    location_launch_attempt_count_year: 4,
    pad_launch_attempt_count_year: 4,
    agency_launch_attempt_count_year: 4,
    vid_urls: [
      { priority: 10, url: 'https://www.youtube.com/watch?v=ns26', title: 'NS-26 Webcast' },
    ],
    info_urls: [],
  },
  {
    id: 'c7d2e1f0-8a9b-4c3d-8e7f-1a2b3c4d5e6f',
    url: 'https://ll.thespacedevs.com/2.3.0/launches/c7d2e1f0-8a9b-4c3d-8e7f-1a2b3c4d5e6f/',
    name: 'Electron | NROL-999',
    response_mode: 'detailed',
    slug: 'electron-nrol-999',
    launch_designator: null,
    status: status(1, 'Go for Launch', 'Go'),
    last_updated: '2025-02-27T10:00:00Z',
    net: '2025-03-15T06:00:00Z',
    net_precision: null,
    window_end: '2025-03-15T08:00:00Z',
    window_start: '2025-03-15T06:00:00Z',
    image: null,
    infographic: null,
    probability: null,
    weather_concerns: null,
    failreason: '',
    hashtag: null,
    launch_service_provider: {
      ...agencyList(1030, 'Rocket Lab National Security', 'RLNS', [3, 'Commercial']),
      parent: agencyList(147, 'Rocket Lab', 'RL', [3, 'Commercial']),
    },
    rocket: {
      id: 8500,
      configuration: {
        response_mode: 'list',
        id: 26,
        url: 'https://ll.thespacedevs.com/2.3.0/launcher_configurations/26/',
        name: 'Electron',
        full_name: 'Electron',
        variant: '',
        manufacturer: agencyList(147, 'Rocket Lab', 'RL', [3, 'Commercial']),
      },
      launcher_stage: [],
      spacecraft_stage: [],
      payloads: [],
    },
    mission: {
      id: 6999,
      name: 'NROL-999',
      type: 'Government/Top Secret',
      description: 'A classified payload.',
      orbit: { id: 17, name: 'Sun-Synchronous Orbit', abbrev: 'SSO', celestial_body: earth },
    },
    pad: {
      id: 166,
      url: 'https://ll.thespacedevs.com/2.3.0/pads/166/',
      name: 'Rocket Lab Launch Complex 1B',
      latitude: -39.262833,
      longitude: 177.864469,
      location: {
        response_mode: 'normal',
        id: 10,
        url: 'https://ll.thespacedevs.com/2.3.0/locations/10/',
        name: 'Onenui Station, Mahia Peninsula, New Zealand',
        celestial_body: earth,
      },
    },
    webcast_live: false,
    program: [],
    orbital_launch_attempt_count: 6999,
    location_launch_attempt_count: 50,
    pad_launch_attempt_count: null,
    agency_launch_attempt_count: 60,
    orbital_launch_attempt_count_year: 40,
    location_launch_attempt_count_year: 3,
    pad_launch_attempt_count_year: null,
    agency_launch_attempt_count_year: 4,
    vid_urls: [],
    info_urls: [],
  },
];

/** The embedded dataset plus the hand-made records above. */
export function fullStore(): SqliteStore {
  const store = new SqliteStore(':memory:');
  loadSeedPages(store, SEED_DIR);
  writeRecords(store, 'agencies', HAND_AGENCIES);
  writeRecords(store, 'spacecraft', HAND_SPACECRAFT, 2);
  writeRecords(store, 'events', HAND_EVENTS);
  writeRecords(store, 'launches', HAND_LAUNCHES);
  return store;
}

/** `fullStore`'s records, written into either store. */
export async function fillFull(store: AsyncStore): Promise<void> {
  await loadSeedPagesInto(store, SEED_DIR);
  await writeRecordsInto(store, 'agencies', HAND_AGENCIES);
  await writeRecordsInto(store, 'spacecraft', HAND_SPACECRAFT, 2);
  await writeRecordsInto(store, 'events', HAND_EVENTS);
  await writeRecordsInto(store, 'launches', HAND_LAUNCHES);
}

export function seededStore(): SqliteStore {
  const store = new SqliteStore(':memory:');
  loadSeedPages(store, SEED_DIR);
  return store;
}

/** Every row of every table, for before/after comparisons. */
export function dumpTables(store: SqliteStore): Record<string, unknown[]> {
  const tables = store.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [t, store.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]),
  );
}
