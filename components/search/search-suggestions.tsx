import {
  keepPreviousData,
  QueryClient,
  QueryClientProvider,
  useQuery,
} from '@tanstack/react-query';
import { useEffect } from 'react';
import { MIN_SUGGEST_LENGTH } from '@/lib/search/suggest-length';
import { suggestionsQuery } from '@/lib/search/suggestions-query';
import { SuggestionList, type SuggestionState } from './suggestion-list';
import { useDebouncedValue } from './use-debounced-value';

/**
 * Loaded on demand by GlobalSearch, so this module only ever runs in the browser: one client for
 * the page's lifetime, shared by every search field on it.
 */
const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 60_000, refetchOnWindowFocus: false } },
});

/** What the search field needs from the suggestions: their links (for the keys) and what to announce. */
export interface SuggestionsReport {
  hrefs: string[];
  status: string;
}

export interface SearchSuggestionsProps {
  /** The field's trimmed text. */
  typed: string;
  /** The popup is open (focus, and enough characters). */
  expanded: boolean;
  active: number;
  listboxId: string;
  optionId: string;
  onHover: (index: number) => void;
  onPick: () => void;
  onReport: (report: SuggestionsReport) => void;
}

/** The combobox popup: fetches suggestions for the debounced text and lists them. */
export function SearchSuggestions(props: SearchSuggestionsProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <Suggestions {...props} />
    </QueryClientProvider>
  );
}

function Suggestions({
  typed,
  expanded,
  active,
  listboxId,
  optionId,
  onHover,
  onPick,
  onReport,
}: SearchSuggestionsProps) {
  const term = useDebouncedValue(typed, 200);
  const query = useQuery({
    ...suggestionsQuery(term),
    enabled: expanded && term.length >= MIN_SUGGEST_LENGTH,
    placeholderData: keepPreviousData,
  });

  const groups = query.data?.groups ?? [];
  const allHref = `/search?${new URLSearchParams({ q: typed }).toString()}`;
  const hrefs = groups.flatMap((g) => g.items.map((i) => i.href));
  if (hrefs.length > 0) hrefs.push(allHref);
  const activeIndex = active < hrefs.length ? active : -1;
  const waiting = term !== typed || query.isFetching;
  const stale = query.data !== undefined && (waiting || query.isPlaceholderData);
  const state: SuggestionState = query.isError
    ? 'error'
    : query.data === undefined || (groups.length === 0 && waiting)
      ? 'loading'
      : groups.length === 0
        ? 'empty'
        : 'ready';
  const status = !expanded
    ? ''
    : state === 'loading'
      ? 'Searching…'
      : state === 'error'
        ? 'Suggestions are unavailable.'
        : state === 'empty'
          ? `No suggestions for ${term}.`
          : `${hrefs.length - 1} suggestions. Use the up and down arrows to choose one.`;

  // The field's key handling needs the links in order; a string key keeps the effect quiet
  // while they stay the same.
  const hrefsKey = hrefs.join('\n');
  useEffect(() => {
    onReport({ hrefs: hrefsKey === '' ? [] : hrefsKey.split('\n'), status });
  }, [hrefsKey, status, onReport]);

  useEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(`${optionId}-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, optionId]);

  return (
    <SuggestionList
      listboxId={listboxId}
      optionId={optionId}
      expanded={expanded}
      state={state}
      stale={stale}
      term={typed}
      groups={groups}
      allHref={allHref}
      active={activeIndex}
      onHover={onHover}
      onPick={onPick}
    />
  );
}
