import type { Metadata } from 'next';
import type { RawParams } from '@/lib/query/parse';
import { listRobots } from '@/lib/seo/canonical';
import { pageOpenGraph } from '@/lib/seo/site';
import { canonicalHref } from './links';
import { listResults, readListState, type ListRequest } from './load';

const numberFormat = new Intl.NumberFormat('en-US');

/**
 * Title, description, canonical URL and robots rule of a list page. Unfiltered lists and simple
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
  const data = await listResults(state);
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
    alternates: { canonical },
    openGraph: pageOpenGraph({ title: pageTitle, description, url: canonical }),
    robots: robots.index ? undefined : robots,
  };
}
