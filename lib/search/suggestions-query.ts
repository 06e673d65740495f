import { queryOptions } from '@tanstack/react-query';
import type { SearchResponse } from './types';

/** Items per resource in the typeahead: enough to recognise the one you want, short enough to scan. */
export const SUGGEST_LIMIT = 3;

/**
 * Suggestions for a term, keyed by it so each term is cached on its own. TanStack Query aborts
 * `signal` when the term changes, which cancels the superseded request.
 */
export function suggestionsQuery(term: string) {
  return queryOptions({
    queryKey: ['search-suggestions', term, SUGGEST_LIMIT] as const,
    queryFn: async ({ signal }): Promise<SearchResponse> => {
      const params = new URLSearchParams({ q: term, limit: String(SUGGEST_LIMIT) });
      const response = await fetch(`/api/search?${params.toString()}`, {
        signal,
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`Search suggestions failed (${response.status})`);
      return (await response.json()) as SearchResponse;
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
}
