import type { Metadata } from 'next';
import { StatisticsPage } from '@/components/stats/statistics-page';
import type { ListSearchParams } from '@/lib/list/load';
import { statisticsMetadata } from '@/lib/stats/page';

type Props = { searchParams: Promise<ListSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return statisticsMetadata(await searchParams);
}

export default async function Page({ searchParams }: Props) {
  return <StatisticsPage searchParams={await searchParams} />;
}
