import { ListResults, type ListResultsData } from '@/components/list/list-results';
import type { AgencySummary } from '@/lib/domain/agency';
import { AgencyCard } from './agency-card';
import { agencyColumns } from './agency-columns';

export function AgencyResults(props: ListResultsData<AgencySummary>) {
  return (
    <ListResults
      {...props}
      getKey={(a) => a.id}
      renderCard={(a, { detailed }) => <AgencyCard agency={a} detailed={detailed} />}
      columns={agencyColumns}
    />
  );
}
