import type { Metadata } from 'next';
import { DockingEventResults } from '@/components/docking-event/docking-event-results';
import { ListPage } from '@/components/list/list-page';
import { toDockingEventSummary } from '@/lib/domain/docking-event';
import type { ListRequest, ListSearchParams } from '@/lib/list/load';
import { listMetadata } from '@/lib/list/metadata';

/**
 * `view` belongs to the page, not to LL2: `view=timeline` will show the docking timeline for the
 * same query. It is kept in every link and in the filter form; to wire it, pass
 * `alternate={(state) => state.values.get('view')?.at(-1) === 'timeline' ? <Timeline … /> : null}`.
 */
const request: ListRequest = {
  key: 'docking_events',
  route: '/docking-events',
  pageParams: ['view'],
};
const TITLE = 'Docking events';
const ABOUT =
  'Spacecraft arriving at and leaving space stations: who docked where, when, and for how long.';

type Props = { searchParams: Promise<ListSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return listMetadata(request, await searchParams, TITLE, ABOUT);
}

export default async function DockingEventsPage({ searchParams }: Props) {
  return (
    <ListPage
      request={request}
      binding={{ toItem: toDockingEventSummary, Results: DockingEventResults }}
      searchParams={await searchParams}
      title={TITLE}
      description={ABOUT}
    />
  );
}
