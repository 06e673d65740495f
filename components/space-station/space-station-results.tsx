'use client';

import { ListResults, type ListResultsIslandProps } from '@/components/list/list-results';
import { toSpaceStationSummary } from '@/lib/domain/space-station';
import { SpaceStationCard } from './space-station-card';

export function SpaceStationResults(props: ListResultsIslandProps) {
  return (
    <ListResults
      {...props}
      toItem={toSpaceStationSummary}
      getKey={(s) => s.id}
      renderCard={(s, { detailed, index }) => (
        <SpaceStationCard station={s} detailed={detailed} priority={index < 2} />
      )}
    />
  );
}
