import type { Metadata } from 'next';
import { ListPage } from '@/components/list/list-page';
import { RocketResults } from '@/components/rocket/rocket-results';
import { toRocketSummary } from '@/lib/domain/rocket';
import type { ListRequest, ListSearchParams } from '@/lib/list/load';
import { listMetadata } from '@/lib/list/metadata';

const request: ListRequest = { key: 'launcher_configurations', route: '/rockets' };
const TITLE = 'Rockets';
const ABOUT =
  'Launch vehicles such as Falcon 9, Soyuz and Long March, with their makers, specifications and launch records.';

type Props = { searchParams: Promise<ListSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return listMetadata(request, await searchParams, TITLE, ABOUT);
}

export default async function RocketsPage({ searchParams }: Props) {
  return (
    <ListPage
      request={request}
      binding={{ toItem: toRocketSummary, Results: RocketResults }}
      searchParams={await searchParams}
      title={TITLE}
      description={ABOUT}
    />
  );
}
