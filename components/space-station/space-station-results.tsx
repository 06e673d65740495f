import { ListResults, type ListResultsData } from '@/components/list/list-results';
import type { SpaceStationSummary } from '@/lib/domain/space-station';
import { SpaceStationCard } from './space-station-card';

export function SpaceStationResults(props: ListResultsData<SpaceStationSummary>) {
  return (
    <ListResults
      {...props}
      getKey={(s) => s.id}
      renderCard={(s, { detailed }) => <SpaceStationCard station={s} detailed={detailed} />}
    />
  );
}
