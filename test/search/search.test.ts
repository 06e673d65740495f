import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '@/lib/resources';
import { SEARCH_SOURCES } from '@/lib/search/describe';
import {
  searchAll,
  searchPageHref,
  searchResource,
  seeAllHref,
  totalMatches,
  withMatches,
} from '@/lib/search/search';
import { useEmbeddedStore } from './helpers';

let restore: () => void;
beforeAll(() => {
  restore = useEmbeddedStore();
});
afterAll(() => restore());

const ORDER = [
  'launches',
  'events',
  'agencies',
  'spacecraft',
  'space_stations',
  'launcher_configurations',
  'launchers',
  'spacecraft_configurations',
  'pads',
  'locations',
  'programs',
  'astronauts',
];

const totals = async (q: string) =>
  Object.fromEntries((await searchAll(q, 5)).map((g) => [g.resource, g.total]));

describe('search sources', () => {
  it('covers each searchable resource once, in a fixed order', () => {
    expect(SEARCH_SOURCES.map((s) => s.key)).toEqual(ORDER);
  });

  it('only lists resources that LL2 lets you search', () => {
    for (const source of SEARCH_SOURCES)
      expect(resources[source.key].search.length).toBeGreaterThan(0);
  });
});

describe('searchAll (grouping)', () => {
  it('returns every resource, labelled, with totals for "dragon"', async () => {
    const groups = await searchAll('dragon', 5);
    expect(groups.map((g) => g.resource)).toEqual(ORDER);
    expect(groups.map((g) => g.label)).toEqual(
      ORDER.map((k) => resources[k as keyof typeof resources].plural),
    );
    expect(await totals('dragon')).toEqual({
      launches: 3,
      events: 2,
      agencies: 0,
      spacecraft: 3,
      space_stations: 0,
      launcher_configurations: 1,
      launchers: 0,
      spacecraft_configurations: 2,
      pads: 0,
      locations: 0,
      programs: 0,
      astronauts: 0,
    });
    expect(withMatches(groups).map((g) => g.resource)).toEqual([
      'launches',
      'events',
      'spacecraft',
      'launcher_configurations',
      'spacecraft_configurations',
    ]);
    expect(totalMatches(groups)).toBe(11);
  });

  it('links each item to its detail page and titles it as the resource does', async () => {
    const groups = await searchAll('dragon', 5);
    for (const group of groups) {
      const def = resources[group.resource as keyof typeof resources];
      for (const item of group.items) {
        expect(item.href.startsWith(`${def.route}/`)).toBe(true);
        expect(item.title.toLowerCase()).toContain('dragon');
      }
    }
    const spacecraft = groups.find((g) => g.resource === 'spacecraft');
    expect(spacecraft?.items[0]).toEqual({
      title: 'Cargo Dragon C208',
      subtitle: 'C208 · Cargo Dragon 2 · Active',
      href: '/spacecraft/449-cargo-dragon-c208',
    });
  });

  it('describes launches by provider, UTC day and status, newest first', async () => {
    const group = await searchResource(SEARCH_SOURCES[0]!, 'smart dragon', 5);
    expect(group.items.map((i) => [i.title, i.subtitle])).toEqual([
      [
        'Smart Dragon 3 | 10 x CentiSpace-1',
        'China Rocket Co. Ltd. · 13 Jan 2025 · Launch Successful',
      ],
      ['Smart Dragon 3 | 8 satellites', 'China Rocket Co. Ltd. · 24 Sep 2024 · Launch Successful'],
    ]);
  });

  it('leaves the subtitle out when a record has nothing to say', async () => {
    const group = await searchResource(SEARCH_SOURCES[0]!, 'CRS-2', 5);
    expect(group.items[0]).toMatchObject({
      title: 'Falcon 9 Block 5 | Dragon CRS-2 SpX-31',
      subtitle: null,
    });
  });
});

describe('searchAll (limits)', () => {
  it('shows at most `limit` items but counts every match', async () => {
    const groups = await searchAll('soyuz', 2);
    const launches = groups.find((g) => g.resource === 'launches');
    expect(launches?.total).toBe(9);
    expect(launches?.items).toHaveLength(2);
    for (const g of groups) expect(g.items.length).toBeLessThanOrEqual(Math.min(2, g.total));
  });

  it('returns empty groups, not errors, when nothing matches', async () => {
    const groups = await searchAll('zzzz-no-such-thing', 3);
    expect(groups).toHaveLength(ORDER.length);
    expect(withMatches(groups)).toEqual([]);
    expect(groups.every((g) => g.items.length === 0 && g.total === 0)).toBe(true);
  });
});

describe('search semantics (LL2 SearchFilter)', () => {
  it('requires every word, in any searched field', async () => {
    const words = await totals('dragon crew');
    expect(words.spacecraft).toBe(2);
    expect(words.spacecraft_configurations).toBe(1);
    // A quoted phrase must appear as written.
    expect(await totals('"dragon crew"')).toEqual(Object.fromEntries(ORDER.map((k) => [k, 0])));
    expect((await totals('"crew dragon"')).spacecraft).toBe(2);
  });

  it('ignores case', async () => {
    expect(await totals('SOYUZ')).toEqual(await totals('soyuz'));
  });

  it('treats % and _ literally, not as SQL wildcards', async () => {
    expect(totalMatches(await searchAll('%', 5))).toBe(0);
    expect(totalMatches(await searchAll('_', 5))).toBe(0);
    expect(totalMatches(await searchAll('dr%gon', 5))).toBe(0);
    expect(totalMatches(await searchAll('dr_gon', 5))).toBe(0);
  });

  it('survives quotes, backslashes and markup in the term', async () => {
    for (const q of ['"', "'", '\\', '<script>alert(1)</script>', "o'neil", 'a"b']) {
      await expect(searchAll(q, 3)).resolves.toHaveLength(ORDER.length);
    }
  });
});

describe('links', () => {
  it('"see all" opens the list with the same search, ranked the same way', () => {
    const [launches, events, agencies] = SEARCH_SOURCES;
    expect(seeAllHref(launches!, 'crew dragon')).toBe('/launches?search=crew+dragon');
    expect(seeAllHref(events!, 'iss')).toBe('/events?search=iss');
    expect(seeAllHref(agencies!, 'spacex')).toBe('/agencies?search=spacex');
  });

  it('escapes characters that would break the query string', () => {
    const q = 'a&b=c #1 +2 100%';
    const href = seeAllHref(SEARCH_SOURCES[2]!, q);
    expect(href).not.toMatch(/[ #]/);
    expect(new URL(href, 'http://x').searchParams.get('search')).toBe(q);
    expect(new URL(searchPageHref(q), 'http://x').searchParams.get('q')).toBe(q);
  });
});
