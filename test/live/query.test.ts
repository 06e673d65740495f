import { describe, expect, it } from 'vitest';
import { requestKey, toLl2DetailRequest, toLl2Request } from '@/lib/ll2/query';
import { parseListQuery } from '@/lib/query/parse';
import { resources } from '@/lib/resources';
import type { ResourceDef } from '@/lib/resources/types';

const translate = (def: ResourceDef, params: Record<string, string | string[]>, view?: string) =>
  toLl2Request(def, parseListQuery(def, params, { view }).query);

describe('URL query → LL2 request', () => {
  it('sends repeat filters as repeated keys and list filters comma-joined, under their LL2 names', () => {
    const request = translate(resources.launches, {
      program: ['25', '17'],
      lsp__id: '121, 124',
      location__ids: '12',
    });
    expect(request.path).toBe('launches/');
    expect(request.params).toEqual([
      ['limit', '10'],
      ['location__ids', '12'],
      ['lsp__id', '121,124'],
      ['mode', 'normal'],
      ['program', '17'],
      ['program', '25'],
    ]);
    expect(requestKey(request)).toBe(
      'launches/?limit=10&location__ids=12&lsp__id=121%2C124&mode=normal&program=17&program=25',
    );
  });

  it('maps views to their endpoint with their own parameters', () => {
    const request = translate(
      resources.launches,
      { hide_recent_previous: 'true', search: 'Falcon 9', is_crewed: 'False' },
      'upcoming',
    );
    expect(request.path).toBe('launches/upcoming/');
    expect(Object.fromEntries(request.params)).toEqual({
      hide_recent_previous: 'true',
      is_crewed: 'false',
      search: 'Falcon 9',
      limit: '10',
      mode: 'normal',
    });
  });

  it('normalises dates and booleans, and keeps LL2’s odd parameter names', () => {
    const request = translate(resources.events, {
      date__gt__lt: '2024-05-01',
      include_suborbital: 'x',
      type__ids: '2,8',
    });
    expect(Object.fromEntries(request.params)).toMatchObject({
      date__gt__lt: '2024-05-01T00:00:00.000Z',
      type__ids: '2,8',
    });
    const launches = translate(resources.launches, {
      include_suborbital: 'false',
      net__gte: '2024-06-01T12:00:00+02:00',
    });
    expect(Object.fromEntries(launches.params)).toMatchObject({
      include_suborbital: 'false',
      net__gte: '2024-06-01T10:00:00.000Z',
    });
  });

  it('sends ordering only when chosen, plus limit, offset and mode', () => {
    expect(Object.fromEntries(translate(resources.agencies, {}).params)).toEqual({
      limit: '10',
      mode: 'normal',
    });
    const request = translate(resources.agencies, {
      ordering: '-total_launch_count,name',
      limit: '250',
      offset: '40',
      mode: 'detailed',
    });
    expect(Object.fromEntries(request.params)).toEqual({
      ordering: '-total_launch_count,name',
      limit: '100',
      offset: '40',
      mode: 'detailed',
    });
    // Pads have a single mode, so LL2 is not sent one.
    expect(Object.fromEntries(translate(resources.pads, { name__contains: 'LC' }).params)).toEqual({
      limit: '10',
      name__contains: 'LC',
    });
  });

  it('leaves out values the parser rejected', () => {
    const request = translate(resources.agencies, {
      founding_year__gte: 'soon',
      unknown: '1',
      featured: 'true',
    });
    expect(Object.fromEntries(request.params)).toEqual({
      featured: 'true',
      limit: '10',
      mode: 'normal',
    });
  });

  it('builds detail requests in the richest mode', () => {
    expect(toLl2DetailRequest(resources.launches, 'e3df2ecd-c239-472f-95e4-2b89b4f75800')).toEqual({
      path: 'launches/e3df2ecd-c239-472f-95e4-2b89b4f75800/',
      params: [['mode', 'detailed']],
    });
    expect(toLl2DetailRequest(resources.pads, 87)).toEqual({ path: 'pads/87/', params: [] });
  });
});
