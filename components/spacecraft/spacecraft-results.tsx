import { ListResults, type ListResultsData } from '@/components/list/list-results';
import type { SpacecraftSummary } from '@/lib/domain/spacecraft';
import { SpacecraftCard } from './spacecraft-card';

export function SpacecraftResults(props: ListResultsData<SpacecraftSummary>) {
  return (
    <ListResults
      {...props}
      getKey={(s) => s.id}
      renderCard={(s, { detailed }) => <SpacecraftCard craft={s} detailed={detailed} />}
    />
  );
}
