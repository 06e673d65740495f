import type { Metadata } from 'next';
import { SpacecraftResults } from '@/components/spacecraft/spacecraft-results';
import { ListPage } from '@/components/list/list-page';
import { toSpacecraftSummary } from '@/lib/domain/spacecraft';
import type { ListRequest, ListSearchParams } from '@/lib/list/load';
import { listMetadata } from '@/lib/list/metadata';

const request: ListRequest = { key: 'spacecraft', route: '/spacecraft' };
const TITLE = 'Spacecraft';
const ABOUT =
  'Capsules, cargo ships and spaceplanes: their status, configuration, flights and time in space.';

type Props = { searchParams: Promise<ListSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return listMetadata(request, await searchParams, TITLE, ABOUT);
}

export default async function SpacecraftPage({ searchParams }: Props) {
  return (
    <ListPage
      request={request}
      binding={{ toItem: toSpacecraftSummary, Results: SpacecraftResults }}
      searchParams={await searchParams}
      title={TITLE}
      description={ABOUT}
    />
  );
}
