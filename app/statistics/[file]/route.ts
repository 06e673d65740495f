import { chartCardImage } from '@/components/og/render';
import { statisticsFile } from '@/lib/stats/files';

// Counted from the store on request, like the page; the front server caches it per data version.
export const dynamic = 'force-dynamic';

/** `/statistics/<chart>.csv` and `/statistics/<chart>.png`, with the page's own filters. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const result = await statisticsFile(file, new URL(request.url));
  if (result instanceof Response) return result;
  return chartCardImage(result.chart, result.summary);
}
