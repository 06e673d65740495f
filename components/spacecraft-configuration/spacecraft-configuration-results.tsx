import { ListResults, type ListResultsData } from '@/components/list/list-results';
import type { SpacecraftConfigurationSummary } from '@/lib/domain/spacecraft-configuration';
import { SpacecraftConfigurationCard } from './spacecraft-configuration-card';

export function SpacecraftConfigurationResults(
  props: ListResultsData<SpacecraftConfigurationSummary>,
) {
  return (
    <ListResults
      {...props}
      getKey={(c) => c.id}
      renderCard={(c, { detailed }) => (
        <SpacecraftConfigurationCard config={c} detailed={detailed} />
      )}
    />
  );
}
