'use client';

import { ListResults, type ListResultsIslandProps } from '@/components/list/list-results';
import { toLaunchSummary } from '@/lib/domain/launch';
import { LaunchCard } from './launch-card';
import { launchColumns } from './launch-columns';

export function LaunchResults(props: ListResultsIslandProps) {
  return (
    <ListResults
      {...props}
      toItem={toLaunchSummary}
      getKey={(l) => l.id}
      renderCard={(l, { detailed, index }) => (
        <LaunchCard launch={l} detailed={detailed} priority={index < 2} />
      )}
      columns={launchColumns}
    />
  );
}
