import { createListUrl } from '@/lib/url/list-url';
import type { ListState } from './load';

/** Keys "Clear all" keeps: how the list is shown, not what it contains. */
const PRESENTATION = new Set(['mode', 'ordering', 'limit']);

export function clearAllHref(state: ListState): string {
  const keep = new Set([...PRESENTATION, ...(state.request.pageParams ?? [])]);
  return createListUrl(
    state.request.route,
    state.base.filter(([k]) => keep.has(k)),
    { offset: null },
    state.defaults,
  );
}

/** The page's own URL with its canonical parameters (unusable ones dropped). */
export function canonicalHref(state: ListState): string {
  return createListUrl(state.request.route, state.base, {}, state.defaults);
}

/** Counts the filters (and search) in effect, for the panel's badge. */
export function activeFilterCount(state: ListState): number {
  const { query } = state.parsed;
  return (
    query.filters.length +
    (query.search ? 1 : 0) +
    Object.values(query.viewParams).filter((v) => v === true).length
  );
}
