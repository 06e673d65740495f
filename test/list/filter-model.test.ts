import { describe, expect, it } from 'vitest';
import { LIST_UI, type ListResourceKey } from '@/lib/list/config';
import {
  buildFilterModel,
  choiceFields,
  MAX_OPTIONS,
  WHOLE_LIST_MAX,
  modelParams,
  type ChoiceControl,
  type FilterModel,
} from '@/lib/list/filter-model';
import type { ParamIssue } from '@/lib/query/types';
import { resources } from '@/lib/resources';
import { commaParams } from '@/lib/resources/params';
import type { FacetOption } from '@/lib/store/types';

const keys = Object.keys(LIST_UI) as ListResourceKey[];

function model(
  key: ListResourceKey,
  values: Record<string, string[]> = {},
  facets: Record<string, FacetOption[]> = {},
  issues: ParamIssue[] = [],
  view?: string,
): FilterModel {
  const def = resources[key];
  return buildFilterModel({
    def,
    view: view ? def.views?.find((v) => v.name === view) : undefined,
    values: new Map(Object.entries(values)),
    facets,
    issues,
    primary: LIST_UI[key].primary,
  });
}

function findControl(m: FilterModel, param: string) {
  for (const g of [...m.primary, ...m.more]) {
    for (const c of g.controls) {
      if (c.kind === 'range') {
        if (c.min.param === param) return c.min;
        if (c.max.param === param) return c.max;
      } else if (c.param === param) return c;
    }
  }
  return undefined;
}

describe('buildFilterModel', () => {
  it.each(keys)('%s: every filter of the definition has exactly one control', (key) => {
    const params = modelParams(model(key));
    expect([...params].sort()).toEqual(resources[key].filters.map((f) => f.param).sort());
  });

  it('puts the configured fields first, in order', () => {
    const m = model('agencies');
    expect(m.primary.map((g) => g.id)).toEqual([
      'type__id',
      'country_code',
      'founding_year',
      'total_launch_count',
      'featured',
      'spacecraft',
    ]);
  });

  it('maps numbers to a min/max range on __gte/__lte and keeps other lookups under "more"', () => {
    const m = model('agencies');
    const founding = m.primary.find((g) => g.id === 'founding_year');
    expect(founding?.controls[0]).toMatchObject({
      kind: 'range',
      min: { param: 'founding_year__gte', short: 'Min' },
      max: { param: 'founding_year__lte' },
    });
    const more = m.more.find((g) => g.id === 'founding_year');
    expect(more?.controls.map((c) => (c.kind === 'range' ? c.min.param : c.param))).toEqual([
      'founding_year',
      'founding_year__gt',
      'founding_year__lt',
    ]);
  });

  it('maps booleans to any/yes/no and include to include/exclude', () => {
    const featured = findControl(model('agencies'), 'featured');
    expect(featured).toMatchObject({ kind: 'boolean', value: '' });
    expect(featured && 'options' in featured ? featured.options.map((o) => o.label) : []).toEqual([
      'Any',
      'Yes',
      'No',
    ]);
    const sub = findControl(
      model('launches', { include_suborbital: ['false'] }),
      'include_suborbital',
    );
    expect(sub).toMatchObject({ kind: 'boolean', value: 'false' });
  });

  it('fills selects and checkboxes from the facet options', () => {
    const facets = {
      status: [
        { value: '3', label: 'Launch Successful', count: 9 },
        { value: '1', label: 'Go for Launch', count: 1 },
      ],
    };
    const m = model('launches', { status__ids: ['3,8'] }, facets);
    const list = findControl(m, 'status__ids') as ChoiceControl;
    expect(list.kind).toBe('choice');
    expect(list.multiple).toBe(true);
    expect(list.selected).toEqual(['3', '8']);
    // A value from the URL that the data does not have is still shown, ticked.
    expect(list.options.map((o) => o.value)).toEqual(['3', '1', '8']);
    const single = findControl(m, 'status') as ChoiceControl;
    expect(single).toMatchObject({
      kind: 'choice',
      multiple: false,
      label: 'Status (exactly one)',
    });
    expect(m.more.some((g) => g.controls.includes(single))).toBe(true);
  });

  it('keeps a list of up to a hundred whole (every launch provider)', () => {
    const facets = {
      lsp__id: Array.from({ length: WHOLE_LIST_MAX }, (_, i) => ({
        value: String(i + 1),
        label: `Agency ${i + 1}`,
        count: 1000 - i,
      })),
    };
    const list = findControl(model('launches', {}, facets), 'lsp__id') as ChoiceControl;
    expect(list.options).toHaveLength(WHOLE_LIST_MAX);
    expect(list.omitted).toBe(0);
  });

  it('keeps the most used options of a long list, and always the ticked ones with their names', () => {
    const facets = {
      lsp__id: Array.from({ length: WHOLE_LIST_MAX + 40 }, (_, i) => ({
        value: String(i + 1),
        label: `Agency ${i + 1}`,
        count: 1000 - i,
      })),
    };
    const rare = String(MAX_OPTIONS + 30);
    const list = findControl(
      model('launches', { lsp__id: [rare] }, facets),
      'lsp__id',
    ) as ChoiceControl;
    expect(list.options).toHaveLength(MAX_OPTIONS + 1);
    expect(list.options[0]).toMatchObject({ value: '1', label: 'Agency 1' });
    expect(list.options.at(-1)).toMatchObject({
      value: rare,
      label: `Agency ${rare}`,
      count: 1000 - (MAX_OPTIONS + 29),
    });
    expect(list.omitted).toBe(WHOLE_LIST_MAX + 40 - MAX_OPTIONS);
  });

  it('leaves out options the selection has none of, unless they are ticked', () => {
    const facets = {
      status: [
        { value: '3', label: 'Launch Successful', count: 4 },
        { value: '4', label: 'Launch Failure', count: 0 },
        { value: '1', label: 'Go for Launch', count: 0 },
      ],
    };
    const list = findControl(
      model('launches', { status__ids: ['1'] }, facets),
      'status__ids',
    ) as ChoiceControl;
    expect(list.options).toEqual([
      { value: '3', label: 'Launch Successful', count: 4 },
      { value: '1', label: 'Go for Launch', count: 0 },
    ]);
    expect(list.omitted).toBe(0);
  });

  it('falls back to a text box when the data has no options yet', () => {
    expect(findControl(model('space_stations'), 'owner__ids')).toMatchObject({
      kind: 'input',
      input: 'text',
      hint: 'IDs, comma-separated',
    });
  });

  it('keeps repeated keys as one list of values', () => {
    const facets = {
      program: [
        { value: '17', label: 'ISS', count: 5 },
        { value: '8', label: 'Soyuz', count: 2 },
      ],
    };
    const list = findControl(
      model('launches', { program: ['17', '8'] }, facets),
      'program',
    ) as ChoiceControl;
    expect(list.selected).toEqual(['17', '8']);
    // The parser splits a repeated key's value on commas too, so both filters apply: tick both.
    const joined = findControl(
      model('launches', { program: ['17, 8'] }, facets),
      'program',
    ) as ChoiceControl;
    expect(joined.selected).toEqual(['17', '8']);
  });

  it('shows date inputs for dates, and a text box for values a date box cannot show', () => {
    expect(findControl(model('launches', { net__gte: ['2024-01-01'] }), 'net__gte')).toMatchObject({
      input: 'date',
      value: '2024-01-01',
    });
    expect(
      findControl(model('launches', { net__gte: ['2024-01-01T10:00:00Z'] }), 'net__gte'),
    ).toMatchObject({ input: 'text' });
  });

  it('offers month names for `month`', () => {
    const month = findControl(model('events', { month: ['6'] }), 'month') as ChoiceControl;
    expect(month).toMatchObject({ kind: 'choice', selected: ['6'] });
    expect(month.options[5]?.label).toBe('June');
    expect(findControl(model('events', { month: ['6,7'] }), 'month')).toMatchObject({
      kind: 'input',
      value: '6,7',
    });
  });

  it('attaches issues to their control', () => {
    const issue: ParamIssue = {
      param: 'founding_year__gte',
      value: 'soon',
      severity: 'invalid',
      message: 'Enter a number.',
      expected: 'a number',
    };
    expect(
      findControl(
        model('agencies', { founding_year__gte: ['soon'] }, {}, [issue]),
        'founding_year__gte',
      ),
    ).toMatchObject({
      value: 'soon',
      issue: 'Enter a number. Expected a number.',
    });
  });

  it('opens "more filters" when one of them is set', () => {
    expect(model('agencies').moreActive).toBe(false);
    expect(model('agencies', { name__contains: ['x'] }).moreActive).toBe(true);
  });

  it('adds view parameters for the view', () => {
    const m = model('launches', {}, {}, [], 'upcoming');
    expect(m.primary[0]).toMatchObject({ id: 'hide_recent_previous' });
    expect(modelParams(model('launches', {}, {}, [], 'previous'))).not.toContain(
      'hide_recent_previous',
    );
  });

  it('lists comma-list parameters for the form enhancer', () => {
    const m = model('agencies');
    expect(m.commaKeys).toContain('country_code');
    expect(m.commaKeys).not.toContain('founding_year__gte');
  });

  it('has the form enhancer merge the keys the server merges, date parts too', () => {
    expect(new Set(model('events').commaKeys)).toEqual(commaParams(resources.events));
    expect(model('events').commaKeys).toContain('year');
  });
});

describe('choiceFields', () => {
  it('names the fields whose options come from the data', () => {
    expect(choiceFields(resources.agencies).sort()).toEqual(['country_code', 'type__id']);
    expect(choiceFields(resources.launches)).toEqual(
      expect.arrayContaining(['status', 'lsp__id', 'pad', 'program']),
    );
  });
});
