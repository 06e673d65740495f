import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDataSource, setDataSource } from '@/lib/data';
import { storeSource } from '@/lib/data/local-source';
import type { DataSource } from '@/lib/data/source';
import { handleApiRequest } from '@/lib/api/handler';
import type { SqliteStore } from '@/lib/store/sqlite-store';
import { openapiSchema } from '../fixtures/ll2-reference';
import { fullStore } from '../store/fixtures';

const ORIGIN = 'https://orbit.example';
const BASE = `${ORIGIN}/api/2.3.0`;

let store: SqliteStore;
let previousSource: DataSource;

beforeAll(() => {
  store = fullStore();
  previousSource = getDataSource();
  setDataSource(storeSource(() => store));
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
  const response = await handleApiRequest(url, segments);
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

const openapi = openapiSchema() as {
  components: { schemas: Record<string, { properties: Record<string, unknown> }> };
};
const schemaKeys = (name: string) => Object.keys(openapi.components.schemas[name]!.properties);

describe('list envelope', () => {
  it('answers {count, next, previous, results} with absolute links', async () => {
    const body = await page('agencies/?limit=2');
    expect(Object.keys(body)).toEqual(['count', 'next', 'previous', 'results']);
    expect(body.count).toBe(25);
    expect(body.results.map((r) => r.id)).toEqual([16, 17]);
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

  it('detailed returns every stored key', async () => {
    const [record] = (await page('launches/?id=0102940a-4a60-4686-b34d-ced3fed6c595&mode=detailed'))
      .results;
    expect(record).toMatchObject({
      response_mode: 'detailed',
      vid_urls: [expect.objectContaining({ url: 'https://www.youtube.com/watch?v=crew9' })],
    });
    expect(Object.keys(record!).filter((k) => !schemaKeys('LaunchDetailed').includes(k))).toEqual(
      [],
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
    expect((await page('launch/?limit=1')).count).toBe(17);
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
    const response = await handleApiRequest(url, []);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({
      agencies: `${BASE}/agencies/`,
      docking_events: `${BASE}/docking_events/`,
    });
  });
});
