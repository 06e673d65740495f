import type { Metadata } from 'next';
import { BoosterResults } from '@/components/booster/booster-results';
import { ListPage } from '@/components/list/list-page';
import { toBoosterSummary } from '@/lib/domain/booster';
import type { ListRequest, ListSearchParams } from '@/lib/list/load';
import { listMetadata } from '@/lib/list/metadata';

const request: ListRequest = { key: 'launchers', route: '/boosters' };
const TITLE = 'Boosters';
const ABOUT =
  'Individual first stages and cores, such as Falcon 9 B1062: their flights, landings and reuse.';

type Props = { searchParams: Promise<ListSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return listMetadata(request, await searchParams, TITLE, ABOUT);
}

// The embedded snapshot holds no boosters: LL2 serves them from its launchers endpoint, which
// only a sync reads, so an empty index says how to fetch them.
const EMPTY_HINT = (
  <>
    Boosters come from Launch Library 2’s launchers and detailed launches, which the embedded
    snapshot does not include. Run <code className="font-mono">npm run sync</code> (or{' '}
    <code className="font-mono">npm run sync -- --resource launchers</code>) to fetch them.
  </>
);

export default async function BoostersPage({ searchParams }: Props) {
  return (
    <ListPage
      request={request}
      binding={{ toItem: toBoosterSummary, Results: BoosterResults }}
      searchParams={await searchParams}
      title={TITLE}
      description={ABOUT}
      emptyHint={EMPTY_HINT}
    />
  );
}
