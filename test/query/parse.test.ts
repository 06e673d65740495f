import { searchParamsToUrlQuery } from 'next/dist/shared/lib/router/utils/querystring';
import { describe, expect, it } from 'vitest';
import { invalidParamsBody, parseListQuery, toEntries, type RawParams } from '@/lib/query/parse';
import { resources } from '@/lib/resources';
import { DEFAULT_LIMIT, MAX_LIMIT } from '@/lib/resources/params';

const parse = (key: keyof typeof resources, query: string, view?: string) =>
  parseListQuery(resources[key], new URLSearchParams(query), { view });

const applied = (key: keyof typeof resources, query: string) =>
  parse(key, query).query.filters.map((f) => [f.filter.param, f.values]);

describe('invalid filter values (LL2 answers 400 naming the parameter)', () => {
  it.each([
    ['agencies', 'founding_year__gte=abc', 'founding_year__gte', 'Enter a number.'],
    ['agencies', 'total_launch_count=12x', 'total_launch_count', 'Enter a number.'],
    ['agencies', 'type__id=commercial', 'type__id', 'Enter a number.'],
    ['launches', 'net__gte=yesterday', 'net__gte', 'Enter a valid date/time.'],
    ['launches', 'window_start__lt=2024-02-30', 'window_start__lt', 'Enter a valid date/time.'],
    ['launches', 'lsp__id=121,spacex', 'lsp__id', 'Enter a number.'],
    ['launches', 'year=twenty', 'year', 'Enter a number.'],
    ['events', 'program=17&program=iss', 'program', 'Enter a number.'],
    ['events', 'date__gt__lt=soon', 'date__gt__lt', 'Enter a valid date/time.'],
    ['docking_events', 'docking__gte=2025-13-01', 'docking__gte', 'Enter a valid date/time.'],
    ['spacecraft', 'status=active', 'status', 'Enter a number.'],
  ] as const)('%s ?%s', (key, query, param, message) => {
    const { query: parsed, issues } = parse(key, query);
    expect(issues).toEqual([expect.objectContaining({ param, severity: 'invalid', message })]);
    expect(parsed.filters.map((f) => f.filter.param)).not.toContain(param);
    expect(invalidParamsBody(issues)).toEqual({ [param]: [message] });
  });

  it('names every invalid parameter in one body', () => {
    const { issues } = parse(
      'agencies',
      'founding_year__gte=abc&total_launch_count__lt=x&name=SpaceX',
    );
    expect(invalidParamsBody(issues)).toEqual({
      founding_year__gte: ['Enter a number.'],
      total_launch_count__lt: ['Enter a number.'],
    });
  });

  it('has no body when nothing is invalid', () => {
    expect(
      invalidParamsBody(parse('agencies', 'featured=maybe&bogus=1&limit=abc').issues),
    ).toBeNull();
  });
});

describe('booleans', () => {
  it.each(['true', 'True', '1'])('%s is true', (text) => {
    expect(applied('agencies', `featured=${text}`)).toEqual([['featured', [true]]]);
  });

  it.each(['false', 'False', '0'])('%s is false', (text) => {
    expect(applied('spacecraft', `in_space=${text}`)).toEqual([['in_space', [false]]]);
  });

  it('skips any other value and reports it as ignored', () => {
    const { query, issues } = parse('agencies', 'featured=yes');
    expect(query.filters).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({ param: 'featured', value: 'yes', severity: 'ignored' }),
    ]);
  });

  it('skips an empty value silently', () => {
    const { query, issues } = parse('agencies', 'featured=');
    expect(query.filters).toEqual([]);
    expect(issues).toEqual([]);
  });

  it('reads include_suborbital the same way', () => {
    expect(applied('launches', 'include_suborbital=False')).toEqual([
      ['include_suborbital', [false]],
    ]);
    expect(parse('launches', 'include_suborbital=nope').issues).toEqual([
      expect.objectContaining({ severity: 'ignored' }),
    ]);
  });
});

describe('repeated keys', () => {
  it('takes the last value of a normal parameter, as Django’s QueryDict does', () => {
    expect(applied('agencies', 'name=Orbex&name=SpaceX')).toEqual([['name', ['SpaceX']]]);
    expect(applied('agencies', 'founding_year__gte=abc&founding_year__gte=2000')).toEqual([
      ['founding_year__gte', [2000]],
    ]);
    expect(parse('agencies', 'founding_year__gte=2000&founding_year__gte=abc').issues).toEqual([
      expect.objectContaining({ param: 'founding_year__gte', severity: 'invalid' }),
    ]);
    expect(applied('events', 'type__ids=2,8&type__ids=5')).toEqual([['type__ids', [5]]]);
    expect(applied('agencies', 'featured=true&featured=false')).toEqual([['featured', [false]]]);
  });

  it('ORs every value of program (an exploded array in the schema)', () => {
    expect(applied('events', 'program=17&program=26')).toEqual([['program', [17, 26]]]);
    expect(applied('launches', 'program=8&program=18&program=17')).toEqual([
      ['program', [8, 18, 17]],
    ]);
  });

  it('takes the last limit, offset, ordering, search and mode', () => {
    const { query } = parse(
      'agencies',
      'limit=5&limit=7&offset=1&offset=2&ordering=name&ordering=-id&search=a&search=b&mode=list&mode=detailed',
    );
    expect(query).toMatchObject({
      limit: 7,
      offset: 2,
      ordering: [{ field: 'id', desc: true }],
      searchTerms: ['b'],
      mode: 'detailed',
    });
  });
});

describe('unknown and empty parameters', () => {
  it('ignores unknown parameters, reporting them', () => {
    const { query, issues } = parse('agencies', 'bogus=1&name__icontains=x&country=USA');
    expect(query.filters).toEqual([]);
    expect(issues.map((i) => [i.param, i.severity])).toEqual([
      ['bogus', 'ignored'],
      ['name__icontains', 'ignored'],
      ['country', 'ignored'],
    ]);
  });

  it('knows the common parameters', () => {
    expect(
      parse('agencies', 'format=json&limit=5&offset=5&ordering=name&search=x&mode=list').issues,
    ).toEqual([]);
  });

  it('skips empty filter values silently', () => {
    const { query, issues } = parse('agencies', 'name=&founding_year__gte=&country_code=,');
    expect(query.filters).toEqual([]);
    expect(issues).toEqual([]);
  });

  it('strips surrounding whitespace from values, as Django form fields do', () => {
    expect(applied('agencies', 'name=%20SpaceX%20&abbrev__contains=%20spx')).toEqual([
      ['name', ['SpaceX']],
      ['abbrev__contains', ['spx']],
    ]);
    expect(applied('agencies', 'name=%20%20')).toEqual([]);
    expect(applied('launches', 'lsp__id=%20121%20,%2063')).toEqual([['lsp__id', [121, 63]]]);
  });

  // Next builds a page's `searchParams` by assigning into a plain object, so these keys meet
  // the members every object inherits.
  const pageParams = (query: string) =>
    searchParamsToUrlQuery(new URLSearchParams(query)) as RawParams;

  it("reads keys named like object members from a page's searchParams as plain keys", () => {
    const query =
      'constructor=x&toString=y&valueOf=1&hasOwnProperty=2&isPrototypeOf=3&then=4&length=5&limit=7';
    expect(toEntries(pageParams(query))).toEqual([...new URLSearchParams(query).entries()]);
    expect(toEntries(pageParams('constructor=a&constructor=b'))).toEqual([
      ['constructor', 'a'],
      ['constructor', 'b'],
    ]);
  });

  it('reports them as unknown parameters, as it does any other', () => {
    for (const params of [
      pageParams('constructor=x&toString=y&limit=7'),
      new URLSearchParams('constructor=x&toString=y&limit=7'),
    ]) {
      const { query, issues } = parseListQuery(resources.launches, params);
      expect(query.limit).toBe(7);
      expect(issues).toEqual([
        expect.objectContaining({
          param: 'constructor',
          value: 'x',
          message: 'Unknown parameter; ignored.',
        }),
        expect.objectContaining({
          param: 'toString',
          value: 'y',
          message: 'Unknown parameter; ignored.',
        }),
      ]);
    }
  });

  it('takes object-member names as values like any other text', () => {
    const { query, issues } = parse(
      'launches',
      'ordering=constructor&mode=__proto__&search=toString',
    );
    expect(query.ordering).toEqual([{ field: 'net', desc: false }]);
    expect(query.mode).toBe(resources.launches.defaultMode);
    expect(query.search).toBe('toString');
    expect(issues.map((i) => i.param)).toEqual(['ordering', 'mode']);
  });

  it('keeps view parameters only inside their view', () => {
    expect(parse('launches', 'hide_recent_previous=true', 'upcoming').query.viewParams).toEqual({
      hide_recent_previous: true,
    });
    expect(parse('launches', 'hide_recent_previous=true', 'previous').issues).toEqual([
      expect.objectContaining({ param: 'hide_recent_previous', severity: 'ignored' }),
    ]);
  });
});

describe('values by lookup', () => {
  it('parses numbers, datetimes, lists and date parts', () => {
    expect(
      applied(
        'launches',
        'net__gte=2024-09-28&lsp__id=121,63&month=9,10&orbital_launch_attempt_count__lt=7000',
      ),
    ).toEqual([
      ['net__gte', ['2024-09-28T00:00:00.000Z']],
      ['lsp__id', [121, 63]],
      ['month', [9, 10]],
      ['orbital_launch_attempt_count__lt', [7000]],
    ]);
  });

  it('keeps text values as text', () => {
    expect(
      applied('launches', 'serial_number=B1085,B1080&slug=a-b&mission__orbit__name__icontains=LEO'),
    ).toEqual([
      ['serial_number', ['B1085', 'B1080']],
      ['slug', ['a-b']],
      ['mission__orbit__name__icontains', ['LEO']],
    ]);
  });
});

describe('limit, offset and mode', () => {
  it('has LL2’s defaults', () => {
    expect(DEFAULT_LIMIT).toBe(10);
    expect(MAX_LIMIT).toBe(100);
    expect(parse('agencies', '').query).toMatchObject({
      limit: 10,
      offset: 0,
      mode: 'normal',
      ordering: [{ field: 'id', desc: false }],
      explicitOrdering: false,
    });
  });

  it('accepts only the resource’s modes', () => {
    expect(parse('agencies', 'mode=list').query.mode).toBe('list');
    const spacecraft = parse('spacecraft', 'mode=list');
    expect(spacecraft.query.mode).toBe('normal');
    expect(spacecraft.issues).toEqual([
      expect.objectContaining({ param: 'mode', severity: 'ignored' }),
    ]);
  });
});

describe('canonical parameters', () => {
  it('drops defaults and sorts what took effect', () => {
    const { canonical } = parse(
      'agencies',
      'ordering=id&limit=10&offset=0&mode=normal&search=%20x%20&name=SpaceX&bogus=1&featured=true',
    );
    expect(canonical).toEqual([
      ['featured', 'true'],
      ['name', 'SpaceX'],
      ['search', 'x'],
    ]);
  });

  it('is the same for equivalent queries', () => {
    const a = parse('launches', 'lsp__id=121,63&limit=100&ordering=-net').canonical;
    const b = parse('launches', 'limit=150&ordering=-net,-bogus&lsp__id=121,%2063').canonical;
    expect(a).toEqual(b);
  });

  it('holds everything the query depends on, so the query can be rebuilt from it', () => {
    for (const [key, query, view] of [
      ['launches', 'ordering=%20net&limit=10', undefined],
      ['launches', 'ordering=-net,net', 'previous'],
      ['launches', 'ordering=net&lsp__id=121,%2063&hide_recent_previous=1', 'upcoming'],
      ['agencies', 'ordering=-id&offset=20&mode=list&country_code=USA,&search=x'],
    ] as const) {
      const once = parse(key, query, view);
      const again = parseListQuery(resources[key], once.canonical, { view });
      expect(again.query).toEqual(once.query);
      expect(again.canonical).toEqual(once.canonical);
    }
    // An ordering that spells out the default is no choice: LL2 is not asked for it.
    expect(parse('launches', 'ordering=%20net').query.explicitOrdering).toBe(false);
    expect(parse('launches', 'ordering=-net').query.explicitOrdering).toBe(true);
  });
});
