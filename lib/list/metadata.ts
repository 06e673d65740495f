import type { Metadata } from 'next';
import type { RawParams } from '@/lib/query/parse';
import { listFeedHref, listRobots } from '@/lib/seo/canonical';
import { exportTitle, listExport } from '@/lib/seo/list-exports';
import { summariseListQuery } from '@/lib/seo/list-summary';
import { pageOpenGraph, SITE_NAME } from '@/lib/seo/site';
import { canonicalHref } from './links';
import { listResults, readListState, type ListRequest, type ListState } from './load';

const numberFormat = new Intl.NumberFormat('en-US');

/**
 * `<link rel="alternate" type="application/rss+xml">` for the feed of what the page shows, so a
 * feed reader given the page's address finds the filtered feed; none for lists without a feed.
 */
async function feedAlternates(state: ListState): Promise<Metadata['alternates']> {
  const spec = listExport(state.request.route);
  const url = listFeedHref(state.request.route, state.parsed.canonical);
  if (!spec || !url) return {};
  const summary = await summariseListQuery(spec.resource, state.parsed);
  const title = `${SITE_NAME}: ${exportTitle(spec, summary)}`;
  return { types: { 'application/rss+xml': [{ url, title }] } };
}

/**
 * Title, description, canonical URL, feed and robots rule of a list page. Unfiltered lists and simple
 * one-facet views are indexable; pages with unusable parameters, no results, deep offsets or
 * several filters are `noindex,follow` (see `listRobots`).
 */
export async function listMetadata(
  request: ListRequest,
  searchParams: RawParams,
  title: string,
  about: string,
): Promise<Metadata> {
  const state = readListState(request, searchParams);
  if (state.redirectTo) return { title, robots: { index: false } };
  const { query, issues } = state.parsed;
  const [data, feed] = await Promise.all([listResults(state), feedAlternates(state)]);
  const noun = data.count === 1 ? state.def.singular.toLowerCase() : state.def.plural.toLowerCase();
  const narrowed = query.filters.length > 0 || query.search !== '';
  const heading = query.search ? `${title} matching “${query.search}”` : title;
  const pageTitle = query.offset > 0 ? `${heading} (from ${numberFormat.format(query.offset + 1)})` : heading;
  const description = `${numberFormat.format(data.count)} ${noun}${narrowed ? ' matching these filters' : ''}. ${about}`;
  const canonical = canonicalHref(state);
  const robots = listRobots({ def: state.def, issues, count: data.count, offset: query.offset, canonical: state.parsed.canonical });
  return {
    title: pageTitle,
    description,
    alternates: { canonical, ...feed },
    openGraph: pageOpenGraph({ title: pageTitle, description, url: canonical }),
    robots: robots.index ? undefined : robots,
  };
}
