import { ListResults, type ListResultsData } from '@/components/list/list-results';
import type { AstronautSummary } from '@/lib/domain/astronaut';
import { AstronautCard } from './astronaut-card';
import { astronautColumns } from './astronaut-columns';

export function AstronautResults(props: ListResultsData<AstronautSummary>) {
  return (
    <ListResults
      {...props}
      getKey={(a) => a.id}
      renderCard={(a, { detailed }) => <AstronautCard astronaut={a} detailed={detailed} />}
      columns={astronautColumns}
    />
  );
}
