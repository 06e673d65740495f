import { SavedCopyNotice } from '@/components/ui/saved-copy-notice';
import type { Staleness } from '@/lib/data/source';

/** Above a detail page served from its last good copy (live mode, LL2 failing). */
export function DetailSavedCopy({ stale }: { stale?: Staleness }) {
  if (!stale) return null;
  return (
    <div className="mx-auto max-w-7xl px-4 pt-6 sm:px-6 sm:pt-8 lg:px-8">
      <SavedCopyNotice stale={stale} what="page" />
    </div>
  );
}
