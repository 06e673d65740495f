import { absoluteUrl } from '@/lib/routing/detail-metadata';
import type { CanonicalParams } from '@/lib/seo/canonical';
import { CalendarLink } from './calendar-link';
import { FeedLink } from './feed-link';
import { ShareButton } from './share-button';

export interface ListActionsProps {
  /** The list page's path (`/launches/upcoming`). */
  route: string;
  /** The page's `parsed.canonical`: the feed and calendar hold what the page shows. */
  canonical: CanonicalParams;
  /** The page's canonical path with its query, for Share. */
  sharePath: string;
  title: string;
}

/**
 * A list's "Subscribe (RSS)" and "Add to calendar" for its current filters and search (where
 * the list has a feed or calendar), and Share. Plain server-rendered links; Share is the only
 * island.
 */
export function ListActions({ route, canonical, sharePath, title }: ListActionsProps) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
      <FeedLink listPath={route} canonical={canonical} />
      <CalendarLink kind="list" listPath={route} canonical={canonical} />
      <ShareButton url={absoluteUrl(sharePath)} title={title} />
    </div>
  );
}
