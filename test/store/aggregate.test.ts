import { expect, it } from 'vitest';
import { parseListQuery } from '@/lib/query/parse';
import { at } from '@/lib/ll2/read';
import type { WireRecord } from '@/lib/resources/types';
import type { AggregateRow } from '@/lib/store/aggregate';
import type { AsyncStore } from '@/lib/store/types';
import { describeStores } from './both-stores';
import { def, fillFull, NOW } from './fixtures';

/**
 * `aggregate` on both stores, against counts made here from the records each store lists: the
 * statistics page's numbers are these groups.
 */

const query = (params: string) =>
  parseListQuery(def('launches'), new URLSearchParams(params)).query;

async function everything(store: AsyncStore, params = ''): Promise<WireRecord[]> {
  const out: WireRecord[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await store.list(
      def('launches'),
      query(`${params}&limit=100&offset=${offset}`),
      NOW,
    );
    out.push(...page.results);
    if (page.results.length < 100) return out;
  }
}

const asMap = (rows: AggregateRow[]) =>
  new Map(rows.map((r) => [r.keys.map(String).join('|'), r.count]));

function tally(records: WireRecord[], key: (r: WireRecord) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of records) out.set(key(r), (out.get(key(r)) ?? 0) + 1);
  return out;
}

const year = (r: WireRecord) => (typeof r.net === 'string' ? r.net.slice(0, 4) : 'null');
const id = (r: WireRecord, path: string) => String(at(r, path) ?? 'null');

describeStores('aggregate', fillFull, (store) => {
  it('counts the records per year and status', async () => {
    const rows = await store().aggregate(def('launches'), query(''), {
      groupBy: [{ field: 'net', part: 'year' }, { field: 'status' }],
    });
    const expected = tally(await everything(store()), (r) => `${year(r)}|${id(r, 'status.id')}`);
    expect(expected.size).toBeGreaterThan(2);
    expect(asMap(rows)).toEqual(expected);
    expect(rows.every((r) => r.labels.every((l) => l === null))).toBe(true);
  });

  it('keeps to the list query’s filters and reads labels where asked', async () => {
    const params = 'status__ids=3';
    const rows = await store().aggregate(def('launches'), query(params), {
      groupBy: [{ field: 'lsp__id', label: true }],
    });
    const selected = await everything(store(), params);
    expect(asMap(rows)).toEqual(tally(selected, (r) => id(r, 'launch_service_provider.id')));
    for (const row of rows.filter((r) => r.keys[0] !== null)) {
      const named = selected.find(
        (r) => id(r, 'launch_service_provider.id') === String(row.keys[0]),
      );
      expect(row.labels[0]).toBe(at(named!, 'launch_service_provider.name'));
    }
  });

  it('counts a multi-valued field’s values and the different ones per group', async () => {
    const rows = await store().aggregate(def('launches'), query(''), {
      groupBy: [{ field: 'net', part: 'month' }],
      values: 'program',
    });
    const months = new Map<string, { values: number; distinct: Set<string> }>();
    for (const r of await everything(store())) {
      const ids = ((r.program as { id: number }[] | undefined) ?? []).map((p) => String(p.id));
      if (ids.length === 0) continue;
      const month = typeof r.net === 'string' ? r.net.slice(0, 7) : 'null';
      const m = months.get(month) ?? { values: 0, distinct: new Set<string>() };
      m.values += ids.length;
      ids.forEach((i) => m.distinct.add(i));
      months.set(month, m);
    }
    expect(months.size).toBeGreaterThan(0);
    expect(new Map(rows.map((r) => [String(r.keys[0]), [r.count, r.distinct]]))).toEqual(
      new Map([...months].map(([k, m]) => [k, [m.values, m.distinct.size]])),
    );
  });
});
