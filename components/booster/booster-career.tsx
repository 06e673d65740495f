import { DetailSection } from '@/components/detail/section';
import { StreamedSection } from '@/components/detail/streamed-section';
import { ViewAllLink } from '@/components/detail/view-all-link';
import type { BoosterFlight } from '@/lib/domain/booster-detail';
import { BoosterFlights } from './booster-flights';

/** Its flights, streamed in after the record behind a skeleton of their own. */
export function BoosterCareer({
  flights,
  launchesHref,
}: {
  flights: Promise<BoosterFlight[]>;
  launchesHref: string | null;
}) {
  return (
    <StreamedSection
      data={flights}
      title="Flights"
      unavailable="We couldn’t load its flights just now. Reload the page to try again."
    >
      {(list) =>
        list.length === 0 ? (
          <DetailSection title="Flights">
            <p className="text-ink-muted">
              None of the launches in this index names this booster yet. Its flights appear here
              once detailed launch records are synced from Launch Library 2 (
              <code className="font-mono">npm run sync</code>).
            </p>
          </DetailSection>
        ) : (
          <DetailSection
            title="Flights"
            description={`${list.length} in this index, oldest first, with the time since each previous flight.`}
            action={
              launchesHref ? (
                <ViewAllLink href={launchesHref}>On the launch list</ViewAllLink>
              ) : null
            }
          >
            <BoosterFlights flights={list} />
          </DetailSection>
        )
      }
    </StreamedSection>
  );
}
