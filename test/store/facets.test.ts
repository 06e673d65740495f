import { expect, it } from 'vitest';
import { parseListQuery } from '@/lib/query/parse';
import type { WireRecord } from '@/lib/resources/types';
import type { AsyncStore } from '@/lib/store/types';
import { describeStores } from './both-stores';
import { def, fillFull, NOW } from './fixtures';

/**
 * The filter panel's options and counts and the list's histogram, on both stores, checked
 * against counts made here from the records the store lists.
 */

type Ref = { id: number; name: string } | null | undefined;

const query = (key: string, params: string) =>
  parseListQuery(def(key), new URLSearchParams(params)).query;

async function everything(store: AsyncStore, key: string, params = ''): Promise<WireRecord[]> {
  const out: WireRecord[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await store.list(
      def(key),
      query(key, `${params}&limit=100&offset=${offset}`),
      NOW,
    );
    out.push(...page.results);
    if (page.results.length < 100) return out;
  }
}

/** Records per value, most first, then by label (as the panel lists them). */
function tally(records: WireRecord[], refs: (r: WireRecord) => Ref[]) {
  const byId = new Map<string, { value: string; label: string; count: number }>();
  for (const r of records) {
    for (const ref of refs(r)) {
      if (!ref) continue;
      const entry = byId.get(String(ref.id)) ?? {
        value: String(ref.id),
        label: ref.name,
        count: 0,
      };
      entry.count += 1;
      byId.set(entry.value, entry);
    }
  }
  return [...byId.values()].sort(
    (a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
}

const status = (r: WireRecord) => [r.status as Ref];
const programs = (r: WireRecord) => (r.program as Ref[] | undefined) ?? [];

describeStores('facets and histograms', fillFull, (store) => {
  it('lists a field’s options with their labels, most used first', async () => {
    const launches = await everything(store(), 'launches');
    const expected = tally(launches, status);
    expect(expected.length).toBeGreaterThan(1);
    expect(await store().facet(def('launches'), 'status')).toEqual(expected);
  });

  it('lists a multi-valued field’s options from every value a record holds', async () => {
    const expected = tally(await everything(store(), 'launches'), programs);
    expect(expected.some((o) => o.count > 1)).toBe(true);
    expect(await store().facet(def('launches'), 'program')).toEqual(expected);
  });

  it('counts a selection’s values as if the field’s own filter were unset', async () => {
    const soyuz = await everything(store(), 'launches', 'search=Soyuz');
    const counts = await store().facetCounts(
      def('launches'),
      'status',
      query('launches', 'search=Soyuz&status=3'),
      NOW,
    );
    expect(counts).toEqual(new Map(tally(soyuz, status).map((o) => [o.value, o.count])));
    const programCounts = await store().facetCounts(
      def('launches'),
      'program',
      query('launches', 'search=Soyuz&program=17'),
      NOW,
    );
    expect(programCounts).toEqual(new Map(tally(soyuz, programs).map((o) => [o.value, o.count])));
  });

  it('counts a multi-valued field alike walking the selection or the field’s values', async () => {
    // The store walks whichever side is smaller (`countDriver`): a narrow selection, and one
    // holding every launch, cover both.
    const values = tally(await everything(store(), 'launches'), programs).reduce(
      (n, o) => n + o.count,
      0,
    );
    for (const [params, smaller] of [
      ['search=Soyuz MS', 'selection'],
      ['net__gte=1900-01-01T00:00:00Z', 'values'],
    ] as const) {
      const selection = await everything(store(), 'launches', params);
      expect(tally(selection, programs).length).toBeGreaterThan(1);
      expect(selection.length < values ? 'selection' : 'values').toBe(smaller);
      const counts = await store().facetCounts(
        def('launches'),
        'program',
        query('launches', `${params}&program=17`),
        NOW,
      );
      expect(counts).toEqual(new Map(tally(selection, programs).map((o) => [o.value, o.count])));
    }
  });

  it('has no selection counts for a list nothing narrows', async () => {
    expect(
      await store().facetCounts(def('launches'), 'status', query('launches', 'status=3'), NOW),
    ).toBeNull();
  });

  it.each(['year', 'month'] as const)(
    'buckets the matches by %s of their date, oldest first',
    async (unit) => {
      for (const [key, field, params] of [
        ['events', 'date', ''],
        ['launches', 'net', 'lsp__id=63'],
      ] as const) {
        const records = await everything(store(), key, params);
        const counts = new Map<string, number>();
        for (const r of records) {
          const date = r[field];
          if (typeof date !== 'string') continue;
          const bucket = date.slice(0, unit === 'year' ? 4 : 7);
          counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
        }
        const expected = [...counts]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([bucket, count]) => ({ bucket, count }));
        expect(expected.length).toBeGreaterThan(1);
        expect(await store().histogram(def(key), query(key, params), unit, NOW)).toEqual(expected);
      }
    },
  );
});
