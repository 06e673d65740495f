import { describe, expect, it } from 'vitest';
import { ALL_FILTERS } from '@/lib/list/config';
import { readListState } from '@/lib/list/load';

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
