import { DetailSavedCopy } from '@/components/detail/detail-saved-copy';
import { requireDetail } from '@/lib/routing/detail-route';

/**
 * The lookup runs here, outside loading.tsx's Suspense boundary, so it finishes before streaming
 * starts: an unknown id is a real 404 rather than a 200 with a not-found body.
 */
export default async function DockingEventLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { stale } = await requireDetail('docking_events', (await params).id);
  return (
    <>
      <DetailSavedCopy stale={stale} />
      {children}
    </>
  );
}
