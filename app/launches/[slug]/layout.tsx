import { DetailSavedCopy } from '@/components/detail/detail-saved-copy';
import { requireDetail } from '@/lib/routing/detail-route';

/**
 * The lookup runs here, outside loading.tsx's Suspense boundary, so it finishes before streaming
 * starts: an unknown launch is a real 404 and a UUID a real 308 to the slug URL.
 */
export default async function LaunchLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { stale } = await requireDetail('launches', (await params).slug);
  return (
    <>
      <DetailSavedCopy stale={stale} />
      {children}
    </>
  );
}
