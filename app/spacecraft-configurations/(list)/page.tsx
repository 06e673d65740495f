import type { Metadata } from 'next';
import { SpacecraftConfigurationResults } from '@/components/spacecraft-configuration/spacecraft-configuration-results';
import { ListPage } from '@/components/list/list-page';
import { toSpacecraftConfigurationSummary } from '@/lib/domain/spacecraft-configuration';
import type { ListRequest, ListSearchParams } from '@/lib/list/load';
import { listMetadata } from '@/lib/list/metadata';

const request: ListRequest = {
  key: 'spacecraft_configurations',
  route: '/spacecraft-configurations',
};
const TITLE = 'Spacecraft configurations';
const ABOUT =
  'Spacecraft designs such as Crew Dragon, Soyuz and Starliner, with their makers and status.';

type Props = { searchParams: Promise<ListSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return listMetadata(request, await searchParams, TITLE, ABOUT);
}

export default async function SpacecraftConfigurationsPage({ searchParams }: Props) {
  return (
    <ListPage
      request={request}
      binding={{
        toItem: toSpacecraftConfigurationSummary,
        Results: SpacecraftConfigurationResults,
      }}
      searchParams={await searchParams}
      title={TITLE}
      description={ABOUT}
    />
  );
}
