import type { ResourceKey } from '@/lib/resources';

/** The resources that have a list page. */
export type ListResourceKey = Extract<
  ResourceKey,
  | 'agencies'
  | 'spacecraft'
  | 'events'
  | 'docking_events'
  | 'launches'
  | 'space_stations'
  | 'spacecraft_configurations'
  | 'pads'
  | 'locations'
  | 'programs'
  | 'astronauts'
  | 'expeditions'
  | 'launcher_configurations'
  | 'launchers'
>;

export interface ListUi {
  /**
   * Fields whose filters sit in the panel's main section, in this order. Every other filter of
   * the resource is still there, under "More filters".
   */
  primary: readonly string[];
  /** Show the per-year (or per-month) histogram of the date field above the list. */
  histogram?: boolean;
  /** The search box's hint: what LL2 searches for this resource. */
  searchHint: string;
}

export const LIST_UI: Record<ListResourceKey, ListUi> = {
  launches: {
    primary: [
      'status',
      'lsp__id',
      'launcher_config__id',
      'pad__location',
      'program',
      'mission__orbit__name',
      'net',
      'is_crewed',
      'suborbital',
    ],
    histogram: true,
    searchHint: 'Name, mission, rocket, provider, pad or location',
  },
  agencies: {
    primary: [
      'type__id',
      'country_code',
      'founding_year',
      'total_launch_count',
      'featured',
      'spacecraft',
    ],
    searchHint: 'Name or abbreviation',
  },
  spacecraft: {
    primary: ['status', 'spacecraft_config', 'in_space', 'is_placeholder'],
    searchHint: 'Name or configuration',
  },
  events: {
    primary: ['type', 'agency', 'program', 'date'],
    histogram: true,
    searchHint: 'Event name',
  },
  docking_events: {
    primary: [
      'space_station_target__id',
      'docking_location__id',
      'flight_vehicle_chaser__id',
      'docking',
    ],
    searchHint: 'Spacecraft, payload, station or port',
  },
  space_stations: {
    primary: ['status', 'type', 'owners', 'onboard_crew', 'docked_vehicles'],
    searchHint: 'Name or owner',
  },
  spacecraft_configurations: {
    primary: ['agency', 'human_rated', 'in_use'],
    searchHint: 'Name or agency',
  },
  pads: {
    primary: ['agencies', 'location__id', 'total_launch_count', 'orbital_launch_attempt_count'],
    searchHint: 'Pad, location or launch count',
  },
  locations: {
    primary: ['country_code', 'total_launch_count', 'total_landing_count'],
    searchHint: 'Name or country code',
  },
  programs: { primary: [], searchHint: 'Program name' },
  astronauts: {
    primary: ['in_space', 'status', 'agency', 'nationality', 'type__id', 'has_flown', 'first_flight'],
    histogram: true,
    searchHint: 'Name, agency or nationality',
  },
  expeditions: {
    primary: ['space_station', 'crew__astronaut__agency', 'start', 'end'],
    histogram: true,
    searchHint: 'Expedition, crew member, agency or nationality',
  },
  launcher_configurations: {
    primary: ['manufacturer__name', 'active', 'total_launch_count', 'maiden_flight', 'program'],
    searchHint: 'Name, full name or manufacturer',
  },
  launchers: {
    primary: ['status', 'flight_proven', 'flights', 'launcher_config', 'successful_landings'],
    searchHint: 'Serial number or status',
  },
};

/** Labels for view-only parameters (`/launches/upcoming?hide_recent_previous=true`). */
export const VIEW_PARAM_LABELS: Record<
  string,
  { label: string; off: string; on: string; chip: string }
> = {
  hide_recent_previous: {
    label: 'Launches of the last 24 h',
    off: 'Show',
    on: 'Hide',
    chip: 'Hiding launches of the last 24 h',
  },
};

/**
 * `?filters=all` shows every filter of the resource in the panel. The panel otherwise renders its
 * main filters only (a list page's full form is dozens of controls, sent in the HTML and again in
 * the RSC payload); "More filters" asks for this URL, with or without JavaScript. A page
 * parameter: links and the canonical URL leave it out, the filter form keeps it.
 */
export const ALL_FILTERS = { param: 'filters', value: 'all' } as const;
