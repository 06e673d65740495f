import type { Metadata } from 'next';
import { AstronautResults } from '@/components/astronaut/astronaut-results';
import { ListPage } from '@/components/list/list-page';
import { toAstronautSummary } from '@/lib/domain/astronaut';
import type { ListRequest, ListSearchParams } from '@/lib/list/load';
import { listMetadata } from '@/lib/list/metadata';

const request: ListRequest = { key: 'astronauts', route: '/astronauts' };
const TITLE = 'Astronauts';
const ABOUT =
  'Everyone who has flown to space or trained to: astronauts, cosmonauts, taikonauts and space tourists, with their flights and time in space.';

type Props = { searchParams: Promise<ListSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return listMetadata(request, await searchParams, TITLE, ABOUT);
}

export default async function AstronautsPage({ searchParams }: Props) {
  return (
    <ListPage
      request={request}
      binding={{ toItem: toAstronautSummary, Results: AstronautResults }}
      searchParams={await searchParams}
      title={TITLE}
      description={ABOUT}
    />
  );
}
