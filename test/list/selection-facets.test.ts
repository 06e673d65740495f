import { asyncStore } from '@/lib/store/async-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDataSource, listRecords, parseList, selectionFacets, setDataSource } from '@/lib/data';
import { storeSource } from '@/lib/data/local-source';
import type { DataSource } from '@/lib/data/source';
import { resources } from '@/lib/resources';
import { loadSeedPages } from '@/test/store/seed-pages';
import { SqliteStore } from '@/lib/store/sqlite-store';

/** The filter panel's options for a list URL, through the data layer the pages use. */
const store = new SqliteStore(':memory:');
let previous: DataSource;
const local = storeSource(() => asyncStore(store));
// Live data has the snapshot's index-wide options and cannot count a selection.
const live: DataSource = { ...local, kind: 'live', facetCounts: async () => null };

beforeAll(() => {
  loadSeedPages(store);
  previous = getDataSource();
});
afterAll(() => {
  setDataSource(previous);
  store.close();
});

const facets = (query: string, field = 'status') =>
  selectionFacets('launches', field, parseList('launches', new URLSearchParams(query)));

describe('filter options of a selection', () => {
  it('count within the search, most first, summing to the matches that have the field', async () => {
    setDataSource(local);
    const { options, indexWide } = await facets('search=Soyuz');
    expect(indexWide).toBe(false);
    const parsed = parseList('launches', new URLSearchParams('search=Soyuz&limit=100'));
    const matches = (await listRecords('launches', parsed)).results;
    const withStatus = matches.filter((r) => (r.status as { id: number } | null)?.id != null);
    expect(options.reduce((n, o) => n + o.count, 0)).toBe(withStatus.length);
    const counts = options.map((o) => o.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // Every value of the index is still there (with 0), so a ticked one keeps its name.
    expect(options.length).toBe((await facets('')).options.length);
  });

  it('are the index’s own for an unfiltered list', async () => {
    setDataSource(local);
    expect(await facets('')).toEqual({
      options: store.facet(resources.launches, 'status'),
      indexWide: false,
    });
  });

  it('say so when their counts are the index’s while the list is narrowed (live data)', async () => {
    setDataSource(live);
    expect((await facets('search=Soyuz')).indexWide).toBe(true);
    expect((await facets('')).indexWide).toBe(false);
  });
});
