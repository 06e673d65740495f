'use client';

import { ListResults, type ListResultsIslandProps } from '@/components/list/list-results';
import { toLocationSummary } from '@/lib/domain/location';
import { LocationCard } from './location-card';

export function LocationResults(props: ListResultsIslandProps) {
  return (
    <ListResults
      {...props}
      toItem={toLocationSummary}
      getKey={(l) => l.id}
      renderCard={(l, { detailed, index }) => (
        <LocationCard location={l} detailed={detailed} priority={index < 2} />
      )}
    />
  );
}
