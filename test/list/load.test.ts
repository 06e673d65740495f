import { searchParamsToUrlQuery } from 'next/dist/shared/lib/router/utils/querystring';
import { describe, expect, it } from 'vitest';
import { ALL_FILTERS } from '@/lib/list/config';
import { readListState } from '@/lib/list/load';
import type { RawParams } from '@/lib/query/parse';

const agencies = { key: 'agencies', route: '/agencies' } as const;

describe('readListState: the filter panel\'s "every filter" switch', () => {
  it("reads `filters=all` as the panel's, never as a filter", () => {
    const state = readListState(agencies, { [ALL_FILTERS.param]: 'all', country_code: 'CHN' });
    expect(state.allFilters).toBe(true);
    expect(state.parsed.issues).toEqual([]);
    // Links and the canonical URL leave it out; the form's own URL keeps it.
    expect(state.base).toEqual([['country_code', 'CHN']]);
    expect(state.currentHref).toBe('/agencies?country_code=CHN&filters=all');
    expect(state.redirectTo).toBeNull();
  });

  it('keeps it when an empty form field sends the page to the tidy URL', () => {
    const state = readListState(agencies, { filters: 'all', country_code: '' });
    expect(state.redirectTo).toBe('/agencies?filters=all');
  });

  it('reports any other value as an unknown parameter', () => {
    const state = readListState(agencies, { filters: 'some' });
    expect(state.allFilters).toBe(false);
    expect(state.parsed.issues).toMatchObject([{ param: 'filters', severity: 'ignored' }]);
  });

  it('is off by default', () => {
    expect(readListState(agencies, {}).allFilters).toBe(false);
  });
});

describe('readListState: keys named like object members', () => {
  // What a page receives from Next for `?constructor=x&…` (see toEntries).
  const fromNext = (query: string) =>
    searchParamsToUrlQuery(new URLSearchParams(query)) as RawParams;

  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'toLocaleString'])(
    '%s is an unknown parameter, kept in the address as typed',
    (name) => {
      const state = readListState(agencies, fromNext(`${name}=x&country_code=CHN`));
      expect(state.parsed.issues).toEqual([
        expect.objectContaining({ param: name, value: 'x', severity: 'ignored' }),
      ]);
      expect(state.parsed.canonical).toEqual([['country_code', 'CHN']]);
      expect(state.values.get(name)).toEqual(['x']);
      expect(new URL(state.currentHref, 'http://x').searchParams.get(name)).toBe('x');
      expect(state.redirectTo).toBeNull();
    },
  );

  it('drops a default value of such a key no more than of any unknown key', () => {
    const state = readListState(agencies, fromNext('constructor=0&toString=10&offset=0'));
    expect(state.entries).toEqual([
      ['constructor', '0'],
      ['toString', '10'],
    ]);
    expect(state.redirectTo).toBe('/agencies?constructor=0&toString=10');
  });
});
