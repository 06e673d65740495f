/**
 * What a timeline draws: dockings (a vehicle's stays at a port) or expeditions (a crew's stay
 * aboard a station). One plot, table, legend and set of range controls serve both; these are the
 * words and links that differ. Plain data and functions, so server and client share them.
 */
export type TimelineKind = 'docking' | 'expedition';

export interface TimelineWords {
  one: string;
  many: string;
  /** Drawn on and said of a stay still going. */
  now: string;
  /** The legend's name for the colour groups. */
  families: string;
  /** Table column heads. */
  subject: string;
  start: string;
  end: string;
  /** A bar's page. */
  href: (id: number) => string;
}

export const TIMELINE_WORDS: Record<TimelineKind, TimelineWords> = {
  docking: {
    one: 'docking',
    many: 'dockings',
    now: 'docked now',
    families: 'Vehicle families',
    subject: 'Vehicle',
    start: 'Docked',
    end: 'Departed',
    href: (id) => `/docking-events/${id}`,
  },
  expedition: {
    one: 'expedition',
    many: 'expeditions',
    now: 'aboard now',
    families: 'Expedition series',
    subject: 'Expedition',
    start: 'Start',
    end: 'End',
    href: (id) => `/expeditions/${id}`,
  },
};

/** The URL parameters a timeline's visible range is kept in. */
export interface RangeNames {
  gte: string;
  lte: string;
}

/** LL2's own docking filters, so a zoomed docking timeline is the list page's filter too. */
export const DOCKING_RANGE: RangeNames = { gte: 'docking__gte', lte: 'docking__lte' };
/** LL2's expedition filters on the start: both timelines can sit on one station page. */
export const EXPEDITION_RANGE: RangeNames = { gte: 'start__gte', lte: 'start__lte' };
