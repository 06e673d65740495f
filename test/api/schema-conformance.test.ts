import { asyncStore } from '@/lib/store/async-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleApiRequest } from '@/lib/api/handler';
import { detailComponent, modeComponent } from '@/lib/api/project';
import { getDataSource, setDataSource } from '@/lib/data';
import { storeSource } from '@/lib/data/local-source';
import type { DataSource } from '@/lib/data/source';
import { componentShape } from '@/lib/ll2/schema-shapes';
import { resourceList } from '@/lib/resources';
import type { Mode, ResourceDef } from '@/lib/resources/types';
import { importPaths } from '@/lib/import/importer';
import { loadSnapshot } from '@/lib/store/snapshot';
import { loadSeedPages } from '@/test/store/seed-pages';
import { SqliteStore } from '@/lib/store/sqlite-store';
import { writeSyntheticDataset } from '@/tools/synthetic/write';
import { LL2_SNAPSHOT, snapshotRecords } from '../fixtures/ll2-reference';
import { describeErrors, ll2Validator } from './ll2-schema';

/**
 * Every answer of the LL2-compatible API, validated against LL2's 2.3.0 OpenAPI schema (with the
 * deviations in lib/ll2/schema-deviations.ts): every endpoint, every mode, every list page and
 * every stored record's detail, over the embedded dataset; the first pages of every endpoint
 * over a synthetic store. Nothing here names a record: it walks the resources and what the store
 * holds, so it covers whatever dataset is embedded.
 */

const ORIGIN = 'https://orbit.example';
const BASE = `${ORIGIN}/api/2.3.0`;
const validator = ll2Validator();
const settings = { SITE_URL: ORIGIN, SITE_URL_SET: true, TRUST_PROXY: false };

type Page = {
  count: number;
  next: string | null;
  previous: string | null;
  results: Record<string, unknown>[];
};

async function call(pathAndQuery: string) {
  const url = new URL(`${BASE}/${pathAndQuery}`);
  const segments = url.pathname.slice('/api/2.3.0/'.length).split('/');
  const response = await handleApiRequest(url, segments, () => null, settings);
  return { status: response.status, body: JSON.parse(response.body) as unknown };
}

/** The path after `/api/2.3.0/` of one of our own absolute links. */
function relative(link: string): string {
  expect(link.startsWith(`${BASE}/`), link).toBe(true);
  return link.slice(BASE.length + 1);
}

function expectValid(
  component: string,
  value: unknown,
  errors: ReturnType<typeof validator.record>,
  where: string,
) {
  expect(errors, `${where} is not a valid ${component}:\n${describeErrors(errors, value)}`).toEqual(
    [],
  );
}

/** Keys of `component` an answer may leave out: not required, no null allowed, not a list. */
function omittable(component: string): Set<string> {
  return new Set(
    componentShape(component)
      .keys.filter(([, flags]) => !/[rna]/.test(flags))
      .map(([key]) => key),
  );
}

function expectAllKeys(component: string, record: Record<string, unknown>, where: string) {
  const missing = componentShape(component)
    .keys.map(([key]) => key)
    .filter((key) => !(key in record));
  const allowed = omittable(component);
  expect(
    missing.filter((key) => !allowed.has(key)),
    `${where} lacks keys of ${component}`,
  ).toEqual([]);
}

const listPaths = (def: ResourceDef) => [
  def.apiPath,
  ...(def.views ?? []).map((v) => `${def.apiPath}${v.name}/`),
];

/** Pages read from the start of each list (following `next`), and then its last page. */
const FIRST_PAGES = 3;
const LIMIT = 100;
/** Records whose detail is read per resource: all of them up to this, else this many, evenly spread. */
const DETAIL_SAMPLE = 1000;

/** Reads one list page, validates it against `component`, and checks every record has its keys. */
async function readPage(target: string, component: string, mode: Mode): Promise<Page> {
  const { status, body } = await call(target);
  expect(status, target).toBe(200);
  expectValid(component, body, validator.page(component, body), target);
  const page = body as Page;
  for (const r of page.results) {
    expect(r.response_mode ?? mode, target).toBe(componentShape(component).mode ?? mode);
    expectAllKeys(component, r, `${target} ${String(r.id)}`);
  }
  return page;
}

/**
 * Every list of every resource (and its views) in every mode: the first pages, following `next`
 * as a client would, and the last page; the same records in every mode, each mode's keys within
 * the next richer one's. Returns how many pages it read.
 */
async function checkLists(): Promise<number> {
  let pages = 0;
  for (const def of resourceList) {
    for (const listPath of listPaths(def)) {
      const byMode = new Map<Mode, Page[]>();
      for (const mode of def.modes) {
        const component = modeComponent(def, mode);
        const seen: Page[] = [];
        let target: string | null = `${listPath}?limit=${LIMIT}&mode=${mode}`;
        while (target && seen.length < FIRST_PAGES) {
          const page = await readPage(target, component, mode);
          seen.push(page);
          target = page.next ? relative(page.next) : null;
        }
        if (target) {
          const last = Math.floor((seen[0]!.count - 1) / LIMIT) * LIMIT;
          seen.push(
            await readPage(
              `${listPath}?limit=${LIMIT}&mode=${mode}&offset=${last}`,
              component,
              mode,
            ),
          );
        }
        pages += seen.length;
        byMode.set(mode, seen);
      }
      expectNestedModes(def, byMode, listPath);
    }
  }
  return pages;
}

/** The same records in every mode, each mode's keys within the next richer one's. */
function expectNestedModes(def: ResourceDef, byMode: Map<Mode, Page[]>, listPath: string) {
  const order: Mode[] = ['list', 'normal', 'detailed'];
  const modes = order.filter((m) => def.modes.includes(m));
  for (let i = 1; i < modes.length; i += 1) {
    const poorer = byMode.get(modes[i - 1]!)!.flatMap((p) => p.results);
    const richer = byMode.get(modes[i]!)!.flatMap((p) => p.results);
    expect(
      richer.map((r) => r.id),
      `${listPath} ${modes[i]} lists other records than ${modes[i - 1]}`,
    ).toEqual(poorer.map((r) => r.id));
    poorer.forEach((record, n) => {
      const extra = Object.keys(record).filter(
        (key) => key !== 'response_mode' && !(key in richer[n]!),
      );
      expect(
        extra,
        `${listPath} ${String(record.id)}: ${modes[i - 1]} keys missing from ${modes[i]}`,
      ).toEqual([]);
    });
  }
}

/**
 * Stored records' detail URLs (all, or an even sample of a large resource): a record the store
 * counts as served answers 200 with a valid detail serializer, any other 404; with every record
 * read, the 200s are exactly as many as the list's count.
 */
async function checkDetails(store: SqliteStore): Promise<{ served: number; hidden: number }> {
  let served = 0;
  let hidden = 0;
  for (const def of resourceList) {
    const component = detailComponent(def);
    const ids = store.ids(def).map(({ id }) => id);
    const stride = Math.max(1, Math.ceil(ids.length / DETAIL_SAMPLE));
    let answered = 0;
    for (let i = 0; i < ids.length; i += stride) {
      const id = ids[i]!;
      const target = `${def.apiPath}${id}/`;
      const { status, body } = await call(target);
      if (store.get(def, id, { servedOnly: true }) === null) {
        expect(status, `${target} is not served, yet answers`).toBe(404);
        hidden += 1;
        continue;
      }
      expect(status, target).toBe(200);
      expectValid(component, body, validator.record(component, body), target);
      expectAllKeys(component, body as Record<string, unknown>, target);
      answered += 1;
    }
    if (stride === 1)
      expect(answered, `${def.apiPath} count`).toBe(((await call(def.apiPath)).body as Page).count);
    served += answered;
  }
  return { served, hidden };
}

/** The list check every store gets, inside its describe. */
function itValidatesEveryList() {
  it('every endpoint, view and mode: first and last list pages validate, the modes nesting', async () => {
    expect(await checkLists()).toBeGreaterThan(resourceList.length);
  }, 120_000);
}

function useStore(make: () => SqliteStore) {
  const state: { store?: SqliteStore; previous?: DataSource } = {};
  beforeAll(() => {
    state.store = make();
    state.previous = getDataSource();
    setDataSource(storeSource(() => asyncStore(state.store!)));
  }, 120_000);
  afterAll(() => {
    setDataSource(state.previous!);
    state.store?.close();
  });
  return () => state.store!;
}

describe('the embedded dataset, through the API, is valid LL2 2.3.0', () => {
  const store = useStore(() => {
    const s = new SqliteStore(':memory:');
    loadSnapshot(s);
    return s;
  });

  itValidatesEveryList();

  it('stored records’ detail URLs: valid when served, 404 when not', async () => {
    const { served, hidden } = await checkDetails(store());
    expect(served).toBeGreaterThan(0);
    // The embedded data holds records known only from references (a launch named by a docking).
    expect(hidden).toBeGreaterThan(0);
  }, 120_000);
});

describe('LL2’s saved 2.2.0 and 2.3.0 records, imported, through the API, are valid LL2 2.3.0', () => {
  // The shapes of the public snapshot (trimmed 2.2.0 launches, 2.2.0 agencies, 2.3.0 pads and
  // locations), a few of each, on top of the embedded dataset.
  const store = useStore(() => {
    const s = new SqliteStore(':memory:');
    loadSeedPages(s);
    importPaths(s, [LL2_SNAPSHOT]);
    return s;
  });

  itValidatesEveryList();

  it('stored records’ detail URLs: valid when served, 404 when not', async () => {
    const { served } = await checkDetails(store());
    expect(served).toBeGreaterThan(50);
  }, 120_000);

  it('a trimmed 2.2.0 launch keeps its provider, rocket, mission and pad', async () => {
    const name = (value: unknown) => (value as { name?: unknown } | null)?.name;
    const launches = snapshotRecords('previouslaunches0.json');
    expect(launches.length).toBeGreaterThan(0);
    for (const raw of launches) {
      const { body } = await call(`launches/?id=${String(raw.id)}`);
      const [launch] = (body as Page).results;
      expect(launch, String(raw.name)).toBeDefined();
      const rocket = raw.rocket as { configuration?: unknown } | undefined;
      expect(name(launch!.launch_service_provider)).toBe(name(raw.launch_service_provider));
      expect(name((launch!.rocket as { configuration?: unknown } | null)?.configuration)).toBe(
        name(rocket?.configuration),
      );
      if (raw.mission) expect(name(launch!.mission)).toBe(name(raw.mission));
      expect(name(launch!.pad)).toBe(name(raw.pad));
    }
  });
});

describe('a synthetic store, through the API, is valid LL2 2.3.0', () => {
  // 1,500 launches (and their agencies, spacecraft, events, dockings) cover every shape the
  // generator makes, built in about 5 s; the 100,000-launch store takes minutes to build.
  const store = useStore(() => {
    const s = new SqliteStore(':memory:');
    writeSyntheticDataset(s, {
      launches: 1500,
      seed: 11,
      now: new Date('2026-06-15T00:00:00Z'),
    });
    return s;
  });

  itValidatesEveryList();

  it('stored records’ detail URLs: valid when served, 404 when not', async () => {
    const { served } = await checkDetails(store());
    expect(served).toBeGreaterThan(1000);
  }, 120_000);
});
