import { DetailSection } from '@/components/detail/section';
import { StreamedSection } from '@/components/detail/streamed-section';
import { ViewAllLink } from '@/components/detail/view-all-link';
import type { YearOutcomes } from '@/lib/data/launch-outcomes';
import { LaunchesByYear } from './launches-by-year';

/** Launches per year by outcome, streamed in after the record behind a skeleton of its own. */
export function LaunchHistory({
  name,
  years,
  launchesHref,
}: {
  name: string;
  /** Started by the page; rejects when the counts could not be read. */
  years: Promise<YearOutcomes[]>;
  launchesHref: string;
}) {
  return (
    <StreamedSection
      data={years}
      title="Launches per year"
      unavailable="We couldn’t count the launches just now. Reload the page to try again."
      skeletonRows={2}
    >
      {(rows) =>
        rows.length === 0 ? null : (
          <DetailSection
            title="Launches per year"
            description="Each bar split by outcome, from the launches in this index."
            action={<ViewAllLink href={launchesHref}>Browse them</ViewAllLink>}
          >
            <LaunchesByYear name={name} years={rows} />
          </DetailSection>
        )
      }
    </StreamedSection>
  );
}
