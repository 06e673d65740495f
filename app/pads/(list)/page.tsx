import type { Metadata } from 'next';
import { PadResults } from '@/components/pad/pad-results';
import { ListPage } from '@/components/list/list-page';
import { toPadSummary } from '@/lib/domain/pad';
import type { ListRequest, ListSearchParams } from '@/lib/list/load';
import { listMetadata } from '@/lib/list/metadata';

const request: ListRequest = { key: 'pads', route: '/pads' };
const TITLE = 'Launch pads';
const ABOUT = 'The pads rockets leave from, with their sites, countries and launch counts.';

type Props = { searchParams: Promise<ListSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return listMetadata(request, await searchParams, TITLE, ABOUT);
}

export default async function LaunchPadsPage({ searchParams }: Props) {
  return (
    <ListPage
      request={request}
      binding={{ toItem: toPadSummary, Results: PadResults }}
      searchParams={await searchParams}
      title={TITLE}
      description={ABOUT}
    />
  );
}
