'use client';

import { ListResults, type ListResultsIslandProps } from '@/components/list/list-results';
import { toDockingEventSummary } from '@/lib/domain/docking-event';
import { DockingEventCard } from './docking-event-card';

export function DockingEventResults(props: ListResultsIslandProps) {
  return (
    <ListResults
      {...props}
      toItem={toDockingEventSummary}
      getKey={(d) => d.id}
      renderCard={(d, { detailed, index }) => (
        <DockingEventCard docking={d} detailed={detailed} priority={index < 2} />
      )}
    />
  );
}
