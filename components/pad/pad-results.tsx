'use client';

import { ListResults, type ListResultsIslandProps } from '@/components/list/list-results';
import { toPadSummary } from '@/lib/domain/pad';
import { PadCard } from './pad-card';

export function PadResults(props: ListResultsIslandProps) {
  return (
    <ListResults
      {...props}
      toItem={toPadSummary}
      getKey={(p) => p.id}
      renderCard={(p, { detailed, index }) => (
        <PadCard pad={p} detailed={detailed} priority={index < 2} />
      )}
    />
  );
}
