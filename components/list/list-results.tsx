import type { ReactNode } from 'react';
import { Pagination } from '@/components/ui/pagination';
import { MAX_LIMIT } from '@/lib/resources/params';
import type { Mode } from '@/lib/resources/types';
import { createListUrl, type ParamDefaults, type ParamPair } from '@/lib/url/list-url';
import { LoadMore } from './load-more';
import { ResultsTable, type Column } from './results-table';

/** The id of the element holding the results, where "Load more" moves focus. */
const RESULTS_ID = 'list-results';

/** What the list page hands a resource's results: this page's items and where they sit. */
export interface ListResultsData<T> {
  items: T[];
  /** Records matching the query, on every page. */
  count: number;
  route: string;
  /** Canonical parameters links are built from. */
  base: ParamPair[];
  defaults: ParamDefaults;
  mode: Mode;
  offset: number;
  limit: number;
  noun: { singular: string; plural: string };
}

export interface ListResultsProps<T> extends ListResultsData<T> {
  getKey: (item: T) => string | number;
  renderCard: (item: T, options: { detailed: boolean; index: number }) => ReactNode;
  /** The `mode=list` table; without it the list mode shows cards too. */
  columns?: Column<T>[];
}

/**
 * The results of a list page, rendered on the server: cards (or the table), "Load more" and the
 * page links. "Load more" is a link to the same list with a larger `limit`; in the browser it
 * follows it in place (see LoadMore), so the longer list can be shared.
 */
export function ListResults<T>({
  items,
  count,
  route,
  base,
  defaults,
  mode,
  offset,
  limit,
  noun,
  getKey,
  renderCard,
  columns,
}: ListResultsProps<T>) {
  const more = offset + limit < count && limit < MAX_LIMIT;
  const caption = `${noun.plural[0]?.toUpperCase() ?? ''}${noun.plural.slice(1)}, ${items.length} of ${count}`;
  return (
    <div className="space-y-6">
      <div
        id={RESULTS_ID}
        className="transition-opacity duration-200 group-data-[pending]/list:opacity-55 motion-reduce:transition-none"
      >
        {mode === 'list' && columns ? (
          <ResultsTable items={items} columns={columns} caption={caption} getKey={getKey} />
        ) : (
          <ul
            role="list"
            className={`grid gap-4 sm:grid-cols-2 ${mode === 'detailed' ? '' : '2xl:grid-cols-3'}`}
          >
            {items.map((item, index) => (
              <li key={getKey(item)} data-result className="flex">
                {renderCard(item, { detailed: mode === 'detailed', index })}
              </li>
            ))}
          </ul>
        )}
      </div>

      <LoadMore
        resultsId={RESULTS_ID}
        route={route}
        base={base}
        defaults={defaults}
        offset={offset}
        limit={limit}
        max={MAX_LIMIT}
        more={more}
      />

      <div data-list-scroll>
        <Pagination
          total={count}
          limit={limit}
          offset={offset}
          hrefFor={(o) =>
            createListUrl(route, base, { offset: String(o), limit: String(limit) }, defaults)
          }
        />
      </div>
    </div>
  );
}
