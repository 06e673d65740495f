import { ImageResponse } from 'next/og';
import type { CardModel } from '@/lib/seo/og-card';
import { OG_SIZE, siteHost } from '@/lib/seo/og-image';
import type { StatsChart } from '@/lib/stats/charts';
import { ChartCard } from './chart-card';
import { RecordCard } from './record-card';
import { SiteCard } from './site-card';

// Cards change only when the record does; shares are fetched by crawlers, often repeatedly.
const CACHE = 'public, max-age=3600, stale-while-revalidate=86400';

/**
 * A record's 1200×630 PNG. No `fonts` option: next/og's bundled Geist is used, so nothing is
 * fetched. An unknown record gets the site card with status 404.
 */
export function recordCardImage(card: CardModel | null): ImageResponse {
  const host = siteHost();
  return new ImageResponse(
    card ? <RecordCard model={card} host={host} /> : <SiteCard host={host} />,
    { ...OG_SIZE, status: card ? 200 : 404, headers: { 'Cache-Control': CACHE } },
  );
}

export function siteCardImage(): ImageResponse {
  return new ImageResponse(<SiteCard host={siteHost()} />, {
    ...OG_SIZE,
    headers: { 'Cache-Control': CACHE },
  });
}

/** A statistics chart's 1200×630 PNG (`/statistics/<chart>.png`). */
export function chartCardImage(chart: StatsChart, summary: string): ImageResponse {
  return new ImageResponse(<ChartCard chart={chart} summary={summary} host={siteHost()} />, {
    ...OG_SIZE,
    headers: { 'Cache-Control': CACHE },
  });
}
