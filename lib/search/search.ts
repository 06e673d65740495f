import { listRecords, parseList } from '@/lib/data';
import { isLiveDataUnavailable } from '@/lib/data/live-error';
import { resources } from '@/lib/resources';
import { detailHref } from '@/lib/resources/href';
import { listHref } from '@/lib/url/list-url';
import { SEARCH_SOURCES, type SearchSource } from './describe';
import type { SearchGroup } from './types';

/**
 * The list page of `source` filtered by the same search: it ranks the matches as the preview
 * does (best first), so "See all" continues where the preview stopped.
 */
export function seeAllHref(source: SearchSource, q: string): string {
  return listHref(resources[source.key].route, [['search', q]]);
}

/** One resource's matches for `q`, using that resource's own LL2 `search` fields. */
export async function searchResource(
  source: SearchSource,
  q: string,
  limit: number,
): Promise<SearchGroup> {
  const def = resources[source.key];
  const params: Record<string, string> = { search: q, limit: String(limit) };
  const { count, results } = await listRecords(
    source.key,
    parseList(source.key, params, { siteSearch: true }),
  );
  return {
    resource: def.key,
    label: def.plural,
    total: count,
    href: seeAllHref(source, q),
    items: results.slice(0, limit).map((record) => ({
      title: def.title(record),
      subtitle: source.subtitle(record),
      href: detailHref(def, record),
    })),
  };
}

/**
 * Every searchable resource's matches for `q`, in a fixed order (a list that reshuffles as you
 * type is harder to scan), including resources with no match; see `withMatches`.
 */
export async function searchAll(q: string, limit: number): Promise<SearchGroup[]> {
  return Promise.all(SEARCH_SOURCES.map((source) => searchResource(source, q, limit)));
}

/** `searchAll`, or null when live mode cannot reach LL2 (the page says so instead of failing). */
export async function searchAllIfAvailable(
  q: string,
  limit: number,
): Promise<SearchGroup[] | null> {
  try {
    return await searchAll(q, limit);
  } catch (error) {
    if (isLiveDataUnavailable(error)) return null;
    throw error;
  }
}

export function withMatches(groups: readonly SearchGroup[]): SearchGroup[] {
  return groups.filter((g) => g.total > 0);
}

export function totalMatches(groups: readonly SearchGroup[]): number {
  return groups.reduce((sum, g) => sum + g.total, 0);
}

/** `/search?q=…`, the full results page. */
export function searchPageHref(q: string): string {
  return listHref('/search', [['q', q]]);
}
