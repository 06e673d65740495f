/**
 * One URL for every kind of page the site serves, shared by the accessibility and HTML-validity
 * gates so both cover the same ground. Detail pages are not listed by id: each gate follows the
 * first card on the list page, as a person would, so they keep working when the data changes.
 */

export interface PageType {
  name: string;
  path: string;
}

/** List pages; the first card on each leads to a detail page. */
export const LIST_PAGES: readonly PageType[] = [
  { name: 'launches', path: '/launches' },
  { name: 'upcoming launches', path: '/launches/upcoming' },
  { name: 'previous launches', path: '/launches/previous' },
  { name: 'agencies', path: '/agencies' },
  { name: 'spacecraft', path: '/spacecraft' },
  { name: 'events', path: '/events' },
  { name: 'docking events', path: '/docking-events' },
  { name: 'space stations', path: '/space-stations' },
  { name: 'spacecraft configurations', path: '/spacecraft-configurations' },
  { name: 'pads', path: '/pads' },
  { name: 'locations', path: '/locations' },
  { name: 'programs', path: '/programs' },
  { name: 'astronauts', path: '/astronauts' },
  { name: 'expeditions', path: '/expeditions' },
  { name: 'rockets', path: '/rockets' },
  // The embedded snapshot holds no boosters: this is the empty state (e2e/rockets-boosters
  // checks booster pages with data on a server of its own).
  { name: 'boosters (none yet)', path: '/boosters' },
];

/** The list page whose first card opens a detail page of each resource. */
export const DETAIL_SOURCES: readonly PageType[] = LIST_PAGES.filter(
  (p) => !p.path.startsWith('/launches/') && p.path !== '/boosters',
);

/**
 * Each resource's complete filter form: list pages send their main filters only, the rest with
 * `?filters=all` (the panel's "More filters").
 */
const FULL_FILTER_FORMS: readonly PageType[] = DETAIL_SOURCES.map(({ name, path }) => ({
  name: `${name} with every filter`,
  path: `${path}?filters=all`,
}));

export const OTHER_PAGES: readonly PageType[] = [
  ...FULL_FILTER_FORMS,
  { name: 'boosters with every filter', path: '/boosters?filters=all' },
  { name: 'rockets as a table', path: '/rockets?mode=list' },
  { name: 'rockets, detailed', path: '/rockets?mode=detailed' },
  // The busiest rocket: decades of launches per year, its track record, its variants.
  { name: 'a rocket with its launch history', path: '/rockets/164-falcon-9-block-5' },
  { name: 'the launches of one rocket', path: '/launches?launcher_config__id=164' },
  { name: 'home', path: '/' },
  { name: 'search results', path: '/search?q=soyuz' },
  // Each resource's table and detailed cards render their own markup.
  { name: 'launches as a table', path: '/launches?mode=list' },
  { name: 'agencies as a table', path: '/agencies?mode=list' },
  { name: 'events as a table', path: '/events?mode=list' },
  { name: 'programs as a table', path: '/programs?mode=list' },
  { name: 'astronauts as a table', path: '/astronauts?mode=list' },
  { name: 'astronauts, detailed', path: '/astronauts?mode=detailed' },
  { name: 'an astronaut with flights and crewmates', path: '/astronauts/1' },
  { name: 'a launch with its crew', path: '/launches/falcon-9-block-5-crew-2-32dcb5ad' },
  { name: 'an expedition with its crew', path: '/expeditions/158' },
  { name: 'a list that is empty until a sync', path: '/expeditions?space_station=5' },
  { name: 'launches, detailed', path: '/launches?mode=detailed' },
  { name: 'agencies, detailed', path: '/agencies?mode=detailed' },
  { name: 'events, detailed', path: '/events?mode=detailed' },
  { name: 'docking events, detailed', path: '/docking-events?mode=detailed' },
  { name: 'space stations, detailed', path: '/space-stations?mode=detailed' },
  { name: 'spacecraft, detailed', path: '/spacecraft?mode=detailed' },
  { name: 'spacecraft configurations, detailed', path: '/spacecraft-configurations?mode=detailed' },
  { name: 'locations, detailed', path: '/locations?mode=detailed' },
  { name: 'a list with a bad parameter', path: '/agencies?founding_year__gte=abc' },
  { name: 'a list with no results', path: '/agencies?search=zzzzzz' },
  { name: 'the docking and crew timelines of a station', path: '/space-stations/4' },
  { name: 'docking events as a timeline', path: '/docking-events?view=timeline' },
  { name: 'API docs', path: '/docs/api' },
  { name: 'statistics', path: '/statistics' },
  { name: 'statistics of a filtered selection', path: '/statistics?lsp__id=121&net__gte=2015-01-01' },
  { name: 'statistics with a bad parameter', path: '/statistics?year=abc' },
  { name: 'an unknown page (404)', path: '/no-such-page' },
  { name: 'a missing record (404)', path: '/agencies/99999999' },
];
