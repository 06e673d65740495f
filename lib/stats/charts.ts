/** The statistics page's charts: what each is, and reading them for the launch list's filters. */
import { aggregate, buildQuery, facetOptions, resourceDef } from '@/lib/data';
import type { ParsedListQuery } from '@/lib/query/types';
import { listDefaults } from '@/lib/resources/params';
import type { AggregateSpec } from '@/lib/store/aggregate';
import { createListUrl, type ParamPair } from '@/lib/url/list-url';
import { providerCountries } from './countries';
import {
  busiest,
  crewByYear,
  outcomesByYear,
  reliability,
  rollingSuccess,
  topSeriesByYear,
  TOP_SERIES,
  type BarChart,
  type HrefFor,
  type RateChart,
  type ReliabilityChart,
  type StackedChart,
} from './model';

export const CHART_IDS = [
  'outcomes',
  'providers',
  'countries',
  'success-rate',
  'rockets',
  'pads',
  'reliability',
  'crew',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(value: string): value is ChartId {
  return (CHART_IDS as readonly string[]).includes(value);
}

export type ChartData = StackedChart | BarChart | RateChart | ReliabilityChart;

export interface StatsChart {
  id: ChartId;
  title: string;
  /** One sentence under the title: what is counted. */
  caption: string;
  data: ChartData;
}

export interface Statistics {
  /** Launches the filters select. */
  total: number;
  charts: StatsChart[];
  /** What the astronaut records allow, said plainly. */
  astronauts: AstronautCoverage;
}

export interface AstronautCoverage {
  astronauts: number;
  /** Astronauts whose record gives a total time in space. */
  withTimeInSpace: number;
  /** Their time in space together, in days. */
  personDays: number;
}

/** Rolling window of the success-rate chart, in months. */
export const RATE_WINDOW = 12;
/** Rows of the rocket and pad bar charts. */
export const BUSIEST = 15;
/** Rows of the reliability table on the page (the CSV has every rocket). */
export const RELIABILITY_ROWS = 20;
/** Rows any one CSV holds at most. */
export const CSV_MAX_ROWS = 5000;

const YEAR = { field: 'net', part: 'year' } as const;

/**
 * The counts behind every chart: five GROUP BYs, each one scan of an index that holds every
 * column it reads (the labels asked for are in the grouped field's own index). Outcomes,
 * providers and countries share one (year × status × provider: a few thousand groups).
 */
const SPECS = {
  years: { groupBy: [YEAR, { field: 'status' }, { field: 'lsp__id', label: true }] },
  rate: { groupBy: [{ field: 'net', part: 'month' }, { field: 'status' }] },
  rockets: { groupBy: [{ field: 'launcher_config__id', label: true }, { field: 'status' }] },
  pads: { groupBy: [{ field: 'pad', label: true }, { field: 'pad__location' }] },
  crew: { groupBy: [YEAR], values: 'crew__name' },
} satisfies Record<string, AggregateSpec>;

/** Keys of a list URL that say how it is shown, not what it holds: charts drop them. */
const PRESENTATION = new Set(['limit', 'offset', 'ordering', 'mode', 'filters']);

/** The filters of a parsed launch query, as the charts' links and the CSV links carry them. */
export function filterPairs(parsed: ParsedListQuery): ParamPair[] {
  return parsed.canonical.filter(([k]) => !PRESENTATION.has(k));
}

export function launchesHrefFor(parsed: ParsedListQuery): HrefFor {
  const base = filterPairs(parsed);
  const defaults = listDefaults(resourceDef('launches'));
  return (changes) => createListUrl('/launches', base, changes, defaults);
}

async function astronautCoverage(): Promise<AstronautCoverage> {
  const rows =
    (await aggregate('astronauts', buildQuery('astronauts', {}), {
      groupBy: [{ field: 'time_in_space' }],
    })) ?? [];
  let astronauts = 0;
  let withTimeInSpace = 0;
  let seconds = 0;
  for (const row of rows) {
    astronauts += row.count;
    const value = row.keys[0];
    if (typeof value !== 'number') continue;
    withTimeInSpace += row.count;
    seconds += value * row.count;
  }
  return { astronauts, withTimeInSpace, personDays: seconds / 86_400 };
}

/**
 * Every chart for the launches the query selects; null where the data source cannot count (live
 * LL2 has no aggregate endpoint). Each count is one GROUP BY, cached until the data changes.
 */
export async function loadStatistics(parsed: ParsedListQuery): Promise<Statistics | null> {
  const read = (spec: AggregateSpec) => aggregate('launches', parsed, spec);
  const [years, rate, rockets, padRows, crew, astronauts, locations] = await Promise.all([
    read(SPECS.years),
    read(SPECS.rate),
    read(SPECS.rockets),
    read(SPECS.pads),
    read(SPECS.crew),
    astronautCoverage(),
    facetOptions('launches', 'pad__location'),
  ]);
  if (!years || !rate || !rockets || !padRows || !crew) return null;
  const outcomes = years;
  const providers = years.map((r) => ({
    ...r,
    keys: [r.keys[0] ?? null, r.keys[2] ?? null],
    labels: [null, r.labels[2] ?? null],
  }));
  // A pad's location by name, from the filter panel's options (cached per data version).
  const locationName = new Map(locations.map((o) => [o.value, o.label]));
  const pads = padRows.map((r) => ({
    ...r,
    labels: [r.labels[0] ?? null, locationName.get(String(r.keys[1])) ?? null],
  }));
  const hrefFor = launchesHrefFor(parsed);
  const providerIds = [
    ...new Set(providers.flatMap((r) => (r.keys[1] === null ? [] : [String(r.keys[1])]))),
  ];
  const countries = await providerCountries(providerIds);
  const total = outcomes.reduce((sum, r) => sum + r.count, 0);
  const charts: StatsChart[] = [
    {
      id: 'outcomes',
      title: 'Launches per year by outcome',
      caption: 'Every launch the filters select, by the year of its launch date and its status.',
      data: outcomesByYear(outcomes, hrefFor),
    },
    {
      id: 'providers',
      title: 'Launches per year by provider',
      caption: `The ${TOP_SERIES} providers with the most launches in the selection, the rest as “Other”.`,
      data: topSeriesByYear(
        providers,
        (id, label) => ({ key: id, label: label ?? `Provider ${id}` }),
        (ids) => ({ lsp__id: ids.join(',') }),
        hrefFor,
      ),
    },
    {
      id: 'countries',
      title: 'Launches per year by country',
      caption:
        'By the launch provider’s country as LL2 records it (Soviet launches count under Russia; agencies of several countries as “Multinational”).',
      data: topSeriesByYear(
        providers,
        (id) => countries.get(id) ?? { key: 'none', label: 'Unknown' },
        (ids) => ({ lsp__id: ids.join(',') }),
        hrefFor,
      ),
    },
    {
      id: 'success-rate',
      title: 'Success rate over time',
      caption: `Successes among launches with an outcome over the ${RATE_WINDOW} months up to each month; partial failures count against it.`,
      data: rollingSuccess(rate, RATE_WINDOW, hrefFor),
    },
    {
      id: 'rockets',
      title: 'Busiest rockets',
      caption: `The ${BUSIEST} rocket configurations with the most launches in the selection.`,
      data: busiest(rockets, CSV_MAX_ROWS, 'launcher_config__id', hrefFor),
    },
    {
      id: 'pads',
      title: 'Busiest pads',
      caption: `The ${BUSIEST} launch pads with the most launches in the selection.`,
      data: busiest(pads, CSV_MAX_ROWS, 'pad', hrefFor, true),
    },
    {
      id: 'reliability',
      title: 'Rocket reliability',
      caption:
        'Rockets ranked by the lower bound of the 95 % Wilson score interval of their success rate, so a long record outranks a short perfect one.',
      data: reliability(rockets, CSV_MAX_ROWS, hrefFor),
    },
    {
      id: 'crew',
      title: 'People launched per year',
      caption:
        'Crew seats on the selected launches whose crew LL2 lists, and the different people in them.',
      data: crewByYear(crew, hrefFor),
    },
  ];
  return { total, charts, astronauts };
}
