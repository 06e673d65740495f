import { ListResults, type ListResultsData } from '@/components/list/list-results';
import type { ProgramSummary } from '@/lib/domain/program';
import { ProgramCard } from './program-card';
import { programColumns } from './program-columns';

export function ProgramResults(props: ListResultsData<ProgramSummary>) {
  return (
    <ListResults
      {...props}
      getKey={(p) => p.id}
      renderCard={(p) => <ProgramCard program={p} />}
      columns={programColumns}
    />
  );
}
