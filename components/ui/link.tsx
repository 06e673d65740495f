'use client';

import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

type LinkProps = ComponentProps<typeof NextLink>;

/**
 * `next/link` that prefetches on intent (pointer over it, focus, touch) instead of as soon as it
 * scrolls into view. A page here shows dozens of links; viewport prefetching sent a request for
 * each (an RSC render on the server, which the response cache cannot answer) and parsed every
 * answer on the main thread while the page was still starting up. Intent comes 100-300 ms
 * before the click, enough for a page the cache answers in milliseconds. `prefetch={false}`
 * still means never; `prefetch={true}` keeps Next's eager behaviour.
 */
export function Link({ prefetch, href, onMouseEnter, onFocus, onTouchStart, ...props }: LinkProps) {
  const router = useRouter();
  if (prefetch === true)
    return (
      <NextLink href={href} prefetch {...{ onMouseEnter, onFocus, onTouchStart }} {...props} />
    );
  const target = typeof href === 'string' ? href : null;
  const onIntent =
    prefetch !== false && target?.startsWith('/') ? () => router.prefetch(target) : null;
  return (
    <NextLink
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        onIntent?.();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        onIntent?.();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        onIntent?.();
        onTouchStart?.(event);
      }}
      {...props}
    />
  );
}
