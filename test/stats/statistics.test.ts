import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDataSource, listRecords, parseList, setDataSource } from '@/lib/data';
import { storeSource } from '@/lib/data/local-source';
import { asyncStore } from '@/lib/store/async-store';
import type { DataSource } from '@/lib/data/source';
import { at } from '@/lib/ll2/read';
import type { WireRecord } from '@/lib/resources/types';
import { loadEmbeddedDataset } from '@/lib/store/embedded';
import { SqliteStore } from '@/lib/store/sqlite-store';
import { loadStatistics, type ChartId, type Statistics } from '@/lib/stats/charts';
import type { BarChart, RateChart, ReliabilityChart, StackedChart } from '@/lib/stats/model';
import { wilsonLowerBound } from '@/lib/stats/wilson';
import { paramsOf } from '@/lib/url/list-url';

/**
 * The charts' numbers against counts made here, record by record, over the same embedded
 * snapshot: a chart that counted the wrong records (or the filter's SQL) would disagree.
 */
const store = new SqliteStore(':memory:');
let previous: DataSource;
let launches: WireRecord[] = [];

beforeAll(() => {
  loadEmbeddedDataset(store, undefined, { quiet: true });
  previous = getDataSource();
  setDataSource(storeSource(() => asyncStore(store)));
  launches = (store.db.prepare('SELECT data FROM r_launches').pluck().all() as string[]).map(
    (d) => JSON.parse(d) as WireRecord,
  );
}, 60_000);
afterAll(() => {
  setDataSource(previous);
  store.close();
});

const num = (r: WireRecord, path: string) => {
  const v = at(r, path);
  return typeof v === 'number' ? v : null;
};
const year = (r: WireRecord) =>
  typeof r.net === 'string' ? new Date(r.net).getUTCFullYear() : null;

/** Three filter sets, each with the same selection written as a predicate. */
const FILTER_SETS: { name: string; query: string; match: (r: WireRecord) => boolean }[] = [
  { name: 'every launch', query: '', match: () => true },
  {
    name: 'SpaceX since 2015',
    query: 'lsp__id=121&net__gte=2015-01-01',
    match: (r) =>
      num(r, 'launch_service_provider.id') === 121 &&
      typeof r.net === 'string' &&
      r.net >= '2015-01-01',
  },
  {
    name: 'Baikonur before 1980, failures and successes',
    query: 'location__ids=15&net__lt=1980-01-01&status__ids=3,4',
    match: (r) =>
      num(r, 'pad.location.id') === 15 &&
      typeof r.net === 'string' &&
      r.net < '1980-01-01' &&
      [3, 4].includes(num(r, 'status.id') ?? 0),
  },
];

const chart = <T>(stats: Statistics, id: ChartId) =>
  stats.charts.find((c) => c.id === id)!.data as T;

function tally<K>(records: WireRecord[], key: (r: WireRecord) => K | null): Map<K, number> {
  const out = new Map<K, number>();
  for (const r of records) {
    const k = key(r);
    if (k !== null) out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

describe.each(FILTER_SETS)('statistics for $name', ({ query, match }) => {
  let stats: Statistics;
  let selected: WireRecord[];
  beforeAll(async () => {
    stats = (await loadStatistics(parseList('launches', new URLSearchParams(query))))!;
    selected = launches.filter(match);
  });

  it('counts every selected launch, per year and outcome', () => {
    expect(selected.length).toBeGreaterThan(10);
    expect(stats.total).toBe(selected.length);
    const outcomes = chart<StackedChart>(stats, 'outcomes');
    const expected = tally(selected, (r) =>
      year(r) === null ? null : `${year(r)}|${num(r, 'status.id') ?? 'none'}`,
    );
    const bucket = (id: number | 'none') =>
      id === 3
        ? 'success'
        : id === 4
          ? 'failure'
          : id === 7
            ? 'partial'
            : id === 'none'
              ? 'unknown'
              : 'pending';
    const want = new Map<string, number>();
    for (const [key, n] of expected) {
      const [y, s] = key.split('|');
      const k = `${y}|${bucket(s === 'none' ? 'none' : Number(s))}`;
      want.set(k, (want.get(k) ?? 0) + n);
    }
    const got = new Map(
      outcomes.columns.flatMap((c) =>
        c.segments.map((s) => [`${c.label}|${s.series}`, s.count] as const),
      ),
    );
    expect(got).toEqual(want);
  });

  it('counts launches per year by provider, the top ones named', () => {
    const providers = chart<StackedChart>(stats, 'providers');
    const perProvider = tally(selected, (r) => num(r, 'launch_service_provider.id'));
    const top = providers.series.filter((s) => s.key !== 'other');
    for (const s of top) {
      const total = providers.columns
        .flatMap((c) => c.segments)
        .filter((g) => g.series === s.key)
        .reduce((n, g) => n + g.count, 0);
      expect(total, s.label).toBe(perProvider.get(Number(s.key)));
    }
    // No provider left in "Other" has more launches than a named one.
    const smallestNamed = Math.min(...top.map((s) => perProvider.get(Number(s.key))!));
    for (const [id, n] of perProvider)
      if (!top.some((s) => s.key === String(id))) expect(n).toBeLessThanOrEqual(smallestNamed);
    const columnTotal = providers.columns.reduce((n, c) => n + c.total, 0);
    expect(columnTotal).toBe(selected.filter((r) => year(r) !== null).length);
  });

  it('counts the busiest rockets and pads and each rocket’s record', () => {
    const rockets = chart<BarChart>(stats, 'rockets');
    const perRocket = tally(selected, (r) => num(r, 'rocket.configuration.id'));
    for (const row of rockets.rows)
      expect(row.count, row.label).toBe(perRocket.get(Number(row.key)));
    expect(rockets.groups).toBe(perRocket.size);
    const pads = chart<BarChart>(stats, 'pads');
    const perPad = tally(selected, (r) => num(r, 'pad.id'));
    for (const row of pads.rows) expect(row.count, row.label).toBe(perPad.get(Number(row.key)));
    const reliability = chart<ReliabilityChart>(stats, 'reliability');
    for (const row of reliability.rows.slice(0, 30)) {
      const mine = selected.filter((r) => num(r, 'rocket.configuration.id') === Number(row.key));
      const flown = mine.filter((r) => [3, 4, 7].includes(num(r, 'status.id') ?? 0));
      expect(row.flown, row.label).toBe(flown.length);
      expect(row.successes, row.label).toBe(flown.filter((r) => num(r, 'status.id') === 3).length);
    }
    const lower = reliability.rows.map((r) => r.lower);
    expect(lower).toEqual([...lower].sort((a, b) => b - a));
  });

  it('counts crew seats per year and successes per month', () => {
    const crew = chart<StackedChart>(stats, 'crew');
    const seats = new Map<string, number>();
    for (const r of selected) {
      const names = at(r, 'rocket.spacecraft_stage[].launch_crew[].astronaut.name');
      const n = Array.isArray(names) ? names.filter((x) => typeof x === 'string').length : 0;
      if (n > 0 && year(r) !== null)
        seats.set(String(year(r)), (seats.get(String(year(r))) ?? 0) + n);
    }
    expect(new Map(crew.columns.filter((c) => c.total > 0).map((c) => [c.label, c.total]))).toEqual(
      seats,
    );
    const rate = chart<RateChart>(stats, 'success-rate');
    const flown = selected.filter(
      (r) => [3, 4, 7].includes(num(r, 'status.id') ?? 0) && year(r) !== null,
    );
    for (const y of rate.years) {
      const inYear = flown.filter((r) => String(year(r)) === y.year);
      expect(y.flown, y.year).toBe(inYear.length);
      expect(y.successes, y.year).toBe(inYear.filter((r) => num(r, 'status.id') === 3).length);
    }
  });

  it('links each outcome bar to the list of exactly its launches', async () => {
    const outcomes = chart<StackedChart>(stats, 'outcomes');
    const segments = outcomes.columns.flatMap((c) => c.segments).filter((s) => s.href !== null);
    // A sample of the bars: every list read is a query.
    for (const s of segments.filter((_, i) => i % Math.ceil(segments.length / 12) === 0)) {
      const data = await listRecords('launches', parseList('launches', paramsOf(s.href!)));
      expect(data.count, s.href!).toBe(s.count);
      expect(s.href!.startsWith('/launches?')).toBe(true);
    }
  });
});

describe('Wilson score lower bound', () => {
  it('ranks a long good record above a short perfect one', () => {
    expect(wilsonLowerBound(3, 3)).toBeCloseTo(0.4385, 3);
    expect(wilsonLowerBound(300, 305)).toBeCloseTo(0.9622, 3);
    expect(wilsonLowerBound(0, 0)).toBe(0);
  });
});

describe('astronaut records', () => {
  it('say how many astronauts give a time in space', async () => {
    const stats = (await loadStatistics(parseList('launches', [])))!;
    const rows = store.db
      .prepare('SELECT count(*) AS n, count(f_time_in_space) AS t FROM r_astronauts')
      .get() as { n: number; t: number };
    expect(stats.astronauts.astronauts).toBe(rows.n);
    expect(stats.astronauts.withTimeInSpace).toBe(rows.t);
  });
});
