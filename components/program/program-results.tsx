'use client';

import { ListResults, type ListResultsIslandProps } from '@/components/list/list-results';
import { toProgramSummary } from '@/lib/domain/program';
import { ProgramCard } from './program-card';
import { programColumns } from './program-columns';

export function ProgramResults(props: ListResultsIslandProps) {
  return (
    <ListResults
      {...props}
      toItem={toProgramSummary}
      getKey={(p) => p.id}
      renderCard={(p, { index }) => <ProgramCard program={p} priority={index < 2} />}
      columns={programColumns}
    />
  );
}
