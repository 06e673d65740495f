import type { Metadata } from 'next';
import { AgencyResults } from '@/components/agency/agency-results';
import { ListPage } from '@/components/list/list-page';
import { toAgencySummary } from '@/lib/domain/agency';
import type { ListRequest, ListSearchParams } from '@/lib/list/load';
import { listMetadata } from '@/lib/list/metadata';

const request: ListRequest = { key: 'agencies', route: '/agencies' };
const TITLE = 'Agencies';
const ABOUT =
  'Space agencies, companies and launch providers, with their countries, founding years and launch records.';

type Props = { searchParams: Promise<ListSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return listMetadata(request, await searchParams, TITLE, ABOUT);
}

export default async function AgenciesPage({ searchParams }: Props) {
  return (
    <ListPage
      request={request}
      binding={{ toItem: toAgencySummary, Results: AgencyResults }}
      searchParams={await searchParams}
      title={TITLE}
      description={ABOUT}
    />
  );
}
