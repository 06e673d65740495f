import { ListResults, type ListResultsData } from '@/components/list/list-results';
import type { RocketSummary } from '@/lib/domain/rocket';
import { RocketCard } from './rocket-card';
import { rocketColumns } from './rocket-columns';

export function RocketResults(props: ListResultsData<RocketSummary>) {
  return (
    <ListResults
      {...props}
      getKey={(r) => r.id}
      renderCard={(r, { detailed }) => <RocketCard rocket={r} detailed={detailed} />}
      columns={rocketColumns}
    />
  );
}
