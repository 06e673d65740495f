import { listFeedHref, type CanonicalParams } from '@/lib/seo/canonical';
import { shareControlClass } from './styles';

export interface FeedLinkProps {
  /** The list page's path: `/launches/upcoming`, `/launches/previous`, `/launches`, `/events`. */
  listPath: string;
  /** The page's `parsed.canonical`; paging is dropped, filters kept. */
  canonical?: CanonicalParams;
}

function FeedIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="currentColor">
      <circle cx="3.5" cy="12.5" r="1.5" />
      <path d="M2 7.25a6.75 6.75 0 0 1 6.75 6.75h-1.5A5.25 5.25 0 0 0 2 8.75zM2 2.5A11.5 11.5 0 0 1 13.5 14H12A10 10 0 0 0 2 4z" />
    </svg>
  );
}

/** "Subscribe (RSS)" for the list's current filters; nothing for lists without a feed. */
export function FeedLink({ listPath, canonical }: FeedLinkProps) {
  const href = listFeedHref(listPath, canonical);
  if (!href) return null;
  return (
    <a href={href} type="application/rss+xml" className={shareControlClass}>
      <FeedIcon />
      Subscribe (RSS)
    </a>
  );
}
