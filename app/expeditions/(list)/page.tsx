import type { Metadata } from 'next';
import { ExpeditionResults } from '@/components/expedition/expedition-results';
import { ListPage } from '@/components/list/list-page';
import { toExpeditionSummary } from '@/lib/domain/expedition';
import type { ListRequest, ListSearchParams } from '@/lib/list/load';
import { listMetadata } from '@/lib/list/metadata';

const request: ListRequest = { key: 'expeditions', route: '/expeditions' };
const TITLE = 'Expeditions';
const ABOUT =
  'Space station crews: who was aboard the ISS, Tiangong and earlier stations, and when.';

type Props = { searchParams: Promise<ListSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return listMetadata(request, await searchParams, TITLE, ABOUT);
}

export default async function ExpeditionsPage({ searchParams }: Props) {
  return (
    <ListPage
      request={request}
      binding={{ toItem: toExpeditionSummary, Results: ExpeditionResults }}
      searchParams={await searchParams}
      title={TITLE}
      description={ABOUT}
      emptyHint={
        <>
          Expeditions come from Launch Library 2’s expeditions endpoint, which the saved snapshot
          does not include. Run <code className="font-mono">npm run sync</code> (or{' '}
          <code className="font-mono">npm run sync -- --resource expeditions</code>) to fetch them.
        </>
      }
    />
  );
}
