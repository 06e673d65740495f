/**
 * Everything a list page needs, read on the server: the tidy request, the parsed query, the
 * results, filter options, the histogram, chips and the empty state's suggestion.
 */
import { cache } from 'react';
import { pickModeKeys } from '@/lib/api/project';
import { histogram, listRecords, resourceDef, selectionFacets } from '@/lib/data';
import type { ListData } from '@/lib/data/source';
import { parseListQuery, toEntries, type RawParams } from '@/lib/query/parse';
import type { ParsedListQuery } from '@/lib/query/types';
import type { ResourceDef, ViewDef, WireRecord } from '@/lib/resources/types';
import type { FacetOption } from '@/lib/store/types';
import { listDefaults } from '@/lib/resources/params';
import { cleanListParams, cleanOptions } from '@/lib/url/list-params';
import {
  applyParamChanges,
  encodeQuery,
  listHref,
  type ParamDefaults,
  type ParamPair,
} from '@/lib/url/list-url';
import { buildChips, type Chip } from './chips';
import { ALL_FILTERS, LIST_UI, type ListResourceKey } from './config';
import { choiceFields } from './filter-model';
import { histogramBars, histogramUnit, type HistogramBar, type HistogramUnit } from './histogram';

export interface ListRequest {
  key: ListResourceKey;
  /** The page's path: `/agencies`, `/launches/upcoming`. */
  route: string;
  view?: string;
  /** Keys the page itself owns (`view=timeline`): kept in links, not treated as filters. */
  pageParams?: readonly string[];
}

export interface ListState {
  request: ListRequest;
  def: ResourceDef;
  view?: ViewDef;
  /** The request's parameters with empty fields and defaults dropped. */
  entries: ParamPair[];
  /** Set when the request had empty fields or defaults: the page redirects here. */
  redirectTo: string | null;
  parsed: ParsedListQuery;
  /** What links start from: the canonical query plus the page's own parameters. */
  base: ParamPair[];
  defaults: ParamDefaults;
  /** Every value of each request parameter, for the form's default values. */
  values: Map<string, string[]>;
  /** The address as the filter form writes it. */
  currentHref: string;
  /** The filter panel shows every filter (`?filters=all`). */
  allFilters: boolean;
}

export function readListState(request: ListRequest, searchParams: RawParams): ListState {
  const def = resourceDef(request.key);
  const view = request.view ? def.views?.find((v) => v.name === request.view) : undefined;
  const defaults = listDefaults(def, view);
  const clean = cleanListParams(toEntries(searchParams), cleanOptions(def, view));
  // The panel's own switch; any other value of it is reported as an unknown parameter.
  const allFilters = clean.entries.some(
    ([k, v]) => k === ALL_FILTERS.param && v === ALL_FILTERS.value,
  );
  // The one parse of the request: everything below, down to the SQL, reads `parsed`.
  const parsed = parseListQuery(def, clean.entries, {
    view: view?.name,
    pageParams: allFilters
      ? [...(request.pageParams ?? []), ALL_FILTERS.param]
      : request.pageParams,
    siteSearch: true,
  });
  const pageParams = new Set(request.pageParams ?? []);
  const values = new Map<string, string[]>();
  for (const [k, v] of clean.entries) values.set(k, [...(values.get(k) ?? []), v]);
  return {
    request,
    def,
    view,
    entries: clean.entries,
    redirectTo: clean.changed ? listHref(request.route, clean.entries, defaults) : null,
    parsed,
    base: [...parsed.canonical, ...clean.entries.filter(([k]) => pageParams.has(k))],
    defaults,
    values,
    currentHref: listHref(request.route, clean.entries, defaults),
    allFilters,
  };
}

/**
 * This request's list reads by query. React's `cache` compares arguments by identity, and
 * generateMetadata and the page each parse their own request, so the parsed queries are matched
 * by their canonical form here instead of being turned back into strings and parsed again.
 */
const requestLists = cache((): Map<string, Promise<ListData>> => new Map());

function listOnce(key: ListResourceKey, parsed: ParsedListQuery): Promise<ListData> {
  const lists = requestLists();
  const id = `${key}|${parsed.query.view ?? ''}|${encodeQuery(parsed.canonical)}`;
  let data = lists.get(id);
  if (!data) {
    data = listRecords(key, parsed);
    lists.set(id, data);
  }
  return data;
}

/** The page's results, read once per request: generateMetadata and the page share them. */
export function listResults(state: ListState): Promise<ListData> {
  return listOnce(state.request.key, state.parsed);
}

export interface HistogramData {
  unit: HistogramUnit;
  bars: HistogramBar[];
}

async function loadHistogram(
  key: ListResourceKey,
  parsed: ParsedListQuery,
): Promise<HistogramData | null> {
  const years = await histogram(key, parsed, 'year');
  if (years.length === 0) return null;
  const unit = histogramUnit(years);
  const buckets = unit === 'year' ? years : await histogram(key, parsed, 'month');
  return { unit, bars: histogramBars(buckets, unit) };
}

export interface Suggestion {
  chip: Chip;
  count: number;
}

/**
 * For an empty result: the one filter whose removal brings back the most results ("minus one"
 * queries with limit 1; each is cached, and cheap).
 */
async function mostRestrictive(state: ListState, chips: Chip[]): Promise<Suggestion | null> {
  const { key } = state.request;
  const counted = await Promise.all(
    chips.slice(0, 12).map(async (chip) => {
      const pairs = applyParamChanges(state.parsed.canonical, {
        ...chip.changes,
        limit: '1',
        offset: null,
      });
      const parsed = parseListQuery(state.def, pairs, {
        view: state.view?.name,
        siteSearch: true,
      });
      const data = await listOnce(key, parsed);
      return { chip, count: data.count };
    }),
  );
  const best = counted.reduce<Suggestion | null>(
    (a, b) => (b.count > (a?.count ?? 0) ? b : a),
    null,
  );
  return best && best.count > 0 ? best : null;
}

export interface ListPageData {
  data: ListData;
  /** Records as the API returns them for the page's mode. */
  records: WireRecord[];
  facets: ListFacets;
  histogram: HistogramData | null;
  chips: Chip[];
  suggestion: Suggestion | null;
}

export interface ListFacets {
  /** Each choice field's options, counted within the list's selection. */
  options: Record<string, FacetOption[]>;
  /** The counts are the whole index's, not the selection's (live data cannot count one). */
  indexWide: boolean;
}

/** Through React's cache: the filter panel and the results' chips ask for the same state's. */
export const loadFacets = cache(async (state: ListState): Promise<ListFacets> => {
  const fields = choiceFields(state.def);
  const each = await Promise.all(
    fields.map((f) => selectionFacets(state.request.key, f, state.parsed)),
  );
  return {
    options: Object.fromEntries(fields.map((f, i) => [f, each[i]!.options])),
    indexWide: each.some((f) => f.indexWide),
  };
});

export async function loadListData(state: ListState): Promise<ListPageData> {
  const { key } = state.request;
  const { query } = state.parsed;
  const [data, facets, hist] = await Promise.all([
    listResults(state),
    loadFacets(state),
    LIST_UI[key].histogram && state.def.dateField
      ? loadHistogram(key, state.parsed)
      : Promise.resolve(null),
  ]);
  const chips = buildChips(state.def, state.parsed, facets.options);
  const suggestion =
    data.count === 0 && chips.length > 0 ? await mostRestrictive(state, chips) : null;
  return {
    data,
    records: data.results.map((r) => pickModeKeys(state.def, r, query.mode)),
    facets,
    histogram: hist,
    chips,
    suggestion,
  };
}

/** A page's `searchParams`, once awaited. */
export type ListSearchParams = Record<string, string | string[] | undefined>;
