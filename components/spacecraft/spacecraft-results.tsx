'use client';

import { ListResults, type ListResultsIslandProps } from '@/components/list/list-results';
import { toSpacecraftSummary } from '@/lib/domain/spacecraft';
import { SpacecraftCard } from './spacecraft-card';

export function SpacecraftResults(props: ListResultsIslandProps) {
  return (
    <ListResults
      {...props}
      toItem={toSpacecraftSummary}
      getKey={(s) => s.id}
      renderCard={(s, { detailed, index }) => (
        <SpacecraftCard craft={s} detailed={detailed} priority={index < 2} />
      )}
    />
  );
}
