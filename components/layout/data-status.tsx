import { LocalTime } from '@/components/time/local-time';
import { dataOrigin } from '@/lib/data';
import type { DataOrigin } from '@/lib/data/source';

/**
 * How current the data is, as a reader can trust it: a saved snapshot's load time says nothing
 * about its age, so it is not called "data as of". No closing full stop; callers place it.
 */
export function DataStatus({ asOf, origin }: { asOf: string; origin: DataOrigin }) {
  const time = <LocalTime iso={asOf} precision="Minute" relative={false} />;
  switch (origin) {
    case 'snapshot':
      return <>From a saved snapshot of Launch Library 2, loaded {time} and not synced since</>;
    case 'live':
      return <>Live from Launch Library 2, as of {time}</>;
    case 'synced':
      return <>Data as of {time}</>;
  }
}

/** Under "docked now" lists: on a snapshot, "now" is when the snapshot was taken. */
export async function snapshotCaveat(): Promise<string | null> {
  const origin = await dataOrigin().catch(() => null);
  return origin === 'snapshot'
    ? 'As recorded in the saved snapshot, which has not been synced since: some of these stays may have ended.'
    : null;
}
