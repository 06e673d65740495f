/**
 * The statistics page's charts, built from grouped counts (`Store.aggregate`): pure functions,
 * so the unit tests can hold them against direct counts over the store.
 */
import type { AggregateRow } from '@/lib/store/aggregate';
import type { ParamChanges } from '@/lib/url/list-url';
import { wilsonLowerBound, wilsonUpperBound } from './wilson';

/** Builds the /launches link for a bar: the page's filters plus the bar's own. */
export type HrefFor = (changes: ParamChanges) => string;

/** A series' colour: outcome tones, six categorical ones, and "other". */
export type Tone =
  | 'success'
  | 'failure'
  | 'partial'
  | 'pending'
  | 'unknown'
  | 'c1'
  | 'c2'
  | 'c3'
  | 'c4'
  | 'c5'
  | 'c6'
  | 'other';

export interface Series {
  key: string;
  label: string;
  tone: Tone;
}

export interface Segment {
  series: string;
  count: number;
  /** The list of exactly these launches; null where no filter can say it ("other"). */
  href: string | null;
}

export interface Column {
  /** `2024`. */
  label: string;
  total: number;
  segments: Segment[];
  href: string | null;
  /** Figures the table shows beside the segments (crew: people as well as seats). */
  extra?: Record<string, number>;
}

export interface StackedChart {
  kind: 'stacked';
  series: Series[];
  columns: Column[];
  extraColumns?: { key: string; label: string }[];
}

export interface BarRow {
  key: string;
  label: string;
  /** A pad's location. */
  detail?: string;
  count: number;
  href: string | null;
}

export interface BarChart {
  kind: 'bars';
  rows: BarRow[];
  /** How many groups there were, of which `rows` are the largest. */
  groups: number;
}

export interface RatePoint {
  /** `2024-06`: the window ends with this month. */
  month: string;
  /** Launches with an outcome (success, failure, partial failure) in the window. */
  flown: number;
  successes: number;
  /** null when nothing flew in the window. */
  rate: number | null;
}

export interface RateYear {
  year: string;
  flown: number;
  successes: number;
  rate: number | null;
  href: string;
}

export interface RateChart {
  kind: 'rate';
  /** Months in the rolling window. */
  window: number;
  points: RatePoint[];
  years: RateYear[];
}

export interface ReliabilityRow {
  key: string;
  label: string;
  href: string;
  /** Launches with an outcome. */
  flown: number;
  successes: number;
  failures: number;
  partial: number;
  rate: number;
  /** Wilson score interval, 95 %. */
  lower: number;
  upper: number;
}

export interface ReliabilityChart {
  kind: 'reliability';
  rows: ReliabilityRow[];
  groups: number;
}

/** LL2 launch status ids with an outcome. */
export const STATUS = { success: 3, failure: 4, partial: 7 } as const;

type Outcome = 'success' | 'failure' | 'partial' | 'pending' | 'unknown';

export function outcomeOf(status: string | number | null): Outcome {
  if (status === null) return 'unknown';
  const id = Number(status);
  if (id === STATUS.success) return 'success';
  if (id === STATUS.failure) return 'failure';
  if (id === STATUS.partial) return 'partial';
  return 'pending';
}

export const OUTCOME_SERIES: Series[] = [
  { key: 'success', label: 'Success', tone: 'success' },
  { key: 'failure', label: 'Failure', tone: 'failure' },
  { key: 'partial', label: 'Partial failure', tone: 'partial' },
  { key: 'pending', label: 'Not flown yet', tone: 'pending' },
  { key: 'unknown', label: 'Status unknown', tone: 'unknown' },
];

const CATEGORY_TONES: Tone[] = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
/** Series drawn by name in the provider and country charts; the rest are "Other". */
export const TOP_SERIES = CATEGORY_TONES.length;

const keyText = (key: string | number | null | undefined) =>
  key === null || key === undefined ? null : String(key);

/** Every year from the first to the last, so a gap shows as an empty column. */
function yearRange(years: Iterable<string>): string[] {
  const numbers = [...years].map(Number).filter(Number.isFinite);
  if (numbers.length === 0) return [];
  const out: string[] = [];
  for (let y = Math.min(...numbers); y <= Math.max(...numbers); y++) out.push(String(y));
  return out;
}

/** Counts per year and series, from `[year, …]` rows, as stacked columns in series order. */
function stackByYear(
  cells: { year: string; series: string; count: number; href: string | null }[],
  series: Series[],
  hrefFor: HrefFor,
): Column[] {
  const byYear = new Map<string, Map<string, { count: number; href: string | null }>>();
  for (const cell of cells) {
    const row = byYear.get(cell.year) ?? new Map<string, { count: number; href: string | null }>();
    const prior = row.get(cell.series);
    row.set(cell.series, {
      count: (prior?.count ?? 0) + cell.count,
      href: prior ? (prior.href === cell.href ? cell.href : null) : cell.href,
    });
    byYear.set(cell.year, row);
  }
  return yearRange(byYear.keys()).map((year) => {
    const row = byYear.get(year);
    const segments = series.flatMap((s) => {
      const cell = row?.get(s.key);
      return cell && cell.count > 0 ? [{ series: s.key, count: cell.count, href: cell.href }] : [];
    });
    const total = segments.reduce((sum, s) => sum + s.count, 0);
    return { label: year, total, segments, href: total > 0 ? hrefFor({ year }) : null };
  });
}

/** Launches per year by outcome, from `[net year, status]` rows. */
export function outcomesByYear(rows: readonly AggregateRow[], hrefFor: HrefFor): StackedChart {
  const statuses = new Map<string, Set<string>>();
  const cells = rows.flatMap((row) => {
    const year = keyText(row.keys[0]);
    if (year === null) return [];
    const status = keyText(row.keys[1]);
    const outcome = outcomeOf(status);
    if (status !== null) {
      const key = `${year}|${outcome}`;
      statuses.set(key, (statuses.get(key) ?? new Set()).add(status));
    }
    return [{ year, series: outcome, count: row.count, status }];
  });
  const linked = cells.map((c) => {
    const ids = [...(statuses.get(`${c.year}|${c.series}`) ?? [])].sort(
      (a, b) => Number(a) - Number(b),
    );
    // Launches without a status cannot be asked for by one.
    const href =
      c.series === 'unknown' ? null : hrefFor({ year: c.year, status__ids: ids.join(',') });
    return { year: c.year, series: c.series, count: c.count, href };
  });
  const present = new Set<string>(linked.map((c) => c.series));
  const series = OUTCOME_SERIES.filter((s) => present.has(s.key));
  return { kind: 'stacked', series, columns: stackByYear(linked, series, hrefFor) };
}

export interface GroupInfo {
  /** The series a group's value belongs to (a provider's country); null: leave it out. */
  key: string;
  label: string;
}

/**
 * Launches per year by a grouping of `[net year, id]` rows (providers, or providers' countries):
 * the `TOP_SERIES` largest series over the whole selection by name, the rest as "Other".
 * `changes` narrows the list to one series' ids within a year; `null` leaves it unlinked.
 */
export function topSeriesByYear(
  rows: readonly AggregateRow[],
  groupOf: (id: string, label: string | null) => GroupInfo,
  changes: (ids: string[]) => ParamChanges | null,
  hrefFor: HrefFor,
): StackedChart {
  const totals = new Map<string, { label: string; count: number }>();
  const cells: { year: string; group: string; id: string; count: number }[] = [];
  for (const row of rows) {
    const year = keyText(row.keys[0]);
    const id = keyText(row.keys[1]);
    if (year === null) continue;
    const group =
      id === null ? { key: 'none', label: 'Unknown' } : groupOf(id, row.labels[1] ?? null);
    const total = totals.get(group.key) ?? { label: group.label, count: 0 };
    total.count += row.count;
    totals.set(group.key, total);
    cells.push({ year, group: group.key, id: id ?? '', count: row.count });
  }
  const ranked = [...totals.entries()]
    .filter(([key]) => key !== 'none')
    .sort((a, b) => b[1].count - a[1].count || a[1].label.localeCompare(b[1].label));
  const top = ranked.slice(0, TOP_SERIES);
  const named = new Set(top.map(([key]) => key));
  const series: Series[] = top.map(([key, t], i) => ({
    key,
    label: t.label,
    tone: CATEGORY_TONES[i]!,
  }));
  if (ranked.length > top.length || totals.has('none'))
    series.push({ key: 'other', label: 'Other', tone: 'other' });
  const idsOf = new Map<string, Set<string>>();
  for (const c of cells) {
    if (!named.has(c.group) || c.id === '') continue;
    const key = `${c.year}|${c.group}`;
    idsOf.set(key, (idsOf.get(key) ?? new Set()).add(c.id));
  }
  const linked = cells.map((c) => {
    const inTop = named.has(c.group);
    const ids = [...(idsOf.get(`${c.year}|${c.group}`) ?? [])].sort(
      (a, b) => Number(a) - Number(b),
    );
    const change = inTop ? changes(ids) : null;
    return {
      year: c.year,
      series: inTop ? c.group : 'other',
      count: c.count,
      href: change ? hrefFor({ ...change, year: c.year }) : null,
    };
  });
  return { kind: 'stacked', series, columns: stackByYear(linked, series, hrefFor) };
}

/** The success rate over a rolling window of months, from `[net month, status]` rows. */
export function rollingSuccess(
  rows: readonly AggregateRow[],
  window: number,
  hrefFor: HrefFor,
): RateChart {
  const months = new Map<string, { flown: number; successes: number }>();
  for (const row of rows) {
    const month = keyText(row.keys[0]);
    const outcome = outcomeOf(keyText(row.keys[1]));
    if (month === null || outcome === 'pending' || outcome === 'unknown') continue;
    const m = months.get(month) ?? { flown: 0, successes: 0 };
    m.flown += row.count;
    if (outcome === 'success') m.successes += row.count;
    months.set(month, m);
  }
  const keys = [...months.keys()].sort();
  const first = keys[0];
  const last = keys.at(-1);
  if (!first || !last) return { kind: 'rate', window, points: [], years: [] };
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const name = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  const points: RatePoint[] = [];
  let flown = 0;
  let successes = 0;
  for (let i = index(first); i <= index(last); i++) {
    const entering = months.get(name(i));
    flown += entering?.flown ?? 0;
    successes += entering?.successes ?? 0;
    const leaving = months.get(name(i - window));
    flown -= leaving?.flown ?? 0;
    successes -= leaving?.successes ?? 0;
    points.push({ month: name(i), flown, successes, rate: flown > 0 ? successes / flown : null });
  }
  const years = new Map<string, { flown: number; successes: number }>();
  for (const [month, m] of months) {
    const y = years.get(month.slice(0, 4)) ?? { flown: 0, successes: 0 };
    y.flown += m.flown;
    y.successes += m.successes;
    years.set(month.slice(0, 4), y);
  }
  return {
    kind: 'rate',
    window,
    points,
    years: yearRange(years.keys()).map((year) => {
      const y = years.get(year) ?? { flown: 0, successes: 0 };
      return {
        year,
        ...y,
        rate: y.flown > 0 ? y.successes / y.flown : null,
        href: hrefFor({
          year,
          status__ids: `${STATUS.success},${STATUS.failure},${STATUS.partial}`,
        }),
      };
    }),
  };
}

/**
 * The largest groups of `[id, …]` rows (rockets, pads), with each one's list; `detail`: the
 * second key's label says where (a pad's location).
 */
export function busiest(
  rows: readonly AggregateRow[],
  limit: number,
  param: string,
  hrefFor: HrefFor,
  detail = false,
): BarChart {
  const groups = new Map<string, BarRow>();
  for (const row of rows) {
    const id = keyText(row.keys[0]);
    if (id === null) continue;
    const bar = groups.get(id) ?? {
      key: id,
      label: row.labels[0] ?? id,
      ...(detail && row.labels[1] ? { detail: row.labels[1] } : {}),
      count: 0,
      href: hrefFor({ [param]: id }),
    };
    bar.count += row.count;
    groups.set(id, bar);
  }
  const sorted = [...groups.values()].sort(
    (a, b) => b.count - a.count || a.label.localeCompare(b.label),
  );
  return { kind: 'bars', rows: sorted.slice(0, limit), groups: sorted.length };
}

/**
 * Each rocket's launches with an outcome, successes and success rate, from
 * `[launcher_config__id, status]` rows, ranked by the Wilson interval's lower bound.
 */
export function reliability(
  rows: readonly AggregateRow[],
  limit: number,
  hrefFor: HrefFor,
): ReliabilityChart {
  const rockets = new Map<
    string,
    { label: string; successes: number; failures: number; partial: number }
  >();
  for (const row of rows) {
    const id = keyText(row.keys[0]);
    const outcome = outcomeOf(keyText(row.keys[1]));
    if (id === null || outcome === 'pending' || outcome === 'unknown') continue;
    const r = rockets.get(id) ?? {
      label: row.labels[0] ?? id,
      successes: 0,
      failures: 0,
      partial: 0,
    };
    if (outcome === 'success') r.successes += row.count;
    else if (outcome === 'failure') r.failures += row.count;
    else r.partial += row.count;
    rockets.set(id, r);
  }
  const ranked = [...rockets.entries()]
    .map(([key, r]): ReliabilityRow => {
      const flown = r.successes + r.failures + r.partial;
      return {
        key,
        label: r.label,
        href: hrefFor({ launcher_config__id: key }),
        flown,
        successes: r.successes,
        failures: r.failures,
        partial: r.partial,
        rate: r.successes / flown,
        lower: wilsonLowerBound(r.successes, flown),
        upper: wilsonUpperBound(r.successes, flown),
      };
    })
    .sort((a, b) => b.lower - a.lower || b.flown - a.flown || a.label.localeCompare(b.label));
  return { kind: 'reliability', rows: ranked.slice(0, limit), groups: ranked.length };
}

/** Crew seats launched per year, and the different people in them, from `[net year]` rows. */
export function crewByYear(rows: readonly AggregateRow[], hrefFor: HrefFor): StackedChart {
  const series: Series[] = [{ key: 'seats', label: 'Crew seats', tone: 'c1' }];
  const people = new Map<string, number>();
  const cells = rows.flatMap((row) => {
    const year = keyText(row.keys[0]);
    if (year === null) return [];
    people.set(year, (people.get(year) ?? 0) + (row.distinct ?? 0));
    return [
      { year, series: 'seats', count: row.count, href: hrefFor({ year, is_crewed: 'true' }) },
    ];
  });
  const columns = stackByYear(cells, series, hrefFor).map((c) => ({
    ...c,
    href: c.total > 0 ? hrefFor({ year: c.label, is_crewed: 'true' }) : null,
    extra: { people: people.get(c.label) ?? 0 },
  }));
  return { kind: 'stacked', series, columns, extraColumns: [{ key: 'people', label: 'People' }] };
}
