import type { Metadata } from 'next';
import { SpaceStationResults } from '@/components/space-station/space-station-results';
import { ListPage } from '@/components/list/list-page';
import { toSpaceStationSummary } from '@/lib/domain/space-station';
import type { ListRequest, ListSearchParams } from '@/lib/list/load';
import { listMetadata } from '@/lib/list/metadata';

const request: ListRequest = { key: 'space_stations', route: '/space-stations' };
const TITLE = 'Space stations';
const ABOUT = 'Crewed outposts in orbit, past and present: owners, crews and visiting vehicles.';

type Props = { searchParams: Promise<ListSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return listMetadata(request, await searchParams, TITLE, ABOUT);
}

export default async function SpaceStationsPage({ searchParams }: Props) {
  return (
    <ListPage
      request={request}
      binding={{ toItem: toSpaceStationSummary, Results: SpaceStationResults }}
      searchParams={await searchParams}
      title={TITLE}
      description={ABOUT}
    />
  );
}
