import { Blurb, CardImage, CardTitle, Facts } from '@/components/list/card-parts';
import { LocalTime } from '@/components/time/local-time';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
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
    <Card as="article" padding="none" interactive className="flex w-full flex-col overflow-hidden">
      <CardImage image={event.image} fallbackAlt={event.name} icon="event" />
      <div className="flex flex-1 flex-col gap-3 p-4">
        <div className="flex flex-wrap items-center gap-2">
          {event.type ? <Badge tone="info">{event.type}</Badge> : null}
          {event.webcastLive ? (
            <Badge tone="failure" dot>
              Live
            </Badge>
          ) : null}
        </div>
        <CardTitle href={event.href}>{event.name}</CardTitle>
        <p className="text-ink text-sm">
          <LocalTime
            iso={event.date}
            precision={event.datePrecision}
            fallback="Date to be announced"
          />
        </p>
        <Facts
          items={[
            ['Where', event.location],
            ...(detailed
              ? ([
                  ['Agencies', event.agencies.length > 0 ? event.agencies.join(', ') : null],
                  ['Launches', event.launches.length > 0 ? event.launches.join(', ') : null],
                  ['Programs', event.programs.length > 0 ? event.programs.join(', ') : null],
                  ['Videos', event.videoCount > 0 ? String(event.videoCount) : null],
                ] as [string, React.ReactNode][])
              : []),
          ]}
        />
        {detailed ? <Blurb text={event.description} /> : null}
      </div>
    </Card>
  );
}
