'use client';

import { useRouter } from 'next/navigation';
import { createContext, use, useCallback, useMemo, useTransition } from 'react';

interface ListNavigationValue {
  isPending: boolean;
  /** Navigates inside a transition, so the list dims (data-pending) until the new page is ready. */
  navigate: (href: string, options?: { replace?: boolean; scroll?: boolean }) => void;
}

const ListNavigationContext = createContext<ListNavigationValue>({
  isPending: false,
  navigate: (href) => window.location.assign(href),
});

export function useListNavigation(): ListNavigationValue {
  return use(ListNavigationContext);
}

function sameListLink(event: React.MouseEvent, anchor: HTMLAnchorElement): boolean {
  if (event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return false;
  if (anchor.closest('[data-no-intercept]')) return false;
  const url = new URL(anchor.href, window.location.href);
  return url.origin === window.location.origin && url.pathname === window.location.pathname;
}

/**
 * Wraps a list page. Links that stay on the list (paging, chips, histogram bars, ordering, mode)
 * are followed inside one transition, so the whole list can show it is loading via
 * `data-pending`; without JavaScript they are ordinary links.
 */
export function ListNavigation({
  className = '',
  children,
}: {
  className?: string;
  children: React.ReactNode;
}) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();

  const navigate = useCallback<ListNavigationValue['navigate']>(
    (href, { replace = false, scroll = false } = {}) => {
      startTransition(() => {
        if (replace) router.replace(href, { scroll });
        else router.push(href, { scroll });
      });
    },
    [router],
  );

  const onClickCapture = (event: React.MouseEvent<HTMLDivElement>) => {
    const anchor = (event.target as Element).closest?.('a[href]');
    if (!(anchor instanceof HTMLAnchorElement) || !sameListLink(event, anchor)) return;
    // Stops next/link's own handler too: it skips clicks that are already default-prevented.
    event.preventDefault();
    const href = anchor.getAttribute('href') ?? anchor.href;
    navigate(href, { scroll: anchor.closest('[data-list-scroll]') !== null });
  };

  const value = useMemo(() => ({ isPending, navigate }), [isPending, navigate]);
  return (
    <ListNavigationContext value={value}>
      <div
        className={`group/list ${className}`}
        data-pending={isPending ? '' : undefined}
        aria-busy={isPending || undefined}
        onClickCapture={onClickCapture}
      >
        {isPending ? (
          <div
            aria-hidden="true"
            className="bg-accent-soft fixed inset-x-0 top-0 z-50 h-0.5 overflow-hidden"
          >
            <div className="bg-accent h-full w-1/3 animate-pulse" />
          </div>
        ) : null}
        <p role="status" className="sr-only">
          {isPending ? 'Loading results…' : ''}
        </p>
        {children}
      </div>
    </ListNavigationContext>
  );
}
