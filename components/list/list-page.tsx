import { redirect } from 'next/navigation';
import type { ComponentType, ReactNode } from 'react';
import { ListActions } from '@/components/share/list-actions';
import { HydrationSlice } from '@/components/ui/hydration-slice';
import { canonicalHref, clearAllHref } from '@/lib/list/links';
import { loadFacets, readListState, type ListRequest, type ListState } from '@/lib/list/load';
import { orderingOptions } from '@/lib/list/ordering';
import type { RawParams } from '@/lib/query/parse';
import type { WireRecord } from '@/lib/resources/types';
import { createListUrl } from '@/lib/url/list-url';
import { FilteredPage } from './filtered-page';
import type { ListResultsData } from './list-results';
import { ListResultsSection } from './list-results-section';
import { ModeSwitcher } from './mode-switcher';
import { OrderingSelect } from './ordering-select';
import { PageSizeSelect } from './page-size-select';
import { ParamNotices } from './param-notices';

/** How a resource plugs into the generic list page: its mapper and its results. */
export interface ListBinding<T> {
  toItem: (record: WireRecord) => T;
  Results: ComponentType<ListResultsData<T>>;
}

export interface ListPageProps<T> {
  request: ListRequest;
  binding: ListBinding<T>;
  searchParams: RawParams;
  title: string;
  description?: ReactNode;
  /** Links to sibling lists (All / Upcoming / Previous), built from the parsed request. */
  tabs?: (state: ListState) => ReactNode;
  /** Shown instead of cards when nothing is filtered and the list is empty. */
  emptyHint?: ReactNode;
  /**
   * Another rendering of the same query in place of the cards/table (the docking timeline, for
   * `view=timeline`); search, filters, chips, histogram and notices stay.
   */
  alternate?: (state: ListState) => ReactNode;
}

/**
 * The list page shell shared by every resource: search, the generated filter panel, ordering,
 * page size and mode, notices for unusable parameters, and the results.
 *
 * Deliberately no Suspense boundary (and no loading.tsx) around the results: React reveals
 * streamed boundaries with an inline script, so without JavaScript the page would stay on its
 * skeleton. The store answers in milliseconds; while a new query loads, the list dims instead
 * (ListNavigation's `data-pending`). Rendering in one piece also makes `redirect()` a real 307.
 */
export async function ListPage<T>({
  request,
  binding,
  searchParams,
  title,
  description,
  tabs,
  emptyHint,
  alternate,
}: ListPageProps<T>) {
  const state = readListState(request, searchParams);
  // A GET form sends its empty fields; shared URLs should not carry them.
  if (state.redirectTo) redirect(state.redirectTo);

  const { def, view, parsed, defaults, base } = state;
  const facets = await loadFacets(state);
  const formId = `${def.key}-filters`;
  const ordering = orderingOptions(
    def,
    view,
    parsed.query.explicitOrdering
      ? parsed.query.ordering.map((o) => `${o.desc ? '-' : ''}${o.field}`).join(',')
      : '',
    parsed.query.siteSearch === true,
  );
  const hidden = base.filter(([k]) => k === 'mode' || (request.pageParams ?? []).includes(k));
  const clearHref = clearAllHref(state);

  return (
    <FilteredPage
      state={state}
      facets={facets}
      formId={formId}
      hidden={hidden}
      title={title}
      description={description}
      actions={
        <>
          <ListActions
            route={request.route}
            canonical={parsed.canonical}
            sharePath={canonicalHref(state)}
            title={title}
          />
          {tabs?.(state)}
        </>
      }
      labelledBy="results-heading"
    >
      <HydrationSlice>
        <div className="flex flex-wrap items-end gap-3">
          <OrderingSelect formId={formId} options={ordering.options} value={ordering.value} />
          <PageSizeSelect formId={formId} limit={parsed.query.limit} />
          <noscript>
            <button
              type="submit"
              form={formId}
              className="border-line-strong bg-surface text-ink h-9 rounded-lg border px-3 text-sm font-medium"
            >
              Apply
            </button>
          </noscript>
          <div className="sm:ml-auto">
            <ModeSwitcher
              modes={def.modes}
              current={parsed.query.mode}
              hrefFor={(mode) => createListUrl(request.route, base, { mode }, defaults)}
            />
          </div>
        </div>
      </HydrationSlice>
      <ParamNotices issues={parsed.issues} cleanHref={canonicalHref(state)} />
      <ListResultsSection
        state={state}
        binding={binding}
        clearHref={clearHref}
        emptyHint={emptyHint}
        alternate={alternate?.(state)}
      />
    </FilteredPage>
  );
}
