import { describe, expect, it } from 'vitest';
import {
  createListUrl,
  dropDefaults,
  encodeQuery,
  listHref,
  paramsOf,
  sortParams,
} from '@/lib/url/list-url';

describe('createListUrl', () => {
  const base = [
    ['founding_year__gte', '2015'],
    ['offset', '20'],
    ['ordering', '-total_launch_count'],
  ] as const;

  it('returns the bare route when nothing is left', () => {
    expect(createListUrl('/agencies', [])).toBe('/agencies');
    expect(createListUrl('/agencies', [['offset', '0']])).toBe('/agencies');
  });

  it('keeps the canonical params, sorted', () => {
    expect(
      createListUrl(
        '/agencies',
        [
          ['search', 'x'],
          ['featured', 'true'],
        ],
        { offset: '10' },
      ),
    ).toBe('/agencies?featured=true&offset=10&search=x');
  });

  it('adds a filter and resets the offset', () => {
    expect(createListUrl('/agencies', base, { type__id: '3' })).toBe(
      '/agencies?founding_year__gte=2015&ordering=-total_launch_count&type__id=3',
    );
  });

  it('removes a filter (null or empty) and resets the offset', () => {
    expect(createListUrl('/agencies', base, { founding_year__gte: null })).toBe(
      '/agencies?ordering=-total_launch_count',
    );
    expect(createListUrl('/agencies', base, { founding_year__gte: '' })).toBe(
      '/agencies?ordering=-total_launch_count',
    );
  });

  it('changing the ordering or page size resets the offset', () => {
    expect(createListUrl('/agencies', base, { ordering: 'name' })).toBe(
      '/agencies?founding_year__gte=2015&ordering=name',
    );
    expect(createListUrl('/agencies', base, { limit: '25' })).toBe(
      '/agencies?founding_year__gte=2015&limit=25&ordering=-total_launch_count',
    );
  });

  it('paging and mode changes keep the result set and the offset', () => {
    expect(createListUrl('/agencies', base, { offset: '30' })).toContain('offset=30');
    expect(createListUrl('/agencies', base, { mode: 'list' })).toContain('offset=20');
  });

  it('an explicit offset alongside another change wins', () => {
    expect(createListUrl('/agencies', base, { limit: '20', offset: '20' })).toContain('offset=20');
  });

  it('drops offset 0, the default limit and resource defaults', () => {
    expect(createListUrl('/agencies', base, { offset: '0' })).toBe(
      '/agencies?founding_year__gte=2015&ordering=-total_launch_count',
    );
    expect(createListUrl('/agencies', [], { limit: '10' })).toBe('/agencies');
    expect(createListUrl('/agencies', [], { mode: 'normal' }, { mode: 'normal' })).toBe(
      '/agencies',
    );
    expect(createListUrl('/agencies', [], { ordering: 'id' }, { ordering: 'id' })).toBe(
      '/agencies',
    );
  });

  it('writes repeated keys for array values', () => {
    expect(createListUrl('/launches', [['program', '1']], { program: ['2', '1'] })).toBe(
      '/launches?program=1&program=2',
    );
  });

  it('replaces every value of a repeated key', () => {
    expect(
      createListUrl(
        '/launches',
        [
          ['program', '1'],
          ['program', '2'],
        ],
        { program: '3' },
      ),
    ).toBe('/launches?program=3');
  });

  it('is a canonical form: building from its own params gives the same URL', () => {
    const href = createListUrl(
      '/launches',
      [
        ['search', 'Falcon 9'],
        ['status__ids', '1,3'],
      ],
      { year: '2024' },
    );
    expect(createListUrl('/launches', paramsOf(href))).toBe(href);
  });
});

describe('encoding', () => {
  it('keeps commas, colons and slashes readable and writes spaces as +', () => {
    expect(
      encodeQuery([
        ['country_code', 'USA,CHN'],
        ['net__gte', '2024-01-01T00:00:00Z'],
        ['search', 'Falcon 9'],
      ]),
    ).toBe('country_code=USA,CHN&net__gte=2024-01-01T00:00:00Z&search=Falcon+9');
  });

  it('escapes what would break the query string', () => {
    const q = encodeQuery([['search', 'a&b=c+d#e?']]);
    expect(q).toBe('search=a%26b%3Dc%2Bd%23e%3F');
    expect(new URLSearchParams(q).get('search')).toBe('a&b=c+d#e?');
  });

  it('round-trips unicode through URLSearchParams', () => {
    const href = listHref('/agencies', [['search', 'Roscosmos — Россия']]);
    expect(paramsOf(href)).toEqual([['search', 'Roscosmos — Россия']]);
  });
});

describe('helpers', () => {
  it('sortParams sorts by key then value without mutating', () => {
    const input = [
      ['b', '1'],
      ['a', '2'],
      ['a', '1'],
    ] as const;
    expect(sortParams(input)).toEqual([
      ['a', '1'],
      ['a', '2'],
      ['b', '1'],
    ]);
    expect(input[0]).toEqual(['b', '1']);
  });

  it('dropDefaults removes blanks and default values', () => {
    expect(
      dropDefaults(
        [
          ['search', '  '],
          ['limit', '10'],
          ['limit', '25'],
          ['mode', 'list'],
        ],
        { mode: 'list' },
      ),
    ).toEqual([['limit', '25']]);
  });
});
