'use client';

import { ListResults, type ListResultsIslandProps } from '@/components/list/list-results';
import { toEventSummary } from '@/lib/domain/event';
import { EventCard } from './event-card';
import { eventColumns } from './event-columns';

export function EventResults(props: ListResultsIslandProps) {
  return (
    <ListResults
      {...props}
      toItem={toEventSummary}
      getKey={(e) => e.id}
      renderCard={(e, { detailed, index }) => (
        <EventCard event={e} detailed={detailed} priority={index < 2} />
      )}
      columns={eventColumns}
    />
  );
}
