import { ListResults, type ListResultsData } from '@/components/list/list-results';
import type { PadSummary } from '@/lib/domain/pad';
import { PadCard } from './pad-card';

export function PadResults(props: ListResultsData<PadSummary>) {
  return (
    <ListResults
      {...props}
      getKey={(p) => p.id}
      renderCard={(p, { detailed }) => <PadCard pad={p} detailed={detailed} />}
    />
  );
}
