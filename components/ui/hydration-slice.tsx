import { Suspense, type ReactNode } from 'react';

/**
 * Content that is complete in the server's HTML, hydrated by React in a pass of its own. React
 * hydrates a page's root in one blocking task; a finished Suspense boundary is left for later and
 * hydrated in time-sliced work that yields to the browser every few milliseconds. Splitting a
 * page into a few of these keeps hydration from blocking input (Total Blocking Time). Whatever
 * suspends inside on the server streams in after the shell instead of holding it.
 *
 * Not TanStack Query's `HydrationBoundary` (which hands a dehydrated query cache to the client):
 * this one only marks a slice of the page for React to hydrate on its own.
 */
export function HydrationSlice({ children }: { children: ReactNode }) {
  return <Suspense>{children}</Suspense>;
}
