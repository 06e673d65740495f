import { DetailSavedCopy } from '@/components/detail/detail-saved-copy';
import { requireDetail } from '@/lib/routing/detail-route';

/**
 * The lookup runs here, outside loading.tsx's Suspense boundary, so it finishes before streaming
 * starts: an unknown id is a real 404 and a bare id a real 308 to the canonical URL.
 */
export default async function BoosterLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { stale } = await requireDetail('launchers', (await params).id);
  return (
    <>
      <DetailSavedCopy stale={stale} />
      {children}
    </>
  );
}
