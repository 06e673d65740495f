import { Suspense, type ReactNode } from 'react';
import { ListSkeleton } from './detail-skeleton';
import { SectionUnavailable } from './section-unavailable';

export interface StreamedSectionProps<T> {
  /** Started by the page, so it loads while the record renders. */
  data: Promise<T>;
  /** The section's heading, also on the notice that stands in when `data` rejects. */
  title: string;
  /** What that notice says. */
  unavailable: ReactNode;
  skeletonRows?: number;
  /** The section for the loaded data, or null to leave it out. */
  children: (value: T) => ReactNode;
}

/**
 * A detail-page section that streams in after the record behind a skeleton of its own; if its
 * data fails, a notice stands in for it and the rest of the page still shows.
 */
export function StreamedSection<T>({ skeletonRows, ...props }: StreamedSectionProps<T>) {
  return (
    <Suspense fallback={<ListSkeleton rows={skeletonRows} />}>
      <StreamedSectionBody {...props} />
    </Suspense>
  );
}

async function StreamedSectionBody<T>({
  data,
  title,
  unavailable,
  children,
}: Omit<StreamedSectionProps<T>, 'skeletonRows'>) {
  const loaded = await data.then(
    (value) => ({ value }),
    (error: unknown) => {
      console.error(`${title} failed to load`, error);
      return null;
    },
  );
  if (loaded === null) return <SectionUnavailable title={title}>{unavailable}</SectionUnavailable>;
  return children(loaded.value);
}
