import { ListResults, type ListResultsData } from '@/components/list/list-results';
import type { LaunchSummary } from '@/lib/domain/launch';
import { LaunchCard } from './launch-card';
import { launchColumns } from './launch-columns';

export function LaunchResults(props: ListResultsData<LaunchSummary>) {
  return (
    <ListResults
      {...props}
      getKey={(l) => l.id}
      renderCard={(l, { detailed }) => <LaunchCard launch={l} detailed={detailed} />}
      columns={launchColumns}
    />
  );
}
