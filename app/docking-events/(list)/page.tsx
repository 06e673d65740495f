import type { Metadata } from 'next';
import { DockingEventResults } from '@/components/docking-event/docking-event-results';
import { DockingTimelineView } from '@/components/docking-event/docking-timeline-view';
import { ViewTabs } from '@/components/list/view-tabs';
import { createListUrl } from '@/lib/url/list-url';
import { ListPage } from '@/components/list/list-page';
import { toDockingEventSummary } from '@/lib/domain/docking-event';
import type { ListRequest, ListSearchParams } from '@/lib/list/load';
import { listMetadata } from '@/lib/list/metadata';

/**
 * `view` belongs to the page, not to LL2: `view=timeline` shows the same query as a docking
 * timeline. It is kept in every link and in the filter form.
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
      tabs={(state) => {
        const timeline = state.values.get('view')?.at(-1) === 'timeline';
        const href = (view: string | null) => createListUrl(request.route, state.base, { view, offset: null }, state.defaults);
        return (
          <ViewTabs
            label="Docking log views"
            tabs={[
              { label: 'List', href: href(null), current: !timeline },
              { label: 'Timeline', href: href('timeline'), current: timeline },
            ]}
          />
        );
      }}
      alternate={(state) =>
        state.values.get('view')?.at(-1) === 'timeline' ? <DockingTimelineView state={state} /> : null
      }
    />
  );
}
