import type { Metadata } from 'next';
import { EventResults } from '@/components/event/event-results';
import { ListPage } from '@/components/list/list-page';
import { toEventSummary } from '@/lib/domain/event';
import type { ListRequest, ListSearchParams } from '@/lib/list/load';
import { listMetadata } from '@/lib/list/metadata';

const request: ListRequest = { key: 'events', route: '/events' };
const TITLE = 'Events';
const ABOUT = 'Spacewalks, dockings, landings, press events and more, with their dates and places.';

type Props = { searchParams: Promise<ListSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return listMetadata(request, await searchParams, TITLE, ABOUT);
}

export default async function EventsPage({ searchParams }: Props) {
  return (
    <ListPage
      request={request}
      binding={{ toItem: toEventSummary, Results: EventResults }}
      searchParams={await searchParams}
      title={TITLE}
      description={ABOUT}
    />
  );
}
