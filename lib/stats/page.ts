import type { Metadata } from 'next';
import { cache } from 'react';
import { readListState, type ListSearchParams, type ListState } from '@/lib/list/load';
import type { RawParams } from '@/lib/query/parse';
import { listCanonicalUrl, listRobots } from '@/lib/seo/canonical';
import { summariseListQuery } from '@/lib/seo/list-summary';
import { OG_SIZE } from '@/lib/seo/og-image';
import { pageOpenGraph } from '@/lib/seo/site';
import { encodeQuery } from '@/lib/url/list-url';
import { filterPairs, loadStatistics, type Statistics } from './charts';

export const STATISTICS_ROUTE = '/statistics';

/** The request read as the launch list reads its own: the same cleaning, parse and issues. */
export function readStatisticsState(searchParams: RawParams): ListState {
  return readListState({ key: 'launches', route: STATISTICS_ROUTE }, searchParams);
}

const requestStatistics = cache((): Map<string, Promise<Statistics | null>> => new Map());

/** The charts of a request, read once: generateMetadata and the page share them. */
export function statisticsOnce(state: ListState): Promise<Statistics | null> {
  const memo = requestStatistics();
  const key = encodeQuery(filterPairs(state.parsed));
  let stats = memo.get(key);
  if (!stats) {
    stats = loadStatistics(state.parsed);
    memo.set(key, stats);
  }
  return stats;
}

const numberFormat = new Intl.NumberFormat('en-US');

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** `/statistics/outcomes.png?lsp__id=121`: a chart's share image for the same filters. */
export function chartImagePath(chart: string, query: string): string {
  return `${STATISTICS_ROUTE}/${chart}.png${query ? `?${query}` : ''}`;
}

export async function statisticsMetadata(searchParams: ListSearchParams): Promise<Metadata> {
  const state = readStatisticsState(searchParams);
  const title = 'Launch statistics';
  if (state.redirectTo) return { title, robots: { index: false } };
  const pairs = filterPairs(state.parsed);
  const [stats, summary] = await Promise.all([
    statisticsOnce(state),
    summariseListQuery('launches', state.parsed),
  ]);
  // Search results show about 60 characters of a title, " · Orbit Index" included.
  const pageTitle = summary ? clip(`${title}: ${summary}`, 54) : title;
  const count = stats?.total ?? 0;
  const description = `${numberFormat.format(count)} launches${summary ? ` (${summary})` : ''} in charts: per year by outcome, provider and country, success rate, busiest rockets and pads, rocket reliability.`;
  const canonical = listCanonicalUrl(STATISTICS_ROUTE, pairs);
  const robots = listRobots({
    def: state.def,
    issues: state.parsed.issues,
    count,
    offset: 0,
    canonical: pairs,
  });
  const image = {
    url: chartImagePath('outcomes', encodeQuery(pairs)),
    ...OG_SIZE,
    alt: `Launches per year by outcome${summary ? `: ${summary}` : ''}`,
  };
  return {
    title: pageTitle,
    description,
    alternates: { canonical },
    openGraph: {
      ...pageOpenGraph({ title: pageTitle, description, url: canonical, withSiteImage: false }),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: pageTitle, description, images: [image.url] },
    robots: robots.index ? undefined : robots,
  };
}
