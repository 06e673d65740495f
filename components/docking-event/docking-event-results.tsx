import { ListResults, type ListResultsData } from '@/components/list/list-results';
import type { DockingEventSummary } from '@/lib/domain/docking-event';
import { DockingEventCard } from './docking-event-card';

export function DockingEventResults(props: ListResultsData<DockingEventSummary>) {
  return (
    <ListResults
      {...props}
      getKey={(d) => d.id}
      renderCard={(d, { detailed }) => <DockingEventCard docking={d} detailed={detailed} />}
    />
  );
}
