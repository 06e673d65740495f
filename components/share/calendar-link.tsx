import { env } from '@/lib/env';
import {
  itemCalendarHref,
  listCalendarHref,
  webcalUrl,
  type CanonicalParams,
} from '@/lib/seo/canonical';
import { shareControlClass } from './styles';

export type CalendarLinkProps =
  | {
      /** "Add to calendar" on a detail page: one `.ics` file for the record. */
      kind: 'item';
      /** The record's canonical path (`/launches/crew-9`). */
      detailPath: string;
      label?: string;
      className?: string;
    }
  | {
      /** "Subscribe to calendar" on a list page: a `webcal:` feed of the current filters. */
      kind: 'subscribe';
      /** `/launches/upcoming`, `/launches` or `/events`. */
      listPath: string;
      /** The page's `parsed.canonical`; paging is dropped, filters kept. */
      canonical?: CanonicalParams;
      label?: string;
      className?: string;
    };

function CalendarIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
    >
      <rect x="2" y="3" width="12" height="11" rx="1.5" />
      <path d="M2 6.5h12M5.5 1.5v3m5-3v3" strokeLinecap="round" />
    </svg>
  );
}

/**
 * "Add to calendar" (a download) or "Subscribe to calendar" (`webcal:`, with a plain `.ics` link
 * beside it for calendars that import by URL). Renders nothing for a list without a calendar.
 */
export function CalendarLink(props: CalendarLinkProps) {
  const className = `${shareControlClass} ${props.className ?? ''}`;
  if (props.kind === 'item') {
    return (
      <a href={itemCalendarHref(props.detailPath)} download className={className}>
        <CalendarIcon />
        {props.label ?? 'Add to calendar'}
      </a>
    );
  }
  const href = listCalendarHref(props.listPath, props.canonical);
  if (!href) return null;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <a href={webcalUrl(env.SITE_URL, href)} className={className}>
        <CalendarIcon />
        {props.label ?? 'Subscribe to calendar'}
      </a>
      <a
        href={href}
        className="text-link text-sm underline decoration-current/30 underline-offset-2 hover:decoration-current"
      >
        .ics file
      </a>
    </span>
  );
}
