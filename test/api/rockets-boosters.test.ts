import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleApiRequest } from '@/lib/api/handler';
import { getDataSource, setDataSource } from '@/lib/data';
import { storeSource } from '@/lib/data/local-source';
import type { DataSource } from '@/lib/data/source';
import { parseListQuery } from '@/lib/query/parse';
import { getResource } from '@/lib/resources';
import type { WireRecord } from '@/lib/resources/types';
import { asyncStore } from '@/lib/store/async-store';
import { loadEmbeddedDataset } from '@/lib/store/embedded';
import { SqliteStore } from '@/lib/store/sqlite-store';
import { withBoosterFlights } from '../fixtures/booster-flights';
import { writeRecords } from '../store/fixtures';
import { describeErrors, ll2Validator } from './ll2-schema';

/**
 * `/api/2.3.0/launcher_configurations/` over the embedded snapshot's 493 rockets and
 * `/api/2.3.0/launchers/` over two test boosters flown on real Falcon 9 Block 5 launches: a
 * range, an id list, a boolean, search and ordering each, answered as LL2 would.
 */

const ORIGIN = 'https://orbit.example';
const SETTINGS = { SITE_URL: ORIGIN, SITE_URL_SET: true, TRUST_PROXY: false };
const FALCON_9_BLOCK_5 = 164;

type Page = { count: number; next: string | null; results: Record<string, unknown>[] };

let store: SqliteStore;
let previous: DataSource;

async function get(pathAndQuery: string) {
  const url = new URL(`${ORIGIN}/api/2.3.0/${pathAndQuery}`);
  const segments = url.pathname.replace('/api/2.3.0/', '').split('/');
  const response = await handleApiRequest(url, segments, () => null, SETTINGS);
  return { status: response.status, body: JSON.parse(response.body) as Record<string, unknown> };
}

async function page(pathAndQuery: string): Promise<Page> {
  const { status, body } = await get(pathAndQuery);
  expect(status, pathAndQuery).toBe(200);
  return body as unknown as Page;
}

const field = (p: Page, key: string) => p.results.map((r) => r[key]);

// Loading the 9,099-record snapshot takes seconds, more when the whole suite shares the cores.
beforeAll(() => {
  store = new SqliteStore(':memory:');
  loadEmbeddedDataset(store, undefined, { quiet: true });
  const falcons = store.list(
    getResource('launches')!,
    parseListQuery(getResource('launches')!, {
      launcher_config__id: String(FALCON_9_BLOCK_5),
      ordering: '-net',
      limit: '4',
    }).query,
    new Date(),
  ).results;
  const veteran = withBoosterFlights(falcons.slice(1), { failedLanding: 0 });
  const rookie = withBoosterFlights(falcons.slice(0, 1), { boosterId: 9002, serial: 'B2000' });
  writeRecords(store, 'launches', [...veteran.launches, ...rookie.launches]);
  writeRecords(store, 'launchers', [veteran.launcher, rookie.launcher]);
  previous = getDataSource();
  setDataSource(storeSource(() => asyncStore(store)));
}, 60_000);

afterAll(() => {
  setDataSource(previous);
  store.close();
});

describe('/api/2.3.0/launcher_configurations/', () => {
  it('a range: total_launch_count__gte keeps only rockets with that many launches', async () => {
    const all = await page(
      'launcher_configurations/?limit=100&ordering=-total_launch_count&mode=detailed',
    );
    const busy = await page('launcher_configurations/?total_launch_count__gte=300&limit=100');
    expect(busy.count).toBeGreaterThan(0);
    expect(busy.count).toBe(
      all.results.filter((r) => (r.total_launch_count as number) >= 300).length,
    );
    expect(field(busy, 'id')).toContain(FALCON_9_BLOCK_5);
    const window = await page(
      'launcher_configurations/?maiden_flight__gte=2018-01-01&maiden_flight__lt=2019-01-01&limit=100&mode=detailed',
    );
    for (const r of window.results) expect(String(r.maiden_flight)).toMatch(/^2018-/);
  });

  it('repeated program ids: a rocket of either program', async () => {
    const one = await page('launcher_configurations/?program=11&limit=100&mode=detailed');
    const both = await page(
      'launcher_configurations/?program=11&program=17&limit=100&mode=detailed',
    );
    expect(one.count).toBeGreaterThan(0);
    expect(both.count).toBeGreaterThanOrEqual(one.count);
    for (const r of both.results) {
      const ids = (r.program as { id: number }[]).map((p) => p.id);
      expect(
        ids.some((id) => id === 11 || id === 17),
        String(r.name),
      ).toBe(true);
    }
  });

  it('a boolean: active=false lists retired rockets only; one LL2 cannot read it ignores', async () => {
    const all = await page('launcher_configurations/');
    const retired = await page('launcher_configurations/?active=false&limit=100');
    expect(retired.count).toBeGreaterThan(0);
    expect(retired.count).toBeLessThan(all.count);
    expect(new Set(field(retired, 'active'))).toEqual(new Set([false]));
    expect((await page('launcher_configurations/?active=maybe')).count).toBe(all.count);
  });

  it('a number it cannot read is a 400 naming the parameter', async () => {
    const bad = await get('launcher_configurations/?total_launch_count__gte=many');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body)).toEqual(['total_launch_count__gte']);
  });

  it('search: LL2’s fields (name, full name, manufacturer and its abbreviation)', async () => {
    const byName = await page('launcher_configurations/?search=falcon%209&limit=100');
    expect(field(byName, 'full_name')).toEqual(
      expect.arrayContaining(['Falcon 9 Block 5', 'Falcon 9 v1.0']),
    );
    const byAbbrev = await page('launcher_configurations/?search=SpX&limit=100&mode=detailed');
    expect(byAbbrev.count).toBeGreaterThan(0);
    for (const r of byAbbrev.results)
      expect((r.manufacturer as { abbrev: string }).abbrev).toBe('SpX');
  });

  it('ordering: by a field of LL2’s list, either way; one it does not list is ignored', async () => {
    const desc = await page('launcher_configurations/?ordering=-total_launch_count&limit=20');
    const counts = field(desc, 'total_launch_count') as number[];
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const asc = await page('launcher_configurations/?ordering=maiden_flight&limit=20&mode=normal');
    const dates = (field(asc, 'maiden_flight') as (string | null)[]).filter(Boolean) as string[];
    expect(dates).toEqual([...dates].sort());
    const byId = await page('launcher_configurations/?ordering=-id&limit=5');
    const byDefault = await page('launcher_configurations/?limit=5');
    expect(field(byId, 'id')).toEqual(field(byDefault, 'id'));
  });
});

describe('/api/2.3.0/launchers/', () => {
  it('holds the two boosters, their rocket inherited from the launches that flew them', async () => {
    const list = await page('launchers/?mode=detailed');
    expect(list.count).toBe(2);
    for (const r of list.results)
      expect((r.launcher_config as { id: number }).id).toBe(FALCON_9_BLOCK_5);
  });

  it('a range: flights__gte and successful_landings__lt', async () => {
    expect(field(await page('launchers/?flights__gte=2'), 'serial_number')).toEqual(['B1999']);
    expect(field(await page('launchers/?flights__lt=2'), 'serial_number')).toEqual(['B2000']);
    expect(field(await page('launchers/?successful_landings__lt=3'), 'serial_number')).toEqual([
      'B1999',
      'B2000',
    ]);
  });

  it('an id list: launcher_config__ids matches any of the rockets named', async () => {
    expect((await page(`launchers/?launcher_config__ids=1,${FALCON_9_BLOCK_5}`)).count).toBe(2);
    expect((await page('launchers/?launcher_config__ids=1,2')).count).toBe(0);
    const bad = await get('launchers/?launcher_config__ids=one');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body)).toEqual(['launcher_config__ids']);
  });

  it('booleans: flight_proven', async () => {
    expect(field(await page('launchers/?flight_proven=true'), 'serial_number')).toEqual(['B1999']);
    expect(field(await page('launchers/?flight_proven=false'), 'serial_number')).toEqual(['B2000']);
  });

  it('search: serial number and status name', async () => {
    expect(field(await page('launchers/?search=b19'), 'serial_number')).toEqual(['B1999']);
    expect((await page('launchers/?search=active')).count).toBe(2);
    expect((await page('launchers/?search=retired')).count).toBe(0);
  });

  it('ordering: flights either way', async () => {
    expect(field(await page('launchers/?ordering=-flights'), 'serial_number')).toEqual([
      'B1999',
      'B2000',
    ]);
    expect(field(await page('launchers/?ordering=flights'), 'serial_number')).toEqual([
      'B2000',
      'B1999',
    ]);
  });

  it('answers in LL2’s shapes: every mode’s list and the detail validate against the schema', async () => {
    const validator = ll2Validator();
    for (const [mode, component] of [
      ['list', 'LauncherMini'],
      ['normal', 'LauncherNormal'],
      ['detailed', 'LauncherDetailed'],
    ] as const) {
      const { body } = await get(`launchers/?mode=${mode}`);
      const errors = validator.page(component, body);
      expect(errors, describeErrors(errors, body)).toEqual([]);
    }
    const { status, body } = await get('launchers/9001/');
    expect(status).toBe(200);
    const errors = validator.record('LauncherDetailed', body);
    expect(errors, describeErrors(errors, body)).toEqual([]);
    expect((await get('launchers/123456/')).status).toBe(404);
  });

  it('a launch carries its booster stage in LL2’s LaunchDetailed shape', async () => {
    const { body } = await get(`launches/?serial_number=B2000&mode=detailed`);
    const launch = (body.results as WireRecord[])[0]!;
    const stage = (launch.rocket as { launcher_stage: Record<string, unknown>[] })
      .launcher_stage[0]!;
    expect((stage.launcher as { serial_number: string }).serial_number).toBe('B2000');
    const errors = ll2Validator().record('LaunchDetailed', launch);
    expect(errors, describeErrors(errors, launch)).toEqual([]);
  });
});
