import type { Metadata } from 'next';
import { LaunchListPage, launchListMetadata } from '@/components/launch/launch-list-page';
import type { ListSearchParams } from '@/lib/list/load';

type Props = { searchParams: Promise<ListSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return launchListMetadata('all', await searchParams);
}

export default async function LaunchesPage({ searchParams }: Props) {
  return <LaunchListPage view="all" searchParams={await searchParams} />;
}
