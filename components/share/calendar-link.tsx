import { env } from '@/lib/env';
import {
  itemCalendarHref,
  listCalendarHref,
  webcalUrl,
  type CanonicalParams,
} from '@/lib/seo/canonical';
import { quietLinkClass, shareControlClass } from './styles';

export type CalendarLinkProps =
  | {
      /** One record (a detail page): its own `.ics`. */
      kind: 'item';
      /** The record's canonical path (`/launches/crew-9`). */
      detailPath: string;
    }
  | {
      /** A list page: a calendar of its current filters and search. */
      kind: 'list';
      /** `/launches/upcoming`, `/launches` or `/events`. */
      listPath: string;
      /** The page's `parsed.canonical`; paging is dropped, filters kept. */
      canonical?: CanonicalParams;
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
 * "Add to calendar": the `.ics` file to import, and beside it a `webcal:` link that calendar apps
 * subscribe to, so a moved launch date reaches the reader's calendar. Nothing for a list without
 * a calendar.
 */
export function CalendarLink(props: CalendarLinkProps) {
  const href =
    props.kind === 'item'
      ? itemCalendarHref(props.detailPath)
      : listCalendarHref(props.listPath, props.canonical);
  if (!href) return null;
  return (
    <>
      <a href={href} download className={shareControlClass}>
        <CalendarIcon />
        Add to calendar
      </a>
      <a href={webcalUrl(env.SITE_URL, href)} className={quietLinkClass}>
        Subscribe to calendar
      </a>
    </>
  );
}
