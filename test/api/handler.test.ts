import { asyncStore } from '@/lib/store/async-store';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDataSource, getRecord, setDataSource } from '@/lib/data';
import { storeSource } from '@/lib/data/local-source';
import type { DataSource } from '@/lib/data/source';
import { handleApiRequest } from '@/lib/api/handler';
import type { SqliteStore } from '@/lib/store/sqlite-store';
import { componentShape } from '@/lib/ll2/schema-shapes';
import { at } from '@/lib/ll2/read';
import { HAND_LAUNCHES, fullStore, seedRecords, writeRecords } from '../store/fixtures';

const ORIGIN = 'https://orbit.example';
const BASE = `${ORIGIN}/api/2.3.0`;
const SETTINGS = { SITE_URL: ORIGIN, SITE_URL_SET: true, TRUST_PROXY: false };

let store: SqliteStore;
let previousSource: DataSource;

beforeAll(() => {
  store = fullStore();
  previousSource = getDataSource();
  setDataSource(storeSource(() => asyncStore(store)));
});
afterAll(() => {
  setDataSource(previousSource);
  store.close();
});
afterEach(() => {
  vi.useRealTimers();
});

/** GET `/api/2.3.0/<path>` → status and parsed JSON. */
async function get(pathAndQuery: string) {
  const url = new URL(`${BASE}/${pathAndQuery}`);
  const segments = url.pathname.replace('/api/2.3.0/', '').split('/');
  const response = await handleApiRequest(url, segments, () => null, SETTINGS);
  return {
    status: response.status,
    body: JSON.parse(response.body) as Record<string, unknown>,
    raw: response.body,
    headers: response.headers,
  };
}

type Page = {
  count: number;
  next: string | null;
  previous: string | null;
  results: Record<string, unknown>[];
};
const page = async (pathAndQuery: string) => {
  const response = await get(pathAndQuery);
  expect(response.status).toBe(200);
  return response.body as unknown as Page;
};

const schemaKeys = (name: string) => componentShape(name).keys.map(([key]) => key);

describe('list envelope', () => {
  it('answers {count, next, previous, results} with absolute links', async () => {
    const body = await page('agencies/?limit=2');
    expect(Object.keys(body)).toEqual(['count', 'next', 'previous', 'results']);
    // 13 of the 25 stored agencies: the other 12 are known only as a launch's provider or a
    // program's member (see "records known only from references").
    expect(body.count).toBe(13);
    expect(body.results.map((r) => r.id)).toEqual([44, 121]);
    expect(body.next).toBe(`${BASE}/agencies/?limit=2&offset=2`);
    expect(body.previous).toBeNull();
  });

  it('follows DRF’s LimitOffsetPagination links through the pages', async () => {
    const middle = await page('events/?offset=5&limit=5&ordering=-last_updated');
    expect(middle.next).toBe(`${BASE}/events/?limit=5&offset=10&ordering=-last_updated`);
    expect(middle.previous).toBe(`${BASE}/events/?limit=5&ordering=-last_updated`);
    const last = await page('events/?offset=10&limit=5&ordering=-last_updated');
    expect(last.next).toBeNull();
    expect(last.previous).toBe(`${BASE}/events/?limit=5&offset=5&ordering=-last_updated`);
    expect(last.results).toHaveLength(3);
  });

  it('answers an offset past the end with no results but links back', async () => {
    const body = await page('events/?offset=50');
    expect(body).toMatchObject({ count: 13, next: null, results: [] });
    expect(body.previous).toBe(`${BASE}/events/?limit=10&offset=40`);
  });

  it('falls back to the defaults for a bad limit or offset', async () => {
    expect((await page('events/?limit=0')).results).toHaveLength(10);
    expect((await page('events/?limit=abc')).results).toHaveLength(10);
    const clamped = await page('events/?limit=101');
    expect(clamped.results).toHaveLength(13);
    const negative = await page('events/?offset=-1&limit=5');
    expect(negative.results.map((r) => r.id)).toEqual([127, 115, 120, 123, 128]);
    expect(negative.next).toBe(`${BASE}/events/?limit=5&offset=5`);
  });

  it('puts response_mode on each record and our own links in place of LL2’s', async () => {
    const body = await page('agencies/?mode=list&limit=100');
    for (const r of body.results) {
      expect(r.response_mode).toBe('list');
      if (typeof r.url === 'string') expect(r.url.startsWith(`${BASE}/agencies/`)).toBe(true);
    }
    expect(body.results.find((r) => r.id === 1098)?.url).toBe(`${BASE}/agencies/1098/`);
    expect(JSON.stringify(body)).not.toMatch(/ll(dev)?\.thespacedevs\.com\/2\.3\.0\/agencies/);
  });
});

describe('modes project the stored record to LL2’s serializer keys', () => {
  it.each([
    ['agencies/?id=121&mode=list', 'AgencyMini', 'list'],
    ['agencies/?id=121&mode=normal', 'AgencyNormal', 'normal'],
    ['agencies/?id=121', 'AgencyNormal', 'normal'],
    ['events/?id=1100&mode=list', 'EventEndpointList', 'list'],
    ['events/?id=1100', 'EventEndpointNormal', 'normal'],
    ['launches/?id=0102940a-4a60-4686-b34d-ced3fed6c595&mode=list', 'LaunchBasic', 'list'],
    ['launches/?id=0102940a-4a60-4686-b34d-ced3fed6c595', 'LaunchNormal', 'normal'],
    ['spacecraft/?search=Freedom', 'SpacecraftNormal', 'normal'],
  ])('%s → %s', async (query, schema, mode) => {
    const [record] = (await page(query)).results;
    expect(record).toBeDefined();
    expect(record!.response_mode).toBe(mode);
    // Every key is the serializer's; the hand-made records carry all of them.
    const keys = Object.keys(record!);
    expect(keys.filter((k) => !schemaKeys(schema).includes(k))).toEqual([]);
    if (!query.startsWith('spacecraft'))
      expect([...keys].sort()).toEqual([...schemaKeys(schema)].sort());
  });

  it('detailed ⊇ normal ⊇ list, every key present, nested objects in the mode’s serializer', async () => {
    const id = '0102940a-4a60-4686-b34d-ced3fed6c595';
    const [list, normal, detailed] = await Promise.all(
      ['list', 'normal', 'detailed'].map(
        async (mode) => (await page(`launches/?id=${id}&mode=${mode}`)).results[0]!,
      ),
    );
    expect(Object.keys(list!)).toEqual(schemaKeys('LaunchBasic'));
    expect(Object.keys(normal!)).toEqual(schemaKeys('LaunchNormal'));
    expect(Object.keys(detailed!)).toEqual(schemaKeys('LaunchDetailed'));
    for (const key of Object.keys(list!)) expect(normal, key).toHaveProperty(key);
    for (const key of Object.keys(normal!)) expect(detailed, key).toHaveProperty(key);
    expect(detailed).toMatchObject({
      response_mode: 'detailed',
      vid_urls: [expect.objectContaining({ url: 'https://www.youtube.com/watch?v=crew9' })],
      // Empty or unknown, never missing.
      timeline: [],
      flightclub_url: null,
    });
    // LaunchNormal nests the provider as AgencyMini, LaunchDetailed as AgencyDetailed.
    const provider = (record: Record<string, unknown>) =>
      record.launch_service_provider as Record<string, unknown>;
    expect(Object.keys(provider(normal!))).toEqual(schemaKeys('AgencyMini'));
    expect(provider(normal!).response_mode).toBe('list');
    // The stored provider lacks some keys AgencyDetailed may leave out (`featured`): omitted.
    const detailedProvider = Object.keys(provider(detailed!));
    expect(detailedProvider).toEqual(
      schemaKeys('AgencyDetailed').filter((k) => detailedProvider.includes(k)),
    );
    expect(detailedProvider).toEqual(
      expect.arrayContaining([
        'total_launch_count',
        'social_media_links',
        'attempted_landings_payload',
      ]),
    );
  });

  it('an unknown mode falls back to the default', async () => {
    const [record] = (await page('spacecraft/?mode=list&search=Freedom')).results;
    expect(record!.response_mode).toBe('normal');
  });
});

describe('bad values', () => {
  it('answers 400 naming the parameter, with LL2’s message', async () => {
    const response = await get('agencies/?founding_year__gte=abc');
    expect(response.status).toBe(400);
    expect(response.raw).toBe('{"founding_year__gte":["Enter a number."]}');
    const launches = await get('launches/?net__gte=yesterday&status=3');
    expect(launches.status).toBe(400);
    expect(launches.body).toEqual({ net__gte: ['Enter a valid date/time.'] });
  });

  it('names every invalid parameter', async () => {
    const response = await get('launches/upcoming/?net__gte=yesterday&lsp__id=spacex&limit=abc');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      net__gte: ['Enter a valid date/time.'],
      lsp__id: ['Enter a number.'],
    });
  });

  it('ignores an unreadable boolean, an unknown parameter, ordering field or mode', async () => {
    const all = (await page('agencies/')).count;
    for (const query of [
      'featured=maybe',
      'bogus=1',
      'ordering=-bogus',
      'mode=compact',
      'format=json',
    ]) {
      const body = await page(`agencies/?${query}`);
      expect(body.count, query).toBe(all);
    }
  });
});

describe('repeated keys', () => {
  it('uses the last value of a normal parameter', async () => {
    const body = await page('agencies/?name=Orbex&name=SpaceX');
    expect(body.results.map((r) => r.id)).toEqual([121]);
  });

  it('ORs the values of program', async () => {
    const body = await page('events/?program=26&program=18');
    expect(body.results.map((r) => r.id)).toEqual([1100, 1102]);
  });

  it('keeps repeated keys in the paging links', async () => {
    const body = await page('events/?program=26&program=18&limit=1');
    expect(body.next).toBe(`${BASE}/events/?limit=1&offset=1&program=26&program=18`);
  });
});

describe('views', () => {
  it('serves /launches/upcoming/ and /launches/previous/ against the clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-02-28T12:00:00Z'));
    const upcoming = await page('launches/upcoming/?mode=list');
    expect(upcoming.results.map((r) => r.name)).toEqual([
      'Soyuz 2.1a | Progress MS-30 (91P)',
      'Electron | NROL-999',
      'Soyuz 2.1a/Fregat-M | Kosmos (Unknown Payload)',
    ]);
    const hidden = await page('launches/upcoming/?hide_recent_previous=true');
    expect(hidden.count).toBe(2);
    const previous = await page('launches/previous/?limit=1');
    expect(previous).toMatchObject({
      count: 11,
      next: `${BASE}/launches/previous/?limit=1&offset=1`,
    });
    expect(previous.results[0]!.name).toBe('Soyuz 2.1a | Progress MS-30 (91P)');
  });

  it('accepts LL2’s old /launch/ path', async () => {
    expect((await page('launch/?limit=1')).count).toBe(13);
  });
});

describe('detail and errors', () => {
  it('answers a record in detailed mode', async () => {
    const response = await get('agencies/121/');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: 121,
      name: 'SpaceX',
      response_mode: 'detailed',
      total_launch_count: 600,
    });
  });

  it('finds launches by UUID, any case', async () => {
    const response = await get('launches/0102940A-4A60-4686-B34D-CED3FED6C595/');
    expect(response.status).toBe(200);
    expect(response.body.name).toBe('Falcon 9 Block 5 | Crew-9');
  });

  it.each([
    'agencies/999999/',
    'agencies/abc/',
    'launches/not-a-uuid/',
    'launches/00000000-0000-4000-8000-000000000000/',
    'rockets/',
    'agencies/121/extra/',
  ])('404 {"detail": "Not found."} for %s', async (target) => {
    const response = await get(target);
    expect(response.status).toBe(404);
    expect(response.raw).toBe('{"detail":"Not found."}');
  });

  it('lists the resources at the root', async () => {
    const url = new URL(`${BASE}/`);
    const response = await handleApiRequest(url, [], () => null, SETTINGS);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({
      agencies: `${BASE}/agencies/`,
      docking_events: `${BASE}/docking_events/`,
    });
  });
});

describe('absolute links are on the public origin, never the listening address', () => {
  it('builds url, next and previous on SITE_URL, whatever address the request reached', async () => {
    const url = new URL('http://0.0.0.0:3999/api/2.3.0/launches/?limit=2&offset=2');
    const response = await handleApiRequest(url, ['launches', ''], () => '0.0.0.0:3999', SETTINGS);
    const body = JSON.parse(response.body) as Page;
    expect(body.next).toBe(`${BASE}/launches/?limit=2&offset=4`);
    expect(body.previous).toBe(`${BASE}/launches/?limit=2`);
    expect(body.results[0]!.url).toBe(`${BASE}/launches/${String(body.results[0]!.id)}/`);
    expect(response.body).not.toContain('0.0.0.0');
    expect(response.body).not.toMatch(/ll(dev)?\.thespacedevs\.com\/2\.\d\.\d/);
  });

  it('with TRUST_PROXY and no SITE_URL, uses the host and scheme the proxy forwards', async () => {
    const url = new URL('http://0.0.0.0:3999/api/2.3.0/agencies/121/');
    const header = (name: string) =>
      ({ host: '0.0.0.0:3999', 'x-forwarded-host': 'orbit.example', 'x-forwarded-proto': 'https' })[
        name
      ];
    const trusted = { SITE_URL: 'http://localhost:3000', SITE_URL_SET: false, TRUST_PROXY: true };
    const body = JSON.parse(
      (await handleApiRequest(url, ['agencies', '121', ''], header, trusted)).body,
    ) as Record<string, unknown>;
    expect(body.url).toBe('https://orbit.example/api/2.3.0/agencies/121/');
    const untrusted = JSON.parse(
      (
        await handleApiRequest(url, ['agencies', '121', ''], header, {
          ...trusted,
          TRUST_PROXY: false,
        })
      ).body,
    ) as Record<string, unknown>;
    expect(untrusted.url).toBe('http://localhost:3000/api/2.3.0/agencies/121/');
  });

  it('a client can page through a list by following next', async () => {
    const seen: unknown[] = [];
    let link: string | null = `${BASE}/launches/?limit=3`;
    while (link) {
      const body = await page(link.slice(BASE.length + 1));
      seen.push(...body.results.map((r) => r.id));
      link = body.next;
    }
    expect(seen).toHaveLength((await page('launches/')).count);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('records known only from references', () => {
  // Launches the seed docking events name (by id and name) that no launch page brought.
  const referenced = () => {
    const known = new Set([...seedRecords('004-launches.json'), ...HAND_LAUNCHES].map((r) => r.id));
    const named = seedRecords('003-docking_events.json').flatMap(
      (r) => at(r, 'flight_vehicle_chaser.launch.id') ?? [],
    );
    return [...new Set(named as string[])].filter((id) => !known.has(id));
  };

  it('are left out of every list, view, mode and count', async () => {
    const ids = referenced();
    expect(ids.length).toBeGreaterThan(0);
    for (const target of ['launches/', 'launches/upcoming/', 'launches/previous/']) {
      for (const mode of ['list', 'normal', 'detailed']) {
        const body = await page(`${target}?mode=${mode}&limit=100`);
        expect(
          body.results.map((r) => r.id).filter((id) => ids.includes(id as string)),
          `${target} ${mode}`,
        ).toEqual([]);
        expect(body.count).toBe(body.results.length);
      }
    }
    const byId = await page(`launches/?id=${ids.join(',')}`);
    expect(byId).toMatchObject({ count: 0, results: [] });
  });

  it('answer their detail URL with 404, while the pages still find the summary', async () => {
    for (const id of referenced()) {
      const response = await get(`launches/${id}/`);
      expect(response.status).toBe(404);
      expect(response.raw).toBe('{"detail":"Not found."}');
      const { record } = await getRecord('launches', id);
      expect(record).toMatchObject({ id, name: expect.any(String) });
      expect(record!.net).toBeUndefined();
    }
  });

  it('are served once an import brings the record itself', async () => {
    const [id] = referenced();
    const before = (await page('launches/')).count;
    const { record } = await getRecord('launches', id!);
    writeRecords(
      store,
      'launches',
      [
        {
          ...record!,
          slug: 'completed',
          net: '2024-01-01T00:00:00Z',
          status: { id: 3, name: 'Launch Successful', abbrev: 'Success', description: 'x' },
        },
      ],
      2,
    );
    expect((await get(`launches/${id!}/`)).status).toBe(200);
    expect((await page('launches/')).count).toBe(before + 1);
  });
});

describe('format', () => {
  it.each(['json', 'api'])('?format=%s answers the same JSON', async (format) => {
    const plain = await get('launches/?limit=2');
    const formatted = await get(`launches/?limit=2&format=${format}`);
    expect(formatted.status).toBe(200);
    expect((formatted.body as Page).results).toEqual((plain.body as Page).results);
    expect((formatted.body as Page).next).toBe(
      `${BASE}/launches/?format=${format}&limit=2&offset=2`,
    );
    const detail = await get(`agencies/121/?format=${format}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ id: 121, response_mode: 'detailed' });
  });
});

describe('the calls a real LL2 client made', () => {
  const pad = (id: number, name: string, latitude: number, longitude: number, total: number) => ({
    id,
    url: `https://ll.thespacedevs.com/2.3.0/pads/${id}/`,
    active: true,
    agencies: [],
    name,
    image: null,
    description: null,
    info_url: null,
    wiki_url: null,
    map_url: null,
    latitude,
    longitude,
    country: null,
    map_image: null,
    total_launch_count: total,
    orbital_launch_attempt_count: total,
    fastest_turnaround: null,
    location: null,
  });

  beforeAll(() => {
    writeRecords(
      store,
      'pads',
      [
        pad(9001, 'Florida A', 28.5, -80.6, 50),
        pad(9002, 'Florida B', 28.6, -80.6, 200),
        pad(9003, 'Kazakhstan', 45.9, 63.3, 500),
      ],
      2,
    );
  });

  it('launches/upcoming/ and launches/previous/ in normal mode', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-02-28T12:00:00Z'));
    for (const view of ['upcoming', 'previous']) {
      const body = await page(`launches/${view}/?mode=normal&limit=10`);
      expect(body.count).toBeGreaterThan(0);
      for (const r of body.results)
        expect(Object.keys(r)).toEqual(schemaKeys('LaunchNormal').filter((k) => k in r));
    }
  });

  it('launches/<uuid>/?mode=detailed', async () => {
    const response = await get('launches/0102940a-4a60-4686-b34d-ced3fed6c595/?mode=detailed');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      response_mode: 'detailed',
      updates: expect.any(Array),
      mission_patches: expect.any(Array),
    });
  });

  it('pads/ in a latitude/longitude box, ordered by -total_launch_count', async () => {
    const body = await page(
      'pads/?latitude__gte=28&latitude__lte=29&longitude__gte=-81&longitude__lte=-80&ordering=-total_launch_count',
    );
    expect(body.results.map((r) => r.name)).toEqual(['Florida B', 'Florida A']);
    expect(body.results[0]).toMatchObject({
      url: `${BASE}/pads/9002/`,
      latitude: 28.6,
      total_launch_count: 200,
    });
  });
});
