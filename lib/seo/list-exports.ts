/**
 * The list views that can be subscribed to: each has an RSS feed at `<path>/feed.xml`, and some a
 * calendar at `<path>/calendar.ics`. One entry per view serves its route handlers, its page's
 * links and its `<link rel="alternate">`.
 */

export type DatedResource = 'launches' | 'events';

export interface ListExportSpec {
  resource: DatedResource;
  view?: 'upcoming' | 'previous';
  /** The list page this export mirrors: `/launches/upcoming`. */
  listPath: string;
  /** "Upcoming launches". */
  title: string;
  /** One sentence for the feed/calendar description. */
  description: string;
  /** Whether `<path>/calendar.ics` exists (a list of past launches makes a poor calendar). */
  calendar: boolean;
  /**
   * The order when the URL names none, for lists whose own default is oldest first (all
   * launches, events): with thousands of records a subscription would otherwise hold the first
   * 50 ever and never show a new one. `-last_updated` is what RSS `pubDate` already says.
   */
  ordering?: string;
}

const ALL_LAUNCHES = 'Orbital launches, past and future, from The Space Devs’ Launch Library 2.';

const EXPORTS = {
  '/launches': {
    resource: 'launches',
    listPath: '/launches',
    title: 'Launches',
    description: ALL_LAUNCHES,
    calendar: true,
    ordering: '-last_updated',
  },
  '/launches/upcoming': {
    resource: 'launches',
    view: 'upcoming',
    listPath: '/launches/upcoming',
    title: 'Upcoming launches',
    description: 'Launches scheduled next, from The Space Devs’ Launch Library 2.',
    calendar: true,
  },
  '/launches/previous': {
    resource: 'launches',
    view: 'previous',
    listPath: '/launches/previous',
    title: 'Recent launches',
    description:
      'The most recent launches and their outcomes, from The Space Devs’ Launch Library 2.',
    calendar: false,
  },
  '/events': {
    resource: 'events',
    listPath: '/events',
    title: 'Spaceflight events',
    description:
      'Dockings, spacewalks, tests and press events, from The Space Devs’ Launch Library 2.',
    calendar: true,
    ordering: '-last_updated',
  },
} satisfies Record<string, ListExportSpec>;

export type ExportPath = keyof typeof EXPORTS;

export const LIST_EXPORTS: Readonly<Record<ExportPath, ListExportSpec>> = EXPORTS;

/** The export of a list page, or undefined for a list without one (`/agencies`). */
export function listExport(listPath: string): ListExportSpec | undefined {
  return Object.hasOwn(LIST_EXPORTS, listPath) ? LIST_EXPORTS[listPath as ExportPath] : undefined;
}

/** "Launches · Launch provider: SpaceX": a feed's or calendar's name for its filters. */
export function exportTitle(spec: ListExportSpec, summary: string): string {
  return summary ? `${spec.title} · ${summary}` : spec.title;
}
