'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { createListUrl, type ParamDefaults, type ParamPair } from '@/lib/url/list-url';
import { secondaryButtonClass } from './control-styles';

export interface LoadMoreProps {
  /** The element holding the results (`[data-result]` rows). */
  resultsId: string;
  route: string;
  base: ParamPair[];
  defaults: ParamDefaults;
  offset: number;
  /** The page's `limit`: how many results are shown. */
  limit: number;
  /** The largest `limit` the list accepts. */
  max: number;
  /** More results follow, within `max`. */
  more: boolean;
}

/**
 * "Load N more": a link to the same list with a larger `limit`, so it works without JavaScript.
 * In the browser it replaces the address in place (the server renders the longer list, the shown
 * results stay where they are), keeps the step the reader's page size gave, and moves focus to
 * the first new result. Stays mounted after the last page to do that.
 */
export function LoadMore({
  resultsId,
  route,
  base,
  defaults,
  offset,
  limit,
  max,
  more,
}: LoadMoreProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // The server only sees the longer `limit`; remember the page size it grew from.
  const [grown, setGrown] = useState<{ href: string; size: number } | null>(null);
  const focusFrom = useRef<number | null>(null);

  const href = (n: number) =>
    createListUrl(route, base, { limit: String(n), offset: String(offset) }, defaults);
  const size = grown !== null && grown.href === href(limit) ? grown.size : limit;
  const step = Math.min(size, max - limit);
  const next = href(limit + step);

  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || pending) return;
    focusFrom.current = null;
    // Keyboard users continue where they were.
    const row = document.getElementById(resultsId)?.querySelectorAll('[data-result]')[from];
    row?.querySelector<HTMLElement>('a[href]')?.focus();
  }, [limit, pending, resultsId]);

  if (!more) return null;

  const onClick = (event: React.MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    if (pending) return;
    focusFrom.current = limit;
    startTransition(() => {
      setGrown({ href: next, size });
      router.replace(next, { scroll: false });
    });
  };

  return (
    <div className="flex flex-col items-center gap-2" data-no-intercept>
      <a
        href={next}
        onClick={onClick}
        aria-disabled={pending || undefined}
        className={`${secondaryButtonClass} min-w-44 aria-disabled:pointer-events-none aria-disabled:opacity-70`}
      >
        {pending ? 'Loading…' : `Load ${step} more`}
      </a>
    </div>
  );
}
