import type { Metadata } from 'next';
import type { RawParams } from '@/lib/query/parse';
import { canonicalHref } from './links';
import { listResults, readListState, type ListRequest } from './load';

const numberFormat = new Intl.NumberFormat('en-US');

/**
 * Title, description and canonical URL of a list page. Pages with parameters we could not use
 * are not indexed: they are someone's typo, not a page of their own.
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
  return {
    title:
      query.offset > 0 ? `${heading} (from ${numberFormat.format(query.offset + 1)})` : heading,
    description: `${numberFormat.format(data.count)} ${noun}${narrowed ? ' matching these filters' : ''}. ${about}`,
    alternates: { canonical: canonicalHref(state) },
    robots: issues.length > 0 ? { index: false, follow: true } : undefined,
  };
}
