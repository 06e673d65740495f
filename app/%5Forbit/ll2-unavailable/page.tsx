import type { Metadata } from 'next';
import { z } from 'zod';
import { Ll2Unavailable } from '@/components/status/ll2-unavailable';
import { safeReturnPath } from '@/lib/page-cache/live-unavailable';

/**
 * The body of the front server's 503 when LL2 could not answer a live page (the route is
 * `/_orbit/ll2-unavailable`; the front server answers it to no one else). `from` is the page to
 * retry, `retry-after` LL2's wait in seconds when it gave one.
 */
export const metadata: Metadata = {
  title: 'Launch Library 2 is unavailable',
  robots: { index: false, follow: false },
};

const paramsSchema = z.object({
  from: z.string().optional().catch(undefined),
  'retry-after': z.coerce.number().int().min(0).max(86_400).optional().catch(undefined),
});

export default async function Ll2UnavailablePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = paramsSchema.parse(await searchParams);
  return (
    <Ll2Unavailable
      retryHref={safeReturnPath(params.from)}
      retryAfterSeconds={params['retry-after'] ?? null}
    />
  );
}
