import type { z } from 'zod';
import { DEFAULT_LIMIT, listDefaults, MAX_LIMIT, splitList, takesList } from '@/lib/resources/params';
import type { FieldDef, FilterDef, Mode, ResourceDef } from '@/lib/resources/types';
import { splitSearchTerms } from './search-terms';
import type { AppliedFilter, FilterValue, ListQuery, OrderTerm, ParamIssue, ParsedListQuery } from './types';
import { dateTimeValue, numberValue, parseBoolean } from './values';

/** Query-string keys every list endpoint understands besides its filters. */
const COMMON_PARAMS = new Set(['search', 'ordering', 'limit', 'offset', 'mode', 'format']);

export type RawParams =
  | URLSearchParams
  | readonly (readonly [string, string])[]
  | Record<string, string | string[] | undefined>;

/**
 * The query's `[key, value]` pairs. A page's `searchParams` is a plain object that Next fills by
 * assignment, merging a repeated key into an array: a key named like an `Object.prototype`
 * member meets the inherited one, so `?constructor=x` arrives as `[Object, 'x']` (and
 * `__proto__` not at all). Only own keys and string values come from the URL.
 */
export function toEntries(params: RawParams): [string, string][] {
  if (params instanceof URLSearchParams) return [...params.entries()];
  if (isPairs(params)) return params.map(([k, v]) => [k, v]);
  const entries: [string, string][] = [];
  for (const key of Object.keys(params)) {
    const value: unknown = params[key];
    for (const v of Array.isArray(value) ? value : [value])
      if (typeof v === 'string') entries.push([key, v]);
  }
  return entries;
}

function isPairs(params: RawParams): params is readonly (readonly [string, string])[] {
  return Array.isArray(params);
}

function describeExpected(filter: FilterDef, field: FieldDef): string {
  const many = takesList(filter) ? 'comma-separated ' : '';
  switch (filter.lookup) {
    case 'year':
      return 'a year such as 2024 (comma-separated for several)';
    case 'month':
      return 'a month number 1–12 (comma-separated for several)';
    case 'day':
      return 'a day of the month 1–31 (comma-separated for several)';
    case 'include':
      return 'true or false';
    default:
  }
  switch (field.type) {
    case 'int':
    case 'float':
    case 'duration':
      return many ? 'comma-separated numbers' : 'a number';
    case 'datetime':
      return 'an ISO 8601 date or date-time, e.g. 2024-09-28 or 2024-09-28T14:00:00Z';
    case 'bool':
      return 'true or false';
    default:
      return many ? 'comma-separated values' : 'text';
  }
}

function valueSchema(filter: FilterDef, field: FieldDef): z.ZodType<FilterValue> | null {
  if (filter.lookup === 'year' || filter.lookup === 'month' || filter.lookup === 'day') return numberValue;
  if (filter.lookup === 'contains' || filter.lookup === 'icontains') return null;
  switch (field.type) {
    case 'int':
    case 'float':
    case 'duration':
      return numberValue;
    case 'datetime':
      return dateTimeValue;
    default:
      return null;
  }
}

type FilterResult = { ok: true; applied: AppliedFilter } | { ok: false; issue: ParamIssue } | { ok: 'skip' };

function parseFilter(def: ResourceDef, filter: FilterDef, rawValues: string[]): FilterResult {
  const field = def.fields[filter.field];
  if (!field) throw new Error(`${def.key}: filter ${filter.param} names unknown field ${filter.field}`);
  const expected = describeExpected(filter, field);
  const raw = filter.repeat ? rawValues : [rawValues[rawValues.length - 1] ?? ''];
  const isBoolean = field.type === 'bool' || filter.lookup === 'include';

  if (isBoolean) {
    const text = raw[0] ?? '';
    if (text.trim() === '') return { ok: 'skip' };
    const value = parseBoolean(text);
    if (value === null) {
      return {
        ok: false,
        issue: { param: filter.param, value: text, severity: 'ignored', message: 'Not a boolean; filter skipped.', expected },
      };
    }
    return { ok: true, applied: { filter, values: [value], raw: String(value) } };
  }

  const many = takesList(filter);
  // Django's form fields strip surrounding whitespace, and an empty value means "no filter".
  const pieces = many ? raw.flatMap(splitList) : raw.map((s) => s.trim()).filter((s) => s !== '');
  if (pieces.length === 0) return { ok: 'skip' };
  const schema = valueSchema(filter, field);
  const values: FilterValue[] = [];
  for (const piece of pieces) {
    if (!schema) {
      values.push(piece);
      continue;
    }
    const result = schema.safeParse(piece);
    if (!result.success) {
      return {
        ok: false,
        issue: {
          param: filter.param,
          value: raw.join(','),
          severity: 'invalid',
          message: result.error.issues[0]?.message ?? 'Invalid value.',
          expected,
        },
      };
    }
    values.push(result.data);
  }
  const rawText = many ? values.map(String).join(',') : String(values[0]);
  return { ok: true, applied: { filter, values, raw: rawText } };
}

/** DRF's `_positive_int`: a non-negative integer, optionally strictly positive, capped. */
function positiveInt(text: string | undefined, strict: boolean, cutoff?: number): number | null {
  if (text === undefined) return null;
  const trimmed = text.trim();
  if (!/^[+-]?\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  if (!Number.isSafeInteger(n) || n < 0 || (n === 0 && strict)) return null;
  return cutoff !== undefined ? Math.min(n, cutoff) : n;
}

export interface ParseOptions {
  view?: string;
  /** Extra keys the page itself uses (e.g. `view=timeline`), neither filters nor unknown. */
  pageParams?: readonly string[];
  /** The site's pages search (`ListQuery.siteSearch`); the API searches as LL2 does. */
  siteSearch?: boolean;
}

/**
 * Parses a list query the way LL2 (DRF + django-filter) does. Invalid filter values are
 * reported as `invalid` (LL2 answers 400) and left out of the query; unknown or unusable
 * parameters are reported as `ignored`.
 */
export function parseListQuery(def: ResourceDef, params: RawParams, options: ParseOptions = {}): ParsedListQuery {
  const entries = toEntries(params);
  const grouped = new Map<string, string[]>();
  for (const [key, value] of entries) grouped.set(key, [...(grouped.get(key) ?? []), value]);
  const last = (key: string) => {
    const values = grouped.get(key);
    return values?.[values.length - 1];
  };

  const issues: ParamIssue[] = [];
  const canonical: [string, string][] = [];
  const view = options.view ? def.views?.find((v) => v.name === options.view) : undefined;
  const viewParamNames = new Set(view?.params ?? []);
  const pageParams = new Set(options.pageParams ?? []);
  const filtersByParam = new Map(def.filters.map((f) => [f.param, f]));

  const filters: AppliedFilter[] = [];
  const viewParams: Record<string, boolean | undefined> = {};
  for (const [key, values] of grouped) {
    if (COMMON_PARAMS.has(key) || pageParams.has(key)) continue;
    if (viewParamNames.has(key)) {
      const text = values[values.length - 1] ?? '';
      const value = parseBoolean(text);
      if (value === null && text.trim() !== '') {
        issues.push({ param: key, value: text, severity: 'ignored', message: 'Not a boolean; filter skipped.', expected: 'true or false' });
      } else if (value !== null) {
        viewParams[key] = value;
        canonical.push([key, String(value)]);
      }
      continue;
    }
    const filter = filtersByParam.get(key);
    if (!filter) {
      issues.push({
        param: key,
        value: values.join(','),
        severity: 'ignored',
        message: 'Unknown parameter; ignored.',
        expected: `one of the ${def.plural.toLowerCase()} filters`,
      });
      continue;
    }
    const result = parseFilter(def, filter, values);
    if (result.ok === true) {
      filters.push(result.applied);
      canonical.push([key, result.applied.raw]);
    } else if (result.ok === false) {
      issues.push(result.issue);
    }
  }

  const search = (last('search') ?? '').trim();
  const searchTerms = splitSearchTerms(search);
  if (searchTerms.length > 0) canonical.push(['search', search]);

  const ordering: OrderTerm[] = [];
  const orderingText = last('ordering');
  if (orderingText !== undefined && orderingText.trim() !== '') {
    const rejected: string[] = [];
    for (const piece of orderingText.split(',').map((s) => s.trim()).filter(Boolean)) {
      const desc = piece.startsWith('-');
      const field = desc ? piece.slice(1) : piece;
      if (def.ordering.includes(field) && !ordering.some((o) => o.field === field)) ordering.push({ field, desc });
      else rejected.push(piece);
    }
    if (rejected.length > 0) {
      issues.push({
        param: 'ordering',
        value: rejected.join(','),
        severity: 'ignored',
        message: 'Unknown ordering field; ignored.',
        expected: def.ordering.length ? `one of ${def.ordering.join(', ')} (prefix - for descending)` : 'no ordering is available',
      });
    }
  }
  const defaultOrdering = view?.defaultOrdering ?? def.defaultOrdering;
  const effective = ordering.length > 0 ? ordering : defaultOrdering.map(parseOrderTerm);
  const orderingKey = effective.map((o) => `${o.desc ? '-' : ''}${o.field}`).join(',');
  // Defaults are left out as the URL tidier leaves them out (`listDefaults`), so both agree; and
  // an ordering spelling out the default is no choice, so the query is a function of `canonical`.
  const defaults = listDefaults(def, view);
  const keepUnlessDefault = (key: 'ordering' | 'limit' | 'offset' | 'mode', value: string) => {
    if (defaults[key] === value) return false;
    canonical.push([key, value]);
    return true;
  };
  const explicitOrdering = ordering.length > 0 && keepUnlessDefault('ordering', orderingKey);

  const limitText = last('limit');
  let limit = positiveInt(limitText, true, MAX_LIMIT);
  if (limit === null) {
    if (limitText !== undefined) {
      issues.push({ param: 'limit', value: limitText, severity: 'ignored', message: 'Not a positive whole number; default used.', expected: `a whole number from 1 to ${MAX_LIMIT}` });
    }
    limit = DEFAULT_LIMIT;
  } else if (limitText !== undefined && Number(limitText.trim()) > MAX_LIMIT) {
    issues.push({ param: 'limit', value: limitText, severity: 'ignored', message: `Capped at ${MAX_LIMIT}.`, expected: `a whole number from 1 to ${MAX_LIMIT}` });
  }
  keepUnlessDefault('limit', String(limit));

  const offsetText = last('offset');
  let offset = positiveInt(offsetText, false);
  if (offset === null) {
    if (offsetText !== undefined) {
      issues.push({ param: 'offset', value: offsetText, severity: 'ignored', message: 'Not a whole number ≥ 0; 0 used.', expected: 'a whole number ≥ 0' });
    }
    offset = 0;
  }
  keepUnlessDefault('offset', String(offset));

  const modeText = last('mode');
  let mode: Mode = def.defaultMode;
  if (modeText !== undefined) {
    if ((def.modes as string[]).includes(modeText)) mode = modeText as Mode;
    else {
      issues.push({ param: 'mode', value: modeText, severity: 'ignored', message: 'Unknown mode; default used.', expected: `one of ${def.modes.join(', ')}` });
    }
  }
  keepUnlessDefault('mode', mode);

  canonical.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));

  const query: ListQuery = {
    resource: def.key,
    view: view?.name,
    viewParams,
    filters,
    searchTerms,
    search,
    ordering: effective,
    explicitOrdering,
    limit,
    offset,
    mode,
    ...(options.siteSearch && searchTerms.length > 0 ? { siteSearch: true } : {}),
  };
  return { query, issues, canonical };
}

/** Whether a query keeps fewer than all records: a filter, a search, a view or a time span. */
export function narrowsSelection(query: ListQuery): boolean {
  return query.filters.length > 0 || query.searchTerms.length > 0 || Boolean(query.view) || Boolean(query.span);
}

export function parseOrderTerm(text: string): OrderTerm {
  return text.startsWith('-') ? { field: text.slice(1), desc: true } : { field: text, desc: false };
}

/** LL2's 400 body: `{ "param": ["message"] }` for each invalid value. */
export function invalidParamsBody(issues: ParamIssue[]): Record<string, string[]> | null {
  const invalid = issues.filter((i) => i.severity === 'invalid');
  if (invalid.length === 0) return null;
  return Object.fromEntries(invalid.map((i) => [i.param, [i.message]]));
}
