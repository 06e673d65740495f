import { redirect } from 'next/navigation';
import { ActiveFilters } from '@/components/list/active-filters';
import { FilterEnhancer } from '@/components/list/filter-enhancer';
import { FilterPanel } from '@/components/list/filter-panel';
import { ListNavigation } from '@/components/list/list-navigation';
import { ParamNotices } from '@/components/list/param-notices';
import { SearchBox } from '@/components/list/search-box';
import { HydrationSlice } from '@/components/ui/hydration-slice';
import { Link } from '@/components/ui/link';
import { Notice } from '@/components/ui/notice';
import { buildChips } from '@/lib/list/chips';
import { LIST_UI } from '@/lib/list/config';
import { buildFilterModel } from '@/lib/list/filter-model';
import { activeFilterCount, canonicalHref, clearAllHref } from '@/lib/list/links';
import { loadFacets, type ListSearchParams } from '@/lib/list/load';
import { filterPairs, launchesHrefFor } from '@/lib/stats/charts';
import { readStatisticsState, statisticsOnce } from '@/lib/stats/page';
import { createListUrl, encodeQuery } from '@/lib/url/list-url';
import { ChartSection } from './chart-section';

const numberFormat = new Intl.NumberFormat('en-US');

/**
 * `/statistics`: the launch list's own filter panel, search and chips (the same URL parameters,
 * parsed by the same code), and every chart counted over the launches they select.
 */
export async function StatisticsPage({ searchParams }: { searchParams: ListSearchParams }) {
  const state = readStatisticsState(searchParams);
  if (state.redirectTo) redirect(state.redirectTo);
  const { def, parsed, defaults, base, request } = state;
  const [facets, stats] = await Promise.all([loadFacets(state), statisticsOnce(state)]);
  const model = buildFilterModel({
    def,
    view: undefined,
    values: state.values,
    facets: facets.options,
    issues: parsed.issues,
    primary: LIST_UI.launches.primary,
  });
  const chips = buildChips(def, parsed, facets.options);
  const formId = 'statistics-filters';
  const clearHref = clearAllHref(state);
  const query = encodeQuery(filterPairs(parsed));
  const listHref = launchesHrefFor(parsed)({});

  return (
    <ListNavigation className="mx-auto max-w-7xl px-4 py-8 sm:px-6 lg:px-8">
      <HydrationSlice>
        <header className="space-y-4">
          <div>
            <h1 className="text-ink text-3xl font-bold tracking-tight">Statistics</h1>
            <p className="text-ink-muted mt-2 max-w-3xl">
              Launches per year, by outcome, provider and country; success rates; the busiest
              rockets and pads; and which rockets are most reliable. Every chart counts the launches
              the filters select, and every bar links to them.
            </p>
          </div>
          <div className="max-w-3xl">
            <SearchBox
              formId={formId}
              value={state.values.get('search')?.at(-1) ?? ''}
              label="Search launches"
              hint={LIST_UI.launches.searchHint}
            />
          </div>
        </header>
      </HydrationSlice>

      <div className="mt-6 grid grid-cols-[minmax(0,1fr)] items-start gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <aside
          aria-label="Filter launches"
          tabIndex={0}
          className="lg:sticky lg:top-32 lg:max-h-[calc(100dvh-9rem)] lg:overflow-y-auto lg:rounded-2xl"
        >
          <HydrationSlice>
            <FilterPanel
              formId={formId}
              route={request.route}
              model={model}
              hidden={[]}
              clearHref={clearHref}
              activeCount={activeFilterCount(state)}
              allFilters={state.allFilters}
              countsIndexWide={facets.indexWide}
              noun="launches"
            />
          </HydrationSlice>
        </aside>

        <section aria-labelledby="statistics-heading" className="min-w-0 space-y-4">
          <HydrationSlice>
            <h2 id="statistics-heading" className="text-ink text-lg font-semibold">
              {stats ? (
                <>
                  <a href={listHref} className="text-link underline-offset-2 hover:underline">
                    <span className="numeric">{numberFormat.format(stats.total)}</span>{' '}
                    {stats.total === 1 ? 'launch' : 'launches'}
                  </a>
                  {chips.length > 0 ? (
                    <span className="text-ink-muted font-normal"> match</span>
                  ) : null}
                </>
              ) : (
                'Launches'
              )}
            </h2>
            <ParamNotices issues={parsed.issues} cleanHref={canonicalHref(state)} />
            <ActiveFilters
              filters={chips.map((c) => ({
                id: c.id,
                label: c.label,
                href: createListUrl(request.route, base, c.changes, defaults),
              }))}
              clearHref={clearHref}
            />
          </HydrationSlice>
          {stats === null ? (
            <Notice tone="warning" title="Statistics need the local data">
              The site is reading Launch Library 2 directly, which cannot count launches by year or
              provider. Serve the embedded or synced store (<code>DATA_SOURCE=local</code>) to see
              them.
            </Notice>
          ) : (
            <>
              <nav aria-label="Charts" className="text-sm">
                <ul className="flex flex-wrap gap-x-4 gap-y-1">
                  {stats.charts.map((c) => (
                    <li key={c.id}>
                      <a href={`#${c.id}`} className="text-link underline-offset-2 hover:underline">
                        {c.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
              {/* A slice each: ~900 bars and their tables hydrate in time-sliced pieces, not one task. */}
              {stats.charts.map((chart) => (
                <HydrationSlice key={chart.id}>
                  <ChartSection chart={chart} query={query} />
                </HydrationSlice>
              ))}
              <section
                aria-labelledby="person-days-heading"
                className="border-line bg-surface rounded-2xl border p-4"
              >
                <h2 id="person-days-heading" className="text-ink text-lg font-semibold">
                  Time in space
                </h2>
                <p className="text-ink-muted mt-1 text-sm">
                  {stats.astronauts.withTimeInSpace === 0
                    ? `Cumulative person-days in space are not charted: none of the ${numberFormat.format(stats.astronauts.astronauts)} astronaut records in this data gives a time in space, and launch records say nothing of when crews came home.`
                    : `${numberFormat.format(stats.astronauts.withTimeInSpace)} of ${numberFormat.format(stats.astronauts.astronauts)} astronaut records give a time in space: ${numberFormat.format(Math.round(stats.astronauts.personDays))} person-days together. LL2 gives each astronaut’s total, not each flight’s, so it cannot be put into years.`}{' '}
                  <Link href="/astronauts" className="text-link underline underline-offset-2">
                    Browse the astronauts
                  </Link>
                </p>
              </section>
            </>
          )}
        </section>
      </div>
      <FilterEnhancer
        formId={formId}
        route={request.route}
        defaults={defaults}
        commaKeys={model.commaKeys}
        current={state.currentHref}
      />
    </ListNavigation>
  );
}
