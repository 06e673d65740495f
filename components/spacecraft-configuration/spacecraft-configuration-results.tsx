'use client';

import { ListResults, type ListResultsIslandProps } from '@/components/list/list-results';
import { toSpacecraftConfigurationSummary } from '@/lib/domain/spacecraft-configuration';
import { SpacecraftConfigurationCard } from './spacecraft-configuration-card';

export function SpacecraftConfigurationResults(props: ListResultsIslandProps) {
  return (
    <ListResults
      {...props}
      toItem={toSpacecraftConfigurationSummary}
      getKey={(c) => c.id}
      renderCard={(c, { detailed, index }) => (
        <SpacecraftConfigurationCard config={c} detailed={detailed} priority={index < 2} />
      )}
    />
  );
}
