import { LocalTime } from '@/components/time/local-time';
import { dataOrigin } from '@/lib/data';
import type { DataOrigin } from '@/lib/data/source';

/**
 * How current the data is, as a reader can trust it. A saved snapshot is dated by its newest
 * record (its load time says nothing about its age). No closing full stop; callers place it.
 */
export function DataStatus({ asOf, origin }: { asOf: string; origin: DataOrigin }) {
  const time = <LocalTime iso={asOf} precision="Minute" relative={false} />;
  switch (origin) {
    case 'snapshot':
      return (
        <>
          From a saved snapshot of The Space Devs’ Launch Library 2 whose newest record is from{' '}
          <LocalTime iso={asOf} precision="Day" relative={false} />, not synced since
        </>
      );
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
