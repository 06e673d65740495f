import { CardDate } from '@/components/list/card-parts';
import { ResourceCard } from '@/components/list/resource-card';
import { Badge } from '@/components/ui/badge';
import { listFact } from '@/components/ui/fact-values';
import type { EventSummary } from '@/lib/domain/event';

/** An event in a list: picture, type, date with its precision, place. */
export function EventCard({
  event,
  detailed = false,
}: {
  event: EventSummary;
  detailed?: boolean;
}) {
  return (
    <ResourceCard
      image={{ image: event.image, fallbackAlt: event.name, icon: 'event' }}
      badges={
        <>
          {event.type ? <Badge tone="info">{event.type}</Badge> : null}
          {event.webcastLive ? (
            <Badge tone="failure" dot>
              Live
            </Badge>
          ) : null}
        </>
      }
      href={event.href}
      title={event.name}
      facts={[['Where', event.location]]}
      detailed={detailed}
      more={[
        ['Agencies', listFact(event.agencies)],
        ['Launches', listFact(event.launches)],
        ['Programs', listFact(event.programs)],
        ['Videos', event.videoCount > 0 ? String(event.videoCount) : null],
      ]}
      blurb={event.description}
    >
      <CardDate iso={event.date} precision={event.datePrecision} />
    </ResourceCard>
  );
}
