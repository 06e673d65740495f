import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isServable } from '@/lib/ll2/served';
import { parseListQuery } from '@/lib/query/parse';
import { resources } from '@/lib/resources';
import type { WireRecord } from '@/lib/resources/types';
import type { SqliteStore } from '@/lib/store/sqlite-store';
import { seededStore } from '../store/fixtures';

const launch = (extra: Record<string, unknown> = {}) =>
  ({ id: 'a1c3a5b9-2f3e-4c1d-9b8e-5d7f6a4e3c21', name: 'Soyuz | MS-1', ...extra }) as WireRecord;

describe('isServable: the one rule for what the API answers with', () => {
  it('serves what LL2 gave as a record of its own, even trimmed (an old snapshot’s launch)', () => {
    expect(isServable(resources.launches, launch({ net: '1961-04-12T06:07:00Z' }), 1)).toBe(true);
  });

  it('does not serve a launch known only by id and name from a reference', () => {
    expect(isServable(resources.launches, launch(), 0)).toBe(false);
  });

  it('serves a record embedded whole (every key of its default serializer), not a trimmed one', () => {
    const pad = {
      id: 87,
      url: 'u',
      active: true,
      agencies: [],
      name: 'LC-39A',
      image: null,
      description: null,
      info_url: null,
      wiki_url: null,
      map_url: null,
      latitude: 28.6,
      longitude: -80.6,
      country: null,
      map_image: null,
      total_launch_count: 1,
      orbital_launch_attempt_count: 1,
      fastest_turnaround: null,
      location: null,
    } as WireRecord;
    expect(isServable(resources.pads, pad, 0)).toBe(true);
    const { active: _active, ...trimmed } = pad;
    expect(isServable(resources.pads, trimmed as WireRecord, 0)).toBe(false);
  });

  it('does not serve a record lacking a key a serializer requires and cannot leave null', () => {
    const docking = { id: 5, docking_location: { id: 1, name: 'Zvezda aft' } } as WireRecord;
    expect(isServable(resources.docking_events, docking, 2)).toBe(false);
    expect(
      isServable(resources.docking_events, { ...docking, docking: '2024-01-01T00:00:00Z' }, 2),
    ).toBe(true);
  });
});

describe('the store keeps unserved records out of API lists and counts, on every counting path', () => {
  let store: SqliteStore;
  beforeAll(() => {
    store = seededStore();
    // The full-text index counts a lone search without the table: it must not count them either.
    store.optimize({ searchIndexMinRows: 1 });
  });
  afterAll(() => store.close());

  const count = (params: string, servedOnly: boolean) => {
    const query = parseListQuery(resources.launches, new URLSearchParams(params)).query;
    return store.list(resources.launches, { ...query, servedOnly }).count;
  };

  it.each(['', 'search=soyuz', 'search=so', 'limit=5'])('%s', (params) => {
    const all = store.list(
      resources.launches,
      parseListQuery(resources.launches, new URLSearchParams(params)).query,
    );
    const served = count(params, true);
    expect(count(params, false)).toBe(all.count);
    expect(served).toBeLessThan(all.count);
    const ids = store.list(resources.launches, {
      ...parseListQuery(resources.launches, new URLSearchParams(`${params}&limit=100`)).query,
      servedOnly: true,
    }).results;
    expect(ids).toHaveLength(served);
    for (const r of ids) expect(r.net, String(r.name)).toBeDefined();
  });

  it('finds an unserved record by id only when asked for any', () => {
    const hidden = store
      .ids(resources.launches)
      .map(({ id }) => store.get(resources.launches, id)!)
      .find((r) => r.net === undefined)!;
    expect(hidden).toBeDefined();
    expect(store.get(resources.launches, hidden.id, { servedOnly: true })).toBeNull();
  });
});
