import { Facts } from '@/components/detail/facts';
import { CountdownPanel } from '@/components/detail/countdown-panel';
import { LocalTime } from '@/components/time/local-time';
import { Card } from '@/components/ui/card';
import { precisionPhrase } from '@/lib/domain/detail-shared';
import type { EventDetail } from '@/lib/domain/event-detail';

/** Date at LL2's precision, a live countdown when it is upcoming and timed, duration and place. */
export function EventWhen({ event }: { event: EventDetail }) {
  const { date } = event;
  const phrase = date ? precisionPhrase(date) : null;
  return (
    <Card>
      {event.countdown && date ? (
        <CountdownPanel iso={date.iso} label={`Countdown to ${event.name}`} />
      ) : null}
      <Facts
        facts={[
          {
            label: 'Date',
            value: date ? (
              <LocalTime iso={date.iso} precision={date.precision} />
            ) : (
              'To be determined'
            ),
          },
          { label: 'Precision', value: phrase ? `Known to the ${phrase}` : null },
          { label: 'Duration', value: event.duration?.text },
          { label: 'Location', value: event.location },
          { label: 'Type', value: event.type },
          {
            label: 'Last updated',
            value: event.lastUpdated ? <LocalTime iso={event.lastUpdated.iso} /> : null,
          },
        ]}
      />
    </Card>
  );
}
