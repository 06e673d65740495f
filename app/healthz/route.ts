import { env } from '@/lib/env';
import { checkHealth } from '@/lib/health/check';
import { getServingStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

/** For load balancers: 200 while the store answers, 503 when it cannot be reached. */
export async function GET(): Promise<Response> {
  const { status, body } = await checkHealth(env.DATA_SOURCE === 'live' ? null : getServingStore());
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
}
