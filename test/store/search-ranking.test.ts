import { expect, it } from 'vitest';
import { parseListQuery } from '@/lib/query/parse';
import type { WireRecord } from '@/lib/resources/types';
import type { AsyncStore } from '@/lib/store/types';
import { describeStores } from './both-stores';
import { def, NOW, writeRecordsInto } from './fixtures';

/**
 * The site's search ranks its matches (names and mission names equal to the search first, then
 * those starting with it), where LL2's `search`, and so the API, keeps the list's own order.
 * Real launches, trimmed as the snapshot has them; each search also matches an older or newer
 * launch that only mentions its words, which plain date order would list first.
 */

const KSC = { id: 27, name: 'Kennedy Space Center, FL, USA' };
const BAIKONUR = { id: 15, name: 'Baikonur Cosmodrome, Republic of Kazakhstan' };
const KOUROU = { id: 3, name: 'Guiana Space Centre, French Guiana' };

function launch(
  id: string,
  name: string,
  net: string,
  extra: { pad: string; location: typeof KSC; designator?: string; crew?: string[] },
): WireRecord {
  const mission = name.split(' | ')[1] ?? name;
  return {
    id,
    name,
    net,
    launch_designator: extra.designator ?? null,
    launch_service_provider: { id: 1, name: 'Some Provider' },
    mission: {
      id: Number.parseInt(id.slice(-4), 16),
      name: mission,
      description: '',
      type: 'Test',
    },
    pad: { id: Number.parseInt(id.slice(-3), 16), name: extra.pad, location: extra.location },
    rocket: {
      configuration: { id: 1, name: name.split(' | ')[0], full_name: name.split(' | ')[0] },
      spacecraft_stage: extra.crew
        ? [
            {
              launch_crew: extra.crew.map((astronaut, i) => ({
                id: i,
                astronaut: { id: i, name: astronaut },
              })),
            },
          ]
        : [],
    },
  };
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const LAUNCHES = [
  launch(uuid(1), 'Vostok-K | Vostok 1', '1961-04-12T06:07:00Z', {
    pad: '1/5',
    location: BAIKONUR,
    crew: ['Yuri Gagarin'],
  }),
  // "1968-118A" holds "11": Apollo 8 matches the words "Apollo" and "11".
  launch(uuid(2), 'Saturn V | Apollo 8', '1968-12-21T12:51:00Z', {
    pad: 'Launch Complex 39A',
    location: KSC,
    designator: '1968-118A',
  }),
  launch(uuid(3), 'Saturn V | Apollo 11', '1969-07-16T13:32:00Z', {
    pad: 'Launch Complex 39A',
    location: KSC,
    designator: '1969-059A',
    crew: ['Neil Armstrong', 'Buzz Aldrin', 'Michael Collins'],
  }),
  launch(uuid(4), 'Saturn V | Apollo 12', '1969-11-14T16:22:00Z', {
    pad: 'Launch Complex 39A',
    location: KSC,
    designator: '1969-099A',
  }),
  launch(uuid(5), 'Ariane 5 ECA | James Webb Space Telescope', '2021-12-25T12:20:00Z', {
    pad: 'Ariane Launch Area 3',
    location: KOUROU,
    designator: '2021-130A',
  }),
  // "2024-125A" holds "5", so the newer Ariane 6 matches "Ariane 5" word by word.
  launch(uuid(6), 'Ariane 6 | Maiden Flight', '2024-07-09T19:00:00Z', {
    pad: 'Ariane Launch Area 4',
    location: KOUROU,
    designator: '2024-125A',
  }),
  launch(uuid(7), 'Falcon 9 Block 5 | Starlink Group 6-1', '2023-02-27T23:13:00Z', {
    pad: 'Space Launch Complex 40',
    location: KSC,
  }),
  // Launch Complex 39A holds "9": Falcon Heavy matches "Falcon 9" word by word.
  launch(uuid(8), 'Falcon Heavy | Europa Clipper', '2024-10-14T16:06:00Z', {
    pad: 'Launch Complex 39A',
    location: KSC,
  }),
  launch(uuid(9), 'Soyuz 2.1a | Soyuz MS-26', '2024-09-11T16:23:00Z', {
    pad: '31/6',
    location: BAIKONUR,
  }),
];

const AGENCIES: WireRecord[] = [
  { id: 44, name: 'National Aeronautics and Space Administration', abbrev: 'NASA' },
  // Listed before NASA by id, the agencies' default order.
  { id: 17, name: 'NASA Jet Propulsion Laboratory', abbrev: 'JPL' },
  { id: 121, name: 'SpaceX', abbrev: 'SpX' },
];

async function fill(store: AsyncStore) {
  await writeRecordsInto(store, 'launches', LAUNCHES);
  await writeRecordsInto(store, 'agencies', AGENCIES);
}

describeStores("the site's search ranking", fill, (store) => {
  async function names(key: string, params: string, siteSearch = true): Promise<string[]> {
    const resource = def(key);
    const parsed = parseListQuery(resource, new URLSearchParams(params), { siteSearch });
    return (await store().list(resource, parsed.query, NOW)).results.map((r) => String(r.name));
  }

  it.each([
    ['Apollo 11', 'Saturn V | Apollo 11'],
    ['apollo 11', 'Saturn V | Apollo 11'],
    ['Falcon 9', 'Falcon 9 Block 5 | Starlink Group 6-1'],
    ['Ariane 5', 'Ariane 5 ECA | James Webb Space Telescope'],
    ['Gagarin', 'Vostok-K | Vostok 1'],
  ])('puts the launch named by %s first', async (search, first) => {
    expect((await names('launches', `search=${encodeURIComponent(search)}`))[0]).toBe(first);
  });

  it('ranks names that start with the search above mere mentions', async () => {
    // Apollo 8 only holds "Apollo" and a "1" (in 1968-118A).
    expect(await names('launches', 'search=Apollo 1')).toEqual([
      'Saturn V | Apollo 12',
      'Saturn V | Apollo 11',
      'Saturn V | Apollo 8',
    ]);
    expect(await names('launches', 'search="Apollo 1"')).toEqual([
      'Saturn V | Apollo 12',
      'Saturn V | Apollo 11',
    ]);
  });

  it('lists equally good matches latest first', async () => {
    expect(await names('launches', 'search=Baikonur')).toEqual([
      'Soyuz 2.1a | Soyuz MS-26',
      'Vostok-K | Vostok 1',
    ]);
    expect(await names('launches', 'search=Saturn V')).toEqual([
      'Saturn V | Apollo 12',
      'Saturn V | Apollo 11',
      'Saturn V | Apollo 8',
    ]);
  });

  it('ranks an exact abbreviation above a name that starts with it', async () => {
    expect(await names('agencies', 'search=NASA')).toEqual([
      'National Aeronautics and Space Administration',
      'NASA Jet Propulsion Laboratory',
    ]);
  });

  it('finds a crew member only in the site search, as a whole phrase', async () => {
    expect(await names('launches', 'search=Yuri Gagarin')).toEqual(['Vostok-K | Vostok 1']);
    expect(await names('launches', 'search=Armstrong')).toEqual(['Saturn V | Apollo 11']);
    expect(await names('launches', 'search=Gagarin Armstrong')).toEqual([]);
    // LL2 does not search crews, so neither does the API.
    expect(await names('launches', 'search=Gagarin', false)).toEqual([]);
  });

  it('counts what it lists', async () => {
    const resource = def('launches');
    const parsed = parseListQuery(resource, new URLSearchParams('search=Gagarin&limit=1'), {
      siteSearch: true,
    });
    expect((await store().list(resource, parsed.query, NOW)).count).toBe(1);
  });

  it('leaves an explicit ordering alone', async () => {
    expect(await names('launches', 'search=Apollo 11&ordering=-name')).toEqual([
      'Saturn V | Apollo 8',
      'Saturn V | Apollo 11',
    ]);
    expect((await names('launches', 'search=Falcon 9&ordering=-net'))[0]).toBe(
      'Falcon Heavy | Europa Clipper',
    );
  });

  it("keeps LL2's order for the API", async () => {
    expect(await names('launches', 'search=Apollo 11', false)).toEqual([
      'Saturn V | Apollo 8',
      'Saturn V | Apollo 11',
    ]);
    expect((await names('launches', 'search=Ariane 5', false))[0]).toBe(
      'Ariane 5 ECA | James Webb Space Telescope',
    );
    expect(await names('launches', 'search=Falcon 9', false)).toEqual([
      'Falcon 9 Block 5 | Starlink Group 6-1',
      'Falcon Heavy | Europa Clipper',
    ]);
  });

  it('pages through the ranked order', async () => {
    const all = await names('launches', 'search=Saturn V');
    const pages = [];
    for (const offset of [0, 1, 2])
      pages.push(...(await names('launches', `search=Saturn V&limit=1&offset=${offset}`)));
    expect(pages).toEqual(all);
  });
});
