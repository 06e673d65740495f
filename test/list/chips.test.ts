import { describe, expect, it } from 'vitest';
import { buildChips, shortDateTime } from '@/lib/list/chips';
import { parseListQuery } from '@/lib/query/parse';
import { resources } from '@/lib/resources';
import { createListUrl } from '@/lib/url/list-url';

const facets = {
  type__id: [{ value: '5', label: 'Private', count: 5 }],
  country_code: [
    { value: 'USA', label: 'United States of America', count: 1 },
    { value: 'CHN', label: 'China', count: 3 },
  ],
};

function chips(key: 'agencies' | 'launches' | 'events', query: string, view?: string) {
  const def = resources[key];
  const parsed = parseListQuery(def, new URLSearchParams(query), { view });
  return { parsed, chips: buildChips(def, parsed, facets) };
}

describe('buildChips', () => {
  it('labels each kind of filter for people', () => {
    const { chips: list } = chips(
      'agencies',
      'search=space&type__id=5&founding_year__gte=2015&featured=true&name__contains=x&founding_year=2000',
    );
    expect(list.map((c) => c.label)).toEqual([
      'Search: “space”',
      'Type: Private',
      'Founding year ≥ 2015',
      'Featured: yes',
      'Name contains “x”',
      'Founding year = 2000',
    ]);
  });

  it('gives each value of a list its own chip that removes only that value', () => {
    const { parsed, chips: list } = chips('agencies', 'country_code=USA,CHN&offset=20');
    expect(list.map((c) => c.label)).toEqual([
      'Country: United States of America',
      'Country: China',
    ]);
    const href = createListUrl('/agencies', parsed.canonical, list[0]?.changes);
    expect(href).toBe('/agencies?country_code=CHN');
    expect(createListUrl('/agencies', [['country_code', 'CHN']], { country_code: null })).toBe(
      '/agencies',
    );
  });

  it('names dates, months and sub-orbital exclusion', () => {
    const { chips: list } = chips(
      'launches',
      'net__gte=2024-01-01&net__lt=2024-06-01T12:30:00Z&year=2024&month=6&include_suborbital=false',
    );
    expect(list.map((c) => c.label)).toEqual(
      expect.arrayContaining([
        'NET from 2024-01-01',
        'NET before 2024-06-01 12:30 UTC',
        'Year: 2024',
        'Month: June',
        'Sub-orbital: excluded',
      ]),
    );
  });

  it('has no chip for include_suborbital=true, which filters nothing', () => {
    expect(chips('launches', 'include_suborbital=true').chips).toEqual([]);
  });

  it('has a chip for view parameters', () => {
    expect(chips('launches', 'hide_recent_previous=true', 'upcoming').chips[0]).toMatchObject({
      label: 'Hiding launches of the last 24 h',
      changes: { hide_recent_previous: null },
    });
  });

  it('ignores invalid values (they are notices, not chips)', () => {
    expect(chips('agencies', 'founding_year__gte=soon').chips).toEqual([]);
  });
});

describe('shortDateTime', () => {
  it('drops a midnight time and keeps others in UTC', () => {
    expect(shortDateTime('2024-01-01T00:00:00.000Z')).toBe('2024-01-01');
    expect(shortDateTime('2024-01-01T09:05:00.000Z')).toBe('2024-01-01 09:05 UTC');
    expect(shortDateTime('whenever')).toBe('whenever');
  });
});
