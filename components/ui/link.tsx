'use client';

import NextLink from 'next/link';
import { useState, type ComponentProps, type SyntheticEvent } from 'react';

type LinkProps = ComponentProps<typeof NextLink>;

/**
 * `next/link` that prefetches on intent (pointer over it, focus, touch) instead of as soon as it
 * scrolls into view. A page here shows dozens of links; viewport prefetching sent a request for
 * each (an RSC render on the server, which the response cache cannot answer) and parsed every
 * answer on the main thread while the page was still starting up. Intent comes 100-300 ms
 * before the click, enough for a page the cache answers in milliseconds. An explicit
 * `prefetch` (false: never, true: eager) is passed through as it is.
 */
export function Link({ prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: LinkProps) {
  const [reached, setReached] = useState(false);
  if (prefetch === true || prefetch === false)
    return <NextLink prefetch={prefetch} {...{ onMouseEnter, onFocus, onTouchStart }} {...props} />;
  // Enabling Next's prefetch makes the (visible) link prefetch at once, then on every intent.
  const intent =
    <E extends SyntheticEvent>(handler?: (event: E) => void) =>
    (event: E) => {
      setReached(true);
      handler?.(event);
    };
  return (
    <NextLink
      prefetch={reached ? prefetch : false}
      onMouseEnter={intent(onMouseEnter)}
      onFocus={intent(onFocus)}
      onTouchStart={intent(onTouchStart)}
      {...props}
    />
  );
}
