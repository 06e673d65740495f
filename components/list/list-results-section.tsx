import { Link } from '@/components/ui/link';
import type { ComponentType, ReactNode } from 'react';
import { HydrationSlice } from '@/components/ui/hydration-slice';
import { Notice } from '@/components/ui/notice';
import { SavedCopyNotice } from '@/components/ui/saved-copy-notice';
import { loadListData, type ListState } from '@/lib/list/load';
import type { HistogramBar } from '@/lib/list/histogram';
import type { WireRecord } from '@/lib/resources/types';
import { createListUrl } from '@/lib/url/list-url';
import { ActiveFilters } from './active-filters';
import { EmptyResults } from './empty-results';
import { Histogram } from './histogram';
import type { ListResultsData } from './list-results';

const numberFormat = new Intl.NumberFormat('en-US');

export interface ListResultsSectionProps<T> {
  state: ListState;
  binding: { toItem: (record: WireRecord) => T; Results: ComponentType<ListResultsData<T>> };
  clearHref: string;
  emptyHint?: ReactNode;
  alternate?: ReactNode;
}

/** Everything that depends on the results: count, chips, histogram, and the cards or table. */
export async function ListResultsSection<T>({
  state,
  binding,
  clearHref,
  emptyHint,
  alternate,
}: ListResultsSectionProps<T>) {
  const { def, parsed, base, defaults, request } = state;
  const { route } = request;
  const loaded = await loadListData(state);
  const { data, chips, suggestion, histogram, records } = loaded;
  const noun = { singular: def.singular.toLowerCase(), plural: def.plural.toLowerCase() };
  const filtered = chips.length > 0;
  const href = (changes: Parameters<typeof createListUrl>[2]) =>
    createListUrl(route, base, changes, defaults);

  const years = parsed.query.filters.find((f) => f.filter.lookup === 'year')?.values ?? [];
  const months = parsed.query.filters.find((f) => f.filter.lookup === 'month')?.values ?? [];
  const barHref = (bar: HistogramBar) =>
    href({
      year: String(bar.year),
      month: bar.month === null ? null : String(bar.month),
      day: null,
    });
  const isCurrent = (bar: HistogramBar) =>
    years.length === 1 &&
    years[0] === bar.year &&
    (bar.month === null ? months.length === 0 : months.length === 1 && months[0] === bar.month);

  let body: ReactNode;
  if (data.count === 0) {
    body = (
      <EmptyResults
        plural={noun.plural}
        filtered={filtered}
        suggestion={
          suggestion
            ? {
                label: suggestion.chip.label,
                href: href(suggestion.chip.changes),
                count: suggestion.count,
              }
            : null
        }
        clearHref={clearHref}
        hint={emptyHint}
      />
    );
  } else if (data.results.length === 0) {
    const lastOffset = Math.floor((data.count - 1) / parsed.query.limit) * parsed.query.limit;
    body = (
      <Notice tone="warning" title="Past the end of the list">
        This page starts at result {numberFormat.format(parsed.query.offset + 1)}, but there are
        only {numberFormat.format(data.count)}.{' '}
        <Link
          href={href({ offset: String(lastOffset) })}
          className="font-medium underline underline-offset-2"
        >
          Go to the last page
        </Link>
      </Notice>
    );
  } else if (alternate) {
    body = alternate;
  } else {
    body = (
      <binding.Results
        items={records.map(binding.toItem)}
        count={data.count}
        route={route}
        base={base}
        defaults={defaults}
        mode={parsed.query.mode}
        offset={parsed.query.offset}
        limit={parsed.query.limit}
        noun={noun}
      />
    );
  }

  return (
    <HydrationSlice>
      <h2 id="results-heading" className="text-ink text-lg font-semibold">
        <span className="numeric">{numberFormat.format(data.count)}</span>{' '}
        {data.count === 1 ? noun.singular : noun.plural}
        {filtered ? <span className="text-ink-muted font-normal"> match</span> : null}
      </h2>
      {data.stale ? <SavedCopyNotice stale={data.stale} what="list" /> : null}
      <ActiveFilters
        filters={chips.map((c) => ({ id: c.id, label: c.label, href: href(c.changes) }))}
        clearHref={clearHref}
      />
      {histogram && data.count > 0 ? (
        <Histogram
          bars={histogram.bars}
          unit={histogram.unit}
          noun={noun}
          hrefFor={barHref}
          isCurrent={isCurrent}
        />
      ) : null}
      {body}
    </HydrationSlice>
  );
}
