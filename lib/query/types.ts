import type { FilterDef, Mode } from '@/lib/resources/types';

export type FilterValue = string | number | boolean;

/** A filter whose value passed validation, ready for the store or the live API. */
export interface AppliedFilter {
  filter: FilterDef;
  /** One value for scalar lookups; several for `in`, `year/month/day` and repeated keys. */
  values: FilterValue[];
  /** The parameter's text as it goes back into a URL. */
  raw: string;
}

export interface OrderTerm {
  field: string;
  desc: boolean;
}

export interface ListQuery {
  resource: string;
  view?: string;
  viewParams: Record<string, boolean | undefined>;
  filters: AppliedFilter[];
  searchTerms: string[];
  search: string;
  ordering: OrderTerm[];
  /** True when `ordering` came from the URL and is not the resource's (or view's) default. */
  explicitOrdering: boolean;
  limit: number;
  offset: number;
  mode: Mode;
  /**
   * Keeps records whose interval [startField, endField] overlaps [start, end]; an open end
   * (null) means "still going". Not an LL2 parameter: timelines use it so stays that began
   * before the window still show.
   */
  span?: { startField: string; endField: string; start: string; end: string };
  /** Only records the LL2-compatible API serves (lib/ll2/served.ts); not an LL2 parameter. */
  servedOnly?: boolean;
  /**
   * Search as the site's pages do rather than as LL2 does (not an LL2 parameter): the resource's
   * `siteSearch` fields match too, and without an explicit ordering the best matches come first.
   */
  siteSearch?: boolean;
}

/**
 * A parameter we could not use. `invalid` values make LL2 answer HTTP 400; `ignored` ones it
 * silently drops (unknown keys, bad limit/offset/ordering, a boolean it cannot read).
 */
export interface ParamIssue {
  param: string;
  value: string;
  severity: 'invalid' | 'ignored';
  /** LL2's own error text, e.g. "Enter a number." */
  message: string;
  /** What the parameter expects, for people. */
  expected: string;
}

export interface ParsedListQuery {
  query: ListQuery;
  issues: ParamIssue[];
  /** Parameters that took effect, normalised and sorted; defaults dropped. The cache key. */
  canonical: [string, string][];
}
