'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Pagination } from '@/components/ui/pagination';
import { listInfiniteOptions, MAX_LIMIT, type ListQuerySpec } from '@/lib/list/query-options';
import type { Mode, WireRecord } from '@/lib/resources/types';
import { createListUrl, type ParamDefaults, type ParamPair } from '@/lib/url/list-url';
import { secondaryButtonClass } from './control-styles';
import { ResultsTable, type Column } from './results-table';

/** What the server passes to a resource's results island; all serialisable. */
export interface ListResultsIslandProps {
  spec: ListQuerySpec;
  route: string;
  /** Canonical parameters links are built from. */
  base: ParamPair[];
  defaults: ParamDefaults;
  mode: Mode;
  noun: { singular: string; plural: string };
}

export interface ListResultsProps<T> extends ListResultsIslandProps {
  toItem: (record: WireRecord) => T;
  getKey: (item: T) => string | number;
  renderCard: (item: T, options: { detailed: boolean; index: number }) => React.ReactNode;
  /** The `mode=list` table; without it the list mode shows cards too. */
  columns?: Column<T>[];
}

/**
 * The results of a list page: the first page comes hydrated from the server render; "Load more"
 * appends the next pages from the LL2-compatible API and rewrites `limit` in the address so the
 * longer list can be shared. Without JavaScript, "Load more" is a link to that same address and
 * the page links work as usual.
 */
export function ListResults<T>({
  spec,
  route,
  base,
  defaults,
  mode,
  noun,
  toItem,
  getKey,
  renderCard,
  columns,
}: ListResultsProps<T>) {
  const query = useInfiniteQuery(listInfiniteOptions(spec, toItem));
  const pages = query.data?.pages ?? [];
  const items = pages.flatMap((p) => p.items);
  const count = pages[0]?.count ?? 0;
  const shown = items.length;
  const limit = Math.max(spec.limit, Math.min(shown, MAX_LIMIT));
  const step = Math.min(spec.limit, MAX_LIMIT - shown);
  const loadedExtra = pages.length > 1;

  useEffect(() => {
    if (!loadedExtra) return;
    const href = createListUrl(
      route,
      base,
      { limit: String(limit), offset: String(spec.offset) },
      defaults,
    );
    // Next.js keeps its router in step with history.replaceState, without a server round trip.
    window.history.replaceState(null, '', href);
  }, [loadedExtra, limit, route, base, defaults, spec.offset]);

  const firstNew = useRef<number | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Move focus to the first appended result so keyboard users continue where they were.
    if (firstNew.current === null || query.isFetchingNextPage) return;
    const row = listRef.current?.querySelectorAll('[data-result]')[firstNew.current];
    const target = row?.querySelector<HTMLElement>('a[href]');
    firstNew.current = null;
    target?.focus();
  }, [shown, query.isFetchingNextPage]);

  const loadMoreHref = createListUrl(
    route,
    base,
    { limit: String(Math.min(shown + step, MAX_LIMIT)), offset: String(spec.offset) },
    defaults,
  );
  const onLoadMore = (event: React.MouseEvent) => {
    event.preventDefault();
    firstNew.current = shown;
    void query.fetchNextPage();
  };

  const caption = `${noun.plural[0]?.toUpperCase() ?? ''}${noun.plural.slice(1)}, ${shown} of ${count}`;
  return (
    <div className="space-y-6">
      <div
        ref={listRef}
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

      {query.hasNextPage ? (
        <div className="flex flex-col items-center gap-2" data-no-intercept>
          <a
            href={loadMoreHref}
            onClick={onLoadMore}
            aria-disabled={query.isFetchingNextPage || undefined}
            className={`${secondaryButtonClass} min-w-44 aria-disabled:pointer-events-none aria-disabled:opacity-70`}
          >
            {query.isFetchingNextPage ? 'Loading…' : `Load ${step} more`}
          </a>
          {query.isFetchNextPageError ? (
            <p role="alert" className="text-failure-ink text-sm">
              Couldn’t load more {noun.plural}. Try again, or use the page links.
            </p>
          ) : null}
        </div>
      ) : null}

      <div data-list-scroll>
        <Pagination
          total={count}
          limit={limit}
          offset={spec.offset}
          hrefFor={(offset) =>
            createListUrl(route, base, { offset: String(offset), limit: String(limit) }, defaults)
          }
        />
      </div>
    </div>
  );
}
