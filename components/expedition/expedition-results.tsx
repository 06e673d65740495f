import { ListResults, type ListResultsData } from '@/components/list/list-results';
import type { ExpeditionSummary } from '@/lib/domain/expedition';
import { ExpeditionCard } from './expedition-card';

export function ExpeditionResults(props: ListResultsData<ExpeditionSummary>) {
  return (
    <ListResults
      {...props}
      getKey={(e) => e.id}
      renderCard={(e) => <ExpeditionCard expedition={e} />}
    />
  );
}
