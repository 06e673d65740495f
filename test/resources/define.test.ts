import { describe, expect, it } from 'vitest';
import {
  compare,
  contains,
  datetime,
  defineResource,
  exact,
  fieldsFor,
  int,
  text,
  type FilterParam,
  type OrderingField,
} from '@/lib/resources/define';
import type { resources } from '@/lib/resources';
import type { ResourceDef } from '@/lib/resources/types';

/**
 * `defineResource` keeps field, parameter and ordering names literal, so a name that is no field
 * of the definition is a compile error. `tsc` checks this file: each `@ts-expect-error` below
 * fails the type check if its line stops being an error, so the misspellings are proven caught.
 */

const shell = {
  key: 'things',
  apiPath: 'things/',
  route: '/things',
  singular: 'Thing',
  plural: 'Things',
  idType: 'int',
  modes: ['normal'],
  defaultMode: 'normal',
  title: () => 'Thing',
} satisfies Partial<ResourceDef>;

const fields = {
  id: int('ID', 'id'),
  name: text('Name', 'name'),
  net: datetime('NET', 'net'),
};

describe('defineResource', () => {
  it('returns the definition as written, with the parameters its builders name', () => {
    const def = defineResource({
      ...shell,
      fields,
      filters: [exact('name'), contains('name'), ...compare('net', ['gte', 'lt'])],
      search: ['name'],
      ordering: ['net'],
      defaultOrdering: ['-net'],
      dateField: 'net',
    });
    expect(def.filters.map((f) => f.param)).toEqual([
      'name',
      'name__contains',
      'net__gte',
      'net__lt',
    ]);
    const param: FilterParam<typeof def> = 'net__gte';
    // @ts-expect-error: compare('net', ['gte', 'lt']) made no `net__gt`.
    const missing: FilterParam<typeof def> = 'net__gt';
    const order: OrderingField<typeof def> = 'net';
    // @ts-expect-error: `name` is a field but not an ordering one.
    const unordered: OrderingField<typeof def> = 'name';
    expect([param, missing, order, unordered]).toHaveLength(4);
  });

  it('refuses a name that is no field of the definition', () => {
    const bad = [
      defineResource({
        ...shell,
        fields,
        // @ts-expect-error: a filter on `nam`.
        filters: [exact('nam')],
        search: [],
        ordering: [],
        defaultOrdering: ['id'],
      }),
      defineResource({
        ...shell,
        fields,
        // @ts-expect-error: a hand-written filter on `nett`.
        filters: [{ param: 'net__before', field: 'nett', lookup: 'lt' }],
        search: [],
        ordering: [],
        defaultOrdering: ['id'],
      }),
      defineResource({
        ...shell,
        fields,
        filters: [],
        // @ts-expect-error: searching `nam`.
        search: ['nam'],
        ordering: [],
        defaultOrdering: ['id'],
      }),
      defineResource({
        ...shell,
        fields,
        filters: [],
        search: [],
        // @ts-expect-error: ordering by `nett`.
        ordering: ['nett'],
        defaultOrdering: ['id'],
      }),
      defineResource({
        ...shell,
        fields,
        filters: [],
        search: [],
        ordering: [],
        // @ts-expect-error: the default ordering names `nett`.
        defaultOrdering: ['-nett'],
      }),
      defineResource({
        ...shell,
        fields,
        filters: [],
        search: [],
        ordering: [],
        defaultOrdering: ['id'],
        // @ts-expect-error: the date field `date` is not defined.
        dateField: 'date',
      }),
      defineResource({
        ...shell,
        fields,
        filters: [],
        search: [],
        ordering: [],
        defaultOrdering: ['id'],
        views: [
          {
            name: 'upcoming',
            label: 'Upcoming',
            defaultOrdering: ['net'],
            // @ts-expect-error: a view condition on `nett`.
            where: () => [{ field: 'nett', op: 'gte', value: '' }],
          },
        ],
      }),
    ];
    const search = defineResource({
      ...shell,
      fields,
      filters: [],
      search: ['name'],
      // @ts-expect-error: the site's search ranks by `nam`.
      rankFields: ['nam'],
      ordering: [],
      defaultOrdering: ['id'],
    });
    expect([...bad, search]).toHaveLength(8);
  });

  it('keeps the keys of generated fields', () => {
    const counters = fieldsFor(['launches', 'landings'], (key) => int(key, key));
    expect(Object.keys(counters)).toEqual(['launches', 'landings']);
    const def = defineResource({
      ...shell,
      fields: { id: int('ID', 'id'), ...counters },
      filters: [...compare('landings')],
      search: [],
      ordering: ['launches'],
      // @ts-expect-error: `Object.fromEntries` would have let `launch` through.
      defaultOrdering: ['launch'],
    });
    expect(def.ordering).toEqual(['launches']);
  });
});

describe('the site definitions', () => {
  it('give callers their own parameters only', () => {
    const launch: FilterParam<(typeof resources)['launches']> = 'lsp__id';
    // @ts-expect-error: the launch provider parameter is `lsp__id`.
    const misspelt: FilterParam<(typeof resources)['launches']> = 'lsp_id';
    // @ts-expect-error: `agency__ids` is an event filter, not a launch one.
    const other: FilterParam<(typeof resources)['launches']> = 'agency__ids';
    expect([launch, misspelt, other]).toHaveLength(3);
  });
});
