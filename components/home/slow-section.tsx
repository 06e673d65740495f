import { Suspense } from 'react';
import { SectionUnavailable } from '@/components/detail/section-unavailable';
import { getDataSource } from '@/lib/data';

/**
 * Streams `children` behind `fallback` only when the data comes from LL2 itself (live mode),
 * where a section can take seconds. The embedded store answers in milliseconds, and a page that
 * is not streamed also works without JavaScript: streamed sections need a script to appear.
 */
export function SlowSection({
  fallback,
  children,
}: {
  fallback: React.ReactNode;
  children: React.ReactNode;
}) {
  if (getDataSource().kind !== 'live') return children;
  return <Suspense fallback={fallback}>{children}</Suspense>;
}

/** Stands in for a home section whose live data could not be fetched, so the rest shows. */
export function LiveSectionUnavailable({ title }: { title: string }) {
  return (
    <SectionUnavailable title={title}>
      Launch Library 2 isn’t answering right now, so this section is missing. Try again in a few
      minutes.
    </SectionUnavailable>
  );
}
