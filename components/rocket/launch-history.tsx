import { Suspense } from 'react';
import { ListSkeleton } from '@/components/detail/detail-skeleton';
import { DetailSection } from '@/components/detail/section';
import { SectionUnavailable } from '@/components/detail/section-unavailable';
import { ViewAllLink } from '@/components/detail/view-all-link';
import type { YearOutcomes } from '@/lib/data/launch-outcomes';
import { LaunchesByYear } from './launches-by-year';

interface Props {
  name: string;
  /** Started by the page; rejects when the counts could not be read. */
  years: Promise<YearOutcomes[]>;
  launchesHref: string;
}

/** Launches per year by outcome, streamed in after the record behind a skeleton of its own. */
export function LaunchHistory(props: Props) {
  return (
    <Suspense fallback={<ListSkeleton rows={2} />}>
      <LaunchHistoryBody {...props} />
    </Suspense>
  );
}

async function LaunchHistoryBody({ name, years, launchesHref }: Props) {
  const rows = await years.catch((error: unknown) => {
    console.error('Launches per year failed to load', error);
    return null;
  });
  if (rows === null) {
    return (
      <SectionUnavailable title="Launches per year">
        We couldn’t count the launches just now. Reload the page to try again.
      </SectionUnavailable>
    );
  }
  if (rows.length === 0) return null;
  return (
    <DetailSection
      title="Launches per year"
      description="Each bar split by outcome, from the launches in this index."
      action={<ViewAllLink href={launchesHref}>Browse them</ViewAllLink>}
    >
      <LaunchesByYear name={name} years={rows} />
    </DetailSection>
  );
}
