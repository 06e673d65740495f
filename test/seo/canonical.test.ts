import { describe, expect, it } from 'vitest';
import { parseList } from '@/lib/data';
import type { ResourceKey } from '@/lib/resources';
import {
  canonicalQuery,
  listCanonicalUrl,
  listIndexability,
  listRobots,
  NOINDEX_OFFSET,
} from '@/lib/seo/canonical';

/** Parses a query string the way a list page does, then judges it with `count` results. */
function judge(key: ResourceKey, query: string, count = 25, view?: string) {
  const parsed = parseList(key, new URLSearchParams(query), { view });
  return listIndexability({
    def: { key },
    issues: parsed.issues,
    count,
    offset: parsed.query.offset,
    canonical: parsed.canonical,
  });
}

function canonicalOf(key: ResourceKey, route: string, query: string, view?: string) {
  return listCanonicalUrl(route, parseList(key, new URLSearchParams(query), { view }).canonical);
}

describe('listCanonicalUrl', () => {
  it('is the bare route without parameters', () => {
    expect(listCanonicalUrl('/agencies', [])).toBe('/agencies');
    expect(canonicalOf('agencies', '/agencies', '')).toBe('/agencies');
  });

  it('sorts parameters and drops defaults, offset=0 and empty values', () => {
    expect(canonicalOf('launches', '/launches', 'year=2024&lsp__id=121&offset=0&limit=10')).toBe(
      '/launches?lsp__id=121&year=2024',
    );
    expect(canonicalOf('agencies', '/agencies', 'type__id=&country_code=USA')).toBe(
      '/agencies?country_code=USA',
    );
  });

  it('gives the same URL for the same query written differently', () => {
    const a = canonicalOf('launches', '/launches', 'status__ids=3,1&lsp__id=121&offset=20');
    const b = canonicalOf('launches', '/launches', 'offset=20&lsp__id=121&status__ids=3%2C1');
    expect(a).toBe(b);
  });

  it('drops the view default ordering but keeps a different one', () => {
    expect(canonicalOf('launches', '/launches/upcoming', 'ordering=net', 'upcoming')).toBe(
      '/launches/upcoming',
    );
    expect(canonicalOf('launches', '/launches/upcoming', 'ordering=-net', 'upcoming')).toBe(
      '/launches/upcoming?ordering=-net',
    );
  });

  it('encodes values so the URL round-trips', () => {
    const url = listCanonicalUrl('/launches', [['search', 'Crew & Cargo #1']]);
    expect(url).toBe('/launches?search=Crew+%26+Cargo+%231');
    expect(new URL(url, 'http://x').searchParams.get('search')).toBe('Crew & Cargo #1');
  });

  it('spells values like the list pages’ own links (commas stay readable)', () => {
    expect(canonicalOf('launches', '/launches', 'status__ids=3,1')).toBe(
      '/launches?status__ids=3,1',
    );
  });

  it('drops unknown and invalid parameters', () => {
    expect(canonicalOf('launches', '/launches', 'year=abc&utm_source=x&lsp__id=121')).toBe(
      '/launches?lsp__id=121',
    );
  });

  it('canonicalQuery is the query alone', () => {
    expect(canonicalQuery([])).toBe('');
    expect(canonicalQuery([['year', '2024']])).toBe('year=2024');
  });
});

describe('listRobots', () => {
  it('indexes the unfiltered list and its shallow pages', () => {
    expect(judge('launches', '')).toEqual({ index: true });
    expect(judge('launches', 'offset=20')).toEqual({ index: true });
    expect(judge('launches', '', 25, 'upcoming')).toEqual({ index: true });
    expect(judge('agencies', 'offset=0')).toEqual({ index: true });
  });

  it('indexes simple single-facet views', () => {
    expect(judge('agencies', 'type__id=1').index).toBe(true);
    expect(judge('agencies', 'country_code=USA').index).toBe(true);
    expect(judge('launches', 'year=2024').index).toBe(true);
    expect(judge('launches', 'lsp__id=121').index).toBe(true);
    expect(judge('launches', 'status__ids=3').index).toBe(true);
    expect(judge('launches', 'location__ids=12', 25, 'upcoming').index).toBe(true);
    expect(judge('events', 'type=2').index).toBe(true);
    expect(judge('events', 'year=2020').index).toBe(true);
    expect(judge('docking_events', 'space_station_target__id=4').index).toBe(true);
    expect(judge('spacecraft', 'status=1').index).toBe(true);
  });

  it('keeps a single facet indexable on its shallow pages', () => {
    expect(judge('launches', 'year=2024&offset=10').index).toBe(true);
  });

  it('noindexes invalid or ignored parameters', () => {
    expect(judge('launches', 'year=abc')).toEqual({ index: false, reason: 'invalid-params' });
    expect(judge('launches', 'utm_source=newsletter').reason).toBe('invalid-params');
    expect(judge('launches', 'ordering=nonsense').reason).toBe('invalid-params');
    expect(judge('launches', 'offset=-3').reason).toBe('invalid-params');
  });

  it('noindexes empty results and pages past the end', () => {
    expect(judge('launches', 'year=1900', 0)).toEqual({ index: false, reason: 'empty' });
    expect(judge('launches', '', 0)).toEqual({ index: false, reason: 'empty' });
    expect(judge('launches', 'offset=30', 25).reason).toBe('empty');
  });

  it('noindexes deep offsets', () => {
    expect(judge('launches', `offset=${NOINDEX_OFFSET}`, 10_000)).toEqual({
      index: false,
      reason: 'deep-offset',
    });
    expect(judge('launches', `offset=${NOINDEX_OFFSET - 10}`, 10_000).index).toBe(true);
  });

  it('noindexes searches, several facets and multi-value facets', () => {
    expect(judge('launches', 'search=falcon').reason).toBe('search');
    expect(judge('launches', 'year=2024&lsp__id=121').reason).toBe('several-facets');
    expect(judge('launches', 'status__ids=1,3').reason).toBe('not-a-facet');
    expect(judge('launches', 'year=2023,2024').reason).toBe('not-a-facet');
  });

  it('noindexes filters outside the allow-list and presentation variants', () => {
    expect(judge('launches', 'net__gte=2024-01-01').reason).toBe('not-a-facet');
    expect(judge('agencies', 'founding_year__gte=1950').reason).toBe('not-a-facet');
    expect(judge('launches', 'ordering=-net').reason).toBe('not-a-facet');
    expect(judge('launches', 'limit=50').reason).toBe('not-a-facet');
    expect(judge('programs', 'ordering=-name').index).toBe(false);
  });

  it('a facet of another resource is not a facet here', () => {
    expect(judge('events', 'lsp__id=121').reason).toBe('invalid-params');
    expect(judge('docking_events', 'docking_location__id=19').reason).toBe('not-a-facet');
  });

  it('always follows links', () => {
    const input = { def: { key: 'launches' }, issues: [], count: 0, offset: 0, canonical: [] };
    expect(listRobots(input)).toEqual({ index: false, follow: true });
    expect(listRobots({ ...input, count: 3 })).toEqual({ index: true, follow: true });
  });
});
