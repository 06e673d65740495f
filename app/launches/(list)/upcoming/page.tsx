import type { Metadata } from 'next';
import { LaunchListPage, launchListMetadata } from '@/components/launch/launch-list-page';
import type { ListSearchParams } from '@/lib/list/load';

type Props = { searchParams: Promise<ListSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return launchListMetadata('upcoming', await searchParams);
}

export default async function UpcomingLaunchesPage({ searchParams }: Props) {
  return <LaunchListPage view="upcoming" searchParams={await searchParams} />;
}
