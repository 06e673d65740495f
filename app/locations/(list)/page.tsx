import type { Metadata } from 'next';
import { LocationResults } from '@/components/location/location-results';
import { ListPage } from '@/components/list/list-page';
import { toLocationSummary } from '@/lib/domain/location';
import type { ListRequest, ListSearchParams } from '@/lib/list/load';
import { listMetadata } from '@/lib/list/metadata';

const request: ListRequest = { key: 'locations', route: '/locations' };
const TITLE = 'Launch sites';
const ABOUT = 'Spaceports and launch sites around the world, with their launch and landing counts.';

type Props = { searchParams: Promise<ListSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return listMetadata(request, await searchParams, TITLE, ABOUT);
}

export default async function LaunchSitesPage({ searchParams }: Props) {
  return (
    <ListPage
      request={request}
      binding={{ toItem: toLocationSummary, Results: LocationResults }}
      searchParams={await searchParams}
      title={TITLE}
      description={ABOUT}
    />
  );
}
