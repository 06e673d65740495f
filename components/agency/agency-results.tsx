'use client';

import { ListResults, type ListResultsIslandProps } from '@/components/list/list-results';
import { toAgencySummary } from '@/lib/domain/agency';
import { AgencyCard } from './agency-card';
import { agencyColumns } from './agency-columns';

export function AgencyResults(props: ListResultsIslandProps) {
  return (
    <ListResults
      {...props}
      toItem={toAgencySummary}
      getKey={(a) => a.id}
      renderCard={(a, { detailed }) => <AgencyCard agency={a} detailed={detailed} />}
      columns={agencyColumns}
    />
  );
}
