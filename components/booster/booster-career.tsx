import { Suspense } from 'react';
import { ListSkeleton } from '@/components/detail/detail-skeleton';
import { DetailSection } from '@/components/detail/section';
import { SectionUnavailable } from '@/components/detail/section-unavailable';
import { ViewAllLink } from '@/components/detail/view-all-link';
import type { BoosterFlight } from '@/lib/domain/booster-detail';
import { BoosterFlights } from './booster-flights';

interface Props {
  flights: Promise<BoosterFlight[]>;
  launchesHref: string | null;
}

/** Its flights, streamed in after the record behind a skeleton of their own. */
export function BoosterCareer(props: Props) {
  return (
    <Suspense fallback={<ListSkeleton />}>
      <BoosterCareerBody {...props} />
    </Suspense>
  );
}

async function BoosterCareerBody({ flights, launchesHref }: Props) {
  const list = await flights.catch((error: unknown) => {
    console.error('A booster’s flights failed to load', error);
    return null;
  });
  if (list === null) {
    return (
      <SectionUnavailable title="Flights">
        We couldn’t load its flights just now. Reload the page to try again.
      </SectionUnavailable>
    );
  }
  if (list.length === 0) {
    return (
      <DetailSection title="Flights">
        <p className="text-ink-muted">
          None of the launches in this index names this booster yet. Its flights appear here once
          detailed launch records are synced from Launch Library 2 (
          <code className="font-mono">npm run sync</code>).
        </p>
      </DetailSection>
    );
  }
  return (
    <DetailSection
      title="Flights"
      description={`${list.length} in this index, oldest first, with the time since each previous flight.`}
      action={
        launchesHref ? <ViewAllLink href={launchesHref}>On the launch list</ViewAllLink> : null
      }
    >
      <BoosterFlights flights={list} />
    </DetailSection>
  );
}
