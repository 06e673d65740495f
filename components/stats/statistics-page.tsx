import { redirect } from 'next/navigation';
import { ActiveFilters } from '@/components/list/active-filters';
import { FilteredPage } from '@/components/list/filtered-page';
import { ParamNotices } from '@/components/list/param-notices';
import { HydrationSlice } from '@/components/ui/hydration-slice';
import { Link } from '@/components/ui/link';
import { Notice } from '@/components/ui/notice';
import { buildChips } from '@/lib/list/chips';
import { canonicalHref, clearAllHref } from '@/lib/list/links';
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
  const chips = buildChips(def, parsed, facets.options);
  const clearHref = clearAllHref(state);
  const query = encodeQuery(filterPairs(parsed));
  const listHref = launchesHrefFor(parsed)({});

  return (
    <FilteredPage
      state={state}
      facets={facets}
      formId="statistics-filters"
      hidden={[]}
      title="Statistics"
      description={
        <>
          Launches per year, by outcome, provider and country; success rates; the busiest rockets
          and pads; and which rockets are most reliable. Every chart counts the launches the filters
          select, and every bar links to them.
        </>
      }
      labelledBy="statistics-heading"
    >
      <HydrationSlice>
        <h2 id="statistics-heading" className="text-ink text-lg font-semibold">
          {stats ? (
            <>
              <a href={listHref} className="text-link underline-offset-2 hover:underline">
                <span className="numeric">{numberFormat.format(stats.total)}</span>{' '}
                {stats.total === 1 ? 'launch' : 'launches'}
              </a>
              {chips.length > 0 ? <span className="text-ink-muted font-normal"> match</span> : null}
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
          provider. Serve the embedded or synced store (<code>DATA_SOURCE=local</code>) to see them.
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
    </FilteredPage>
  );
}
