import { ListResults, type ListResultsData } from '@/components/list/list-results';
import type { BoosterSummary } from '@/lib/domain/booster';
import { BoosterCard } from './booster-card';
import { boosterColumns } from './booster-columns';

export function BoosterResults(props: ListResultsData<BoosterSummary>) {
  return (
    <ListResults
      {...props}
      getKey={(b) => b.id}
      renderCard={(b, { detailed }) => <BoosterCard booster={b} detailed={detailed} />}
      columns={boosterColumns}
    />
  );
}
