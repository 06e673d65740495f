import type { Metadata } from 'next';
import { ProgramResults } from '@/components/program/program-results';
import { ListPage } from '@/components/list/list-page';
import { toProgramSummary } from '@/lib/domain/program';
import type { ListRequest, ListSearchParams } from '@/lib/list/load';
import { listMetadata } from '@/lib/list/metadata';

const request: ListRequest = { key: 'programs', route: '/programs' };
const TITLE = 'Programs';
const ABOUT = 'Spaceflight programs such as the International Space Station, Artemis and Soyuz.';

type Props = { searchParams: Promise<ListSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return listMetadata(request, await searchParams, TITLE, ABOUT);
}

export default async function ProgramsPage({ searchParams }: Props) {
  return (
    <ListPage
      request={request}
      binding={{ toItem: toProgramSummary, Results: ProgramResults }}
      searchParams={await searchParams}
      title={TITLE}
      description={ABOUT}
    />
  );
}
