import { ListResults, type ListResultsData } from '@/components/list/list-results';
import type { LocationSummary } from '@/lib/domain/location';
import { LocationCard } from './location-card';

export function LocationResults(props: ListResultsData<LocationSummary>) {
  return (
    <ListResults
      {...props}
      getKey={(l) => l.id}
      renderCard={(l, { detailed }) => <LocationCard location={l} detailed={detailed} />}
    />
  );
}
