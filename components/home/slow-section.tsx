import { Suspense } from 'react';
import { DetailSection } from '@/components/detail/section';
import { Notice } from '@/components/ui/notice';
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

/** Stands in for a section whose live data could not be fetched, so the rest of the page shows. */
export function SectionUnavailable({ title }: { title: string }) {
  return (
    <DetailSection title={title}>
      <Notice tone="warning">
        Launch Library 2 did not answer in time, so this section is missing. Try again in a few
        minutes.
      </Notice>
    </DetailSection>
  );
}
