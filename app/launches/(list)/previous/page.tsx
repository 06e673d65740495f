import type { Metadata } from 'next';
import { LaunchListPage, launchListMetadata } from '@/components/launch/launch-list-page';
import type { ListSearchParams } from '@/lib/list/load';

type Props = { searchParams: Promise<ListSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return launchListMetadata('previous', await searchParams);
}

export default async function PreviousLaunchesPage({ searchParams }: Props) {
  return <LaunchListPage view="previous" searchParams={await searchParams} />;
}
