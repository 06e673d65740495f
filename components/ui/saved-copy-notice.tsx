import type { Staleness } from '@/lib/data/source';
import { Notice } from './notice';

/**
 * Live mode served the last good answer because LL2 failed: says so, and how old it is. Written
 * in UTC on the server, as there is no reader's zone to convert to without JavaScript.
 */
export function SavedCopyNotice({
  stale,
  what,
  className,
}: {
  stale: Staleness;
  /** "list", "page". */
  what: string;
  className?: string;
}) {
  return (
    <Notice title="Showing saved data" className={className}>
      Launch Library 2 couldn’t answer just now ({stale.reason}), so this {what} comes from the copy
      saved {stale.since.slice(0, 16).replace('T', ' ')} UTC.
    </Notice>
  );
}
