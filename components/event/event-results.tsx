import { ListResults, type ListResultsData } from '@/components/list/list-results';
import type { EventSummary } from '@/lib/domain/event';
import { EventCard } from './event-card';
import { eventColumns } from './event-columns';

export function EventResults(props: ListResultsData<EventSummary>) {
  return (
    <ListResults
      {...props}
      getKey={(e) => e.id}
      renderCard={(e, { detailed }) => <EventCard event={e} detailed={detailed} />}
      columns={eventColumns}
    />
  );
}
