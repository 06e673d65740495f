import type { ReactNode } from 'react';
import { HydrationSlice } from '@/components/ui/hydration-slice';
import { LIST_UI } from '@/lib/list/config';
import { buildFilterModel } from '@/lib/list/filter-model';
import { activeFilterCount, clearAllHref } from '@/lib/list/links';
import type { ListFacets, ListState } from '@/lib/list/load';
import type { ParamPair } from '@/lib/url/list-url';
import { FilterEnhancer } from './filter-enhancer';
import { FilterPanel } from './filter-panel';
import { ListNavigation } from './list-navigation';
import { SearchBox } from './search-box';

export interface FilteredPageProps {
  state: ListState;
  facets: ListFacets;
  formId: string;
  /** Parameters the filter form carries unchanged (the list's mode, a page's own keys). */
  hidden: readonly ParamPair[];
  title: string;
  description?: ReactNode;
  /** Between the description and the search box: share links, tabs. */
  actions?: ReactNode;
  /** The id of the results section's heading, which the children render. */
  labelledBy: string;
  children: ReactNode;
}

/**
 * The frame of every page a resource's filters drive (its list, the statistics): title, search,
 * the generated filter panel beside the results, and the script that applies the form as it
 * changes. The page fills the results section.
 */
export function FilteredPage({
  state,
  facets,
  formId,
  hidden,
  title,
  description,
  actions,
  labelledBy,
  children,
}: FilteredPageProps) {
  const { def, view, parsed, request } = state;
  const ui = LIST_UI[request.key];
  const noun = def.plural.toLowerCase();
  const model = buildFilterModel({
    def,
    view,
    values: state.values,
    facets: facets.options,
    issues: parsed.issues,
    primary: ui.primary,
  });

  return (
    <ListNavigation className="mx-auto max-w-7xl px-4 py-8 sm:px-6 lg:px-8">
      <HydrationSlice>
        <header className="space-y-4">
          <div>
            <h1 className="text-ink text-3xl font-bold tracking-tight">{title}</h1>
            {description ? <p className="text-ink-muted mt-2 max-w-3xl">{description}</p> : null}
          </div>
          {actions}
          <div className="max-w-3xl">
            <SearchBox
              formId={formId}
              value={state.values.get('search')?.at(-1) ?? ''}
              label={`Search ${noun}`}
              hint={ui.searchHint}
            />
          </div>
        </header>
      </HydrationSlice>

      <div className="mt-6 grid grid-cols-[minmax(0,1fr)] items-start gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
        {/* Scrolls on its own on wide screens, so it takes focus for keyboard scrolling. */}
        <aside
          aria-label={`Filter ${noun}`}
          tabIndex={0}
          className="lg:sticky lg:top-32 lg:max-h-[calc(100dvh-9rem)] lg:overflow-y-auto lg:rounded-2xl"
        >
          <HydrationSlice>
            <FilterPanel
              formId={formId}
              route={request.route}
              model={model}
              hidden={hidden}
              clearHref={clearAllHref(state)}
              activeCount={activeFilterCount(state)}
              allFilters={state.allFilters}
              countsIndexWide={facets.indexWide}
              noun={noun}
            />
          </HydrationSlice>
        </aside>

        <section aria-labelledby={labelledBy} className="min-w-0 space-y-4">
          {children}
        </section>
      </div>
      <FilterEnhancer
        formId={formId}
        route={request.route}
        defaults={state.defaults}
        commaKeys={model.commaKeys}
        current={state.currentHref}
      />
    </ListNavigation>
  );
}
