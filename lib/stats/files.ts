import { env } from '@/lib/env';
import { joinUrl } from '@/lib/seo/links';
import { summariseListQuery } from '@/lib/seo/list-summary';
import { invalidResponse } from '@/lib/seo/routes';
import { isChartId, type StatsChart } from './charts';
import { chartCsv } from './csv';
import { readStatisticsState, statisticsOnce } from './page';

const CSV_CACHE = 'public, max-age=300, stale-while-revalidate=3600';

function plain(status: number, text: string): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/**
 * A chart's CSV (as a Response) or what its share image needs, for `/statistics/<chart>.<ext>`
 * with the page's query string, read by the page's own parser. A parameter the page would
 * report makes the file a 400 naming it, as for the feeds; an unknown chart is a 404.
 */
export async function statisticsFile(
  file: string,
  url: URL,
): Promise<Response | { chart: StatsChart; summary: string }> {
  const match = /^([a-z-]+)\.(csv|png)$/.exec(file);
  const id = match?.[1];
  if (!match || !id || !isChartId(id))
    return plain(
      404,
      'Not found: the charts are outcomes, providers, countries, success-rate, rockets, pads, reliability and crew, as .csv or .png.',
    );
  const state = readStatisticsState(url.searchParams);
  const invalid = state.parsed.issues.filter((i) => i.severity === 'invalid');
  if (invalid.length > 0) return invalidResponse(invalid);
  const stats = await statisticsOnce(state);
  if (!stats)
    return plain(
      503,
      'Statistics need the local store (DATA_SOURCE=local): live LL2 cannot count launches.',
    );
  const chart = stats.charts.find((c) => c.id === id)!;
  if (match[2] === 'png')
    return { chart, summary: await summariseListQuery('launches', state.parsed) };
  const absolute = (href: string) => joinUrl(env.SITE_URL, href) ?? href;
  return new Response(chartCsv(chart, absolute), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="orbit-index-${id}.csv"`,
      'Cache-Control': CSV_CACHE,
    },
  });
}
