import type { Metadata } from 'next';
import { GlobalSearch } from '@/components/search/global-search';
import { SearchHelp } from '@/components/search/search-help';
import { SearchResults } from '@/components/search/search-results';
import { Notice } from '@/components/ui/notice';
import { parseSearchPageQuery } from '@/lib/search/params';
import { searchAllIfAvailable } from '@/lib/search/search';

/** Top matches shown per resource; "See all" links lead to the rest. */
const PER_RESOURCE = 5;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseSearchPageQuery(await searchParams);
  return {
    title: query.kind === 'ok' ? `Search: ${query.q}` : 'Search',
    description:
      'Search launches, events, agencies, spacecraft, space stations, pads, locations and programs in Orbit Index.',
    // Result pages are endless variations of the list pages, which are indexed instead.
    robots: { index: false, follow: true },
  };
}

/**
 * Not streamed behind <Suspense>: a streamed section needs JavaScript to appear, and this page
 * must work when the header form is submitted without it.
 */
export default async function SearchPage({ searchParams }: Props) {
  const query = parseSearchPageQuery(await searchParams);
  const q = query.kind === 'empty' ? '' : query.q;
  const groups = query.kind === 'ok' ? await searchAllIfAvailable(query.q, PER_RESOURCE) : null;

  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-8 sm:px-6 sm:py-10 lg:px-8">
      <header className="space-y-4">
        <h1 className="text-ink text-3xl font-bold tracking-tight">
          {query.kind === 'ok' ? (
            <>
              Results for “<span className="break-words">{query.q}</span>”
            </>
          ) : (
            'Search Orbit Index'
          )}
        </h1>
        <GlobalSearch
          key={q}
          id="search-page"
          landmarkLabel="Search this index"
          size="lg"
          defaultValue={q}
        />
      </header>
      {query.kind === 'invalid' ? (
        <Notice tone="warning" title="This search cannot be run">
          {query.message}
        </Notice>
      ) : null}
      {query.kind !== 'ok' ? (
        <SearchHelp />
      ) : groups ? (
        <SearchResults q={query.q} groups={groups} />
      ) : (
        <Notice tone="warning" title="Search is unavailable right now">
          Launch Library 2 did not answer, and there is no earlier copy of these results. Try again
          in a few minutes.
        </Notice>
      )}
    </div>
  );
}
