/**
 * LL2 enumerations the synthetic records use as-is (statuses, precisions, orbits, types). They
 * are vocabulary, not records, so they keep LL2's ids and names: filters such as `status__ids=3`
 * and the sub-orbital and crewed rules must behave exactly as on real data.
 */

export interface IdName {
  id: number;
  name: string;
}

export const LAUNCH_STATUS = {
  go: {
    id: 1,
    name: 'Go for Launch',
    abbrev: 'Go',
    description: 'Current T-0 confirmed by official or reliable sources.',
  },
  tbd: {
    id: 2,
    name: 'To Be Determined',
    abbrev: 'TBD',
    description: 'Current date is a placeholder or rough estimation.',
  },
  success: {
    id: 3,
    name: 'Launch Successful',
    abbrev: 'Success',
    description:
      'The launch vehicle successfully inserted its payload(s) into the target orbit(s).',
  },
  failure: {
    id: 4,
    name: 'Launch Failure',
    abbrev: 'Failure',
    description:
      'Either the launch vehicle did not reach orbit, or the payload(s) failed to separate.',
  },
  hold: { id: 5, name: 'On Hold', abbrev: 'Hold', description: 'Launch has been put on hold.' },
  inFlight: {
    id: 6,
    name: 'Launch in Flight',
    abbrev: 'In Flight',
    description: 'The launch vehicle has lifted off from the launch pad.',
  },
  partial: {
    id: 7,
    name: 'Launch was a Partial Failure',
    abbrev: 'Partial Failure',
    description: 'The payload(s) were inserted into an incorrect orbit.',
  },
  tbc: {
    id: 8,
    name: 'To Be Confirmed',
    abbrev: 'TBC',
    description: 'Awaiting official confirmation of the date.',
  },
  deployed: {
    id: 9,
    name: 'Payload Deployed',
    abbrev: 'Deployed',
    description: 'The payload has been deployed.',
  },
} as const;

export type LaunchStatusKey = keyof typeof LAUNCH_STATUS;

const precision = (id: number, name: string, abbrev: string, description: string) => ({
  id,
  name,
  abbrev,
  description,
});

export const NET_PRECISION = {
  second: precision(0, 'Second', 'SEC', 'The T-0 is accurate to the second.'),
  minute: precision(1, 'Minute', 'MIN', 'The T-0 is accurate to the minute.'),
  hour: precision(2, 'Hour', 'HR', 'The T-0 is accurate to the hour.'),
  morning: precision(3, 'Morning (local time)', 'AM', 'The T-0 is in the morning, local time.'),
  afternoon: precision(
    4,
    'Afternoon (local time)',
    'PM',
    'The T-0 is in the afternoon, local time.',
  ),
  day: precision(5, 'Day', 'DAY', 'The T-0 is accurate to the day.'),
  week: precision(6, 'Week', 'WK', 'The T-0 is accurate to the week.'),
  month: precision(7, 'Month', 'MON', 'The T-0 is accurate to the month.'),
  q1: precision(8, 'Quarter 1', 'Q1', 'The T-0 is in the first quarter of the year.'),
  q2: precision(9, 'Quarter 2', 'Q2', 'The T-0 is in the second quarter of the year.'),
  q3: precision(10, 'Quarter 3', 'Q3', 'The T-0 is in the third quarter of the year.'),
  q4: precision(11, 'Quarter 4', 'Q4', 'The T-0 is in the fourth quarter of the year.'),
  h1: precision(12, 'Half 1', 'H1', 'The T-0 is in the first half of the year.'),
  h2: precision(13, 'Half 2', 'H2', 'The T-0 is in the second half of the year.'),
  year: precision(14, 'Year', 'YR', 'The T-0 is accurate to the year.'),
} as const;

export type NetPrecisionKey = keyof typeof NET_PRECISION;

export interface OrbitDef {
  id: number;
  name: string;
  abbrev: string;
}

export const ORBITS = {
  LEO: { id: 8, name: 'Low Earth Orbit', abbrev: 'LEO' },
  VLEO: { id: 26, name: 'Very Low Earth Orbit', abbrev: 'VLEO' },
  SSO: { id: 17, name: 'Sun-Synchronous Orbit', abbrev: 'SSO' },
  PO: { id: 13, name: 'Polar Orbit', abbrev: 'PO' },
  GTO: { id: 2, name: 'Geostationary Transfer Orbit', abbrev: 'GTO' },
  GEO: { id: 1, name: 'Geostationary Orbit', abbrev: 'GEO' },
  MEO: { id: 9, name: 'Medium Earth Orbit', abbrev: 'MEO' },
  HEO: { id: 12, name: 'Highly Elliptical Orbit', abbrev: 'HEO' },
  ELL: { id: 21, name: 'Elliptical Orbit', abbrev: 'Elliptical' },
  SUB: { id: 15, name: 'Sub-Orbital', abbrev: 'Sub' },
  TLI: { id: 18, name: 'Trans Lunar Injection', abbrev: 'TLI' },
  LO: { id: 10, name: 'Lunar Orbit', abbrev: 'LO' },
  HELIO: { id: 11, name: 'Heliocentric N/A', abbrev: 'Helio-N/A' },
  L2: { id: 22, name: 'Sun–Earth L2', abbrev: 'L2' },
  MARS: { id: 14, name: 'Mars Orbit', abbrev: 'Mars' },
} as const satisfies Record<string, OrbitDef>;

export type OrbitKey = keyof typeof ORBITS;

/** Orbits by mission type, as weights. */
export const ORBITS_BY_MISSION: Record<string, [OrbitKey, number][]> = {
  Communications: [
    ['GTO', 55],
    ['LEO', 30],
    ['GEO', 8],
    ['MEO', 4],
    ['HEO', 3],
  ],
  'Earth Science': [
    ['SSO', 70],
    ['LEO', 20],
    ['PO', 10],
  ],
  Navigation: [
    ['MEO', 80],
    ['GTO', 10],
    ['GEO', 10],
  ],
  'Government/Top Secret': [
    ['LEO', 35],
    ['SSO', 25],
    ['GTO', 15],
    ['ELL', 10],
    ['HEO', 10],
    ['SUB', 5],
  ],
  'Human Exploration': [
    ['LEO', 92],
    ['TLI', 5],
    ['SUB', 3],
  ],
  Resupply: [['LEO', 100]],
  'Test Flight': [
    ['SUB', 40],
    ['LEO', 45],
    ['VLEO', 10],
    ['ELL', 5],
  ],
  'Test Target': [
    ['SUB', 90],
    ['LEO', 10],
  ],
  Suborbital: [['SUB', 100]],
  Tourism: [
    ['SUB', 85],
    ['LEO', 15],
  ],
  Astrophysics: [
    ['LEO', 50],
    ['L2', 20],
    ['HELIO', 15],
    ['HEO', 15],
  ],
  'Robotic Exploration': [
    ['HELIO', 40],
    ['MARS', 30],
    ['LO', 30],
  ],
  'Lunar Exploration': [
    ['TLI', 60],
    ['LO', 40],
  ],
  'Planetary Science': [
    ['HELIO', 70],
    ['MARS', 30],
  ],
  Heliophysics: [
    ['HELIO', 50],
    ['HEO', 30],
    ['LEO', 20],
  ],
  'Dedicated Rideshare': [
    ['SSO', 80],
    ['LEO', 20],
  ],
  Technology: [
    ['LEO', 60],
    ['SSO', 30],
    ['SUB', 10],
  ],
  'Materials Science': [
    ['LEO', 70],
    ['SUB', 30],
  ],
  Biology: [
    ['LEO', 70],
    ['SUB', 30],
  ],
};

export const MISSION_TYPES = Object.keys(ORBITS_BY_MISSION);

export const EARTH_MINI = { response_mode: 'normal', id: 1, name: 'Earth' } as const;

/**
 * CelestialBodyDetailed (and, less its totals, CelestialBodyNormal) with only its required keys:
 * it is embedded in every location and landing zone. The schema requires an image object.
 */
export const EARTH_DETAILED = {
  response_mode: 'normal',
  id: 1,
  name: 'Earth',
  type: { id: 1, name: 'Planet' },
  image: {
    id: 1,
    name: '[SYN] Earth',
    image_url: 'https://synthetic.invalid/media/earth.jpg',
    thumbnail_url: 'https://synthetic.invalid/media/earth_thumbnail.jpg',
    credit: null,
    license: { id: 1, name: 'Unknown', priority: 9, link: null },
    single_use: false,
    variants: [],
  },
} as const;

export const AGENCY_TYPES: Record<string, IdName> = {
  Government: { id: 1, name: 'Government' },
  Multinational: { id: 2, name: 'Multinational' },
  Commercial: { id: 3, name: 'Commercial' },
  Educational: { id: 4, name: 'Educational' },
  Private: { id: 5, name: 'Private' },
  Unknown: { id: 6, name: 'Unknown' },
};

export interface CountryDef {
  id: number;
  name: string;
  alpha_2_code: string;
  alpha_3_code: string;
  nationality_name: string;
  nationality_name_composed: string;
}

const country = (
  id: number,
  name: string,
  a2: string,
  a3: string,
  nationality: string,
): CountryDef => ({
  id,
  name,
  alpha_2_code: a2,
  alpha_3_code: a3,
  nationality_name: nationality,
  nationality_name_composed: nationality,
});

/** Fallback country objects; an LL2 snapshot's own objects win when one is used. */
export const COUNTRIES: CountryDef[] = [
  country(2, 'United States of America', 'US', 'USA', 'American'),
  country(5, 'Russia', 'RU', 'RUS', 'Russian'),
  country(6, 'China', 'CN', 'CHN', 'Chinese'),
  country(7, 'Japan', 'JP', 'JPN', 'Japanese'),
  country(8, 'India', 'IN', 'IND', 'Indian'),
  country(9, 'France', 'FR', 'FRA', 'French'),
  country(10, 'United Kingdom', 'GB', 'GBR', 'British'),
  country(11, 'Germany', 'DE', 'DEU', 'German'),
  country(12, 'Kazakhstan', 'KZ', 'KAZ', 'Kazakh'),
  country(13, 'New Zealand', 'NZ', 'NZL', 'New Zealander'),
  country(14, 'French Guiana', 'GF', 'GUF', 'French Guianese'),
  country(15, 'Italy', 'IT', 'ITA', 'Italian'),
  country(16, 'Canada', 'CA', 'CAN', 'Canadian'),
  country(17, 'Israel', 'IL', 'ISR', 'Israeli'),
  country(18, 'Iran', 'IR', 'IRN', 'Iranian'),
  country(19, 'North Korea', 'KP', 'PRK', 'North Korean'),
  country(35, 'South Korea', 'KR', 'KOR', 'South Korean'),
  country(20, 'Australia', 'AU', 'AUS', 'Australian'),
  country(21, 'Brazil', 'BR', 'BRA', 'Brazilian'),
  country(22, 'Spain', 'ES', 'ESP', 'Spanish'),
  country(23, 'Ukraine', 'UA', 'UKR', 'Ukrainian'),
  country(24, 'Marshall Islands', 'MH', 'MHL', 'Marshallese'),
  country(25, 'Netherlands', 'NL', 'NLD', 'Dutch'),
  country(26, 'Sweden', 'SE', 'SWE', 'Swedish'),
  country(27, 'Norway', 'NO', 'NOR', 'Norwegian'),
  country(28, 'Algeria', 'DZ', 'DZA', 'Algerian'),
];

export const SPACECRAFT_STATUS = {
  active: { id: 1, name: 'Active' },
  retired: { id: 2, name: 'Retired' },
  destroyed: { id: 3, name: 'Destroyed' },
  singleUse: { id: 4, name: 'Single Use' },
  unknown: { id: 5, name: 'Unknown' },
} as const;

export const STATION_STATUS = {
  active: { id: 1, name: 'Active' },
  deorbited: { id: 2, name: 'De-Orbited' },
  decommissioned: { id: 3, name: 'Decommissioned' },
  planned: { id: 4, name: 'Planned' },
} as const;

export const STATION_TYPES: Record<string, IdName> = {
  Government: { id: 2, name: 'Government' },
  Commercial: { id: 3, name: 'Commercial' },
};

export const SPACECRAFT_CONFIG_TYPES: Record<string, IdName> = {
  Capsule: { id: 2, name: 'Capsule' },
  'Cargo Resupply': { id: 3, name: 'Cargo Resupply' },
  Spaceplane: { id: 1, name: 'Spaceplane' },
  'Reuseable Upper Stage': { id: 5, name: 'Reuseable Upper Stage' },
  Lander: { id: 6, name: 'Lander' },
  'Mass Simulator': { id: 7, name: 'Mass Simulator' },
};

export const PROGRAM_TYPES = {
  human: { id: 2, name: 'Human Spaceflight' },
  exploration: { id: 5, name: 'Exploration' },
  technology: { id: 7, name: 'Technology' },
  constellation: { id: 3, name: 'Constellation' },
  science: { id: 4, name: 'Science' },
} as const;

export const LANDING_TYPES = {
  asds: {
    id: 1,
    name: 'Autonomous Spaceport Drone Ship',
    abbrev: 'ASDS',
    description: 'A landing on an autonomous drone ship at sea.',
  },
  rtls: {
    id: 2,
    name: 'Return to Launch Site',
    abbrev: 'RTLS',
    description: 'A landing back at or near the launch site.',
  },
  ocean: {
    id: 3,
    name: 'Ocean',
    abbrev: 'Ocean',
    description: 'A controlled splashdown in the ocean.',
  },
  parachute: {
    id: 4,
    name: 'Parachute Landing',
    abbrev: 'Parachute',
    description: 'A landing under parachutes on the ground.',
  },
  runway: { id: 5, name: 'Horizontal Landing', abbrev: 'HL', description: 'A runway landing.' },
} as const;

export const ASTRONAUT_ROLES = [
  { id: 1, role: 'Commander', priority: 0 },
  { id: 2, role: 'Pilot', priority: 1 },
  { id: 3, role: 'Mission Specialist 1', priority: 2 },
  { id: 4, role: 'Mission Specialist 2', priority: 3 },
  { id: 5, role: 'Flight Engineer', priority: 4 },
  { id: 6, role: 'Spaceflight Participant', priority: 5 },
] as const;

export const ASTRONAUT_STATUS = {
  active: { id: 1, name: 'Active' },
  retired: { id: 2, name: 'Retired' },
} as const;
export const ASTRONAUT_TYPE = {
  government: { id: 2, name: 'Government' },
  private: { id: 3, name: 'Private' },
} as const;

export const VID_TYPES = [
  { id: 1, name: 'Official Webcast' },
  { id: 2, name: 'Unofficial Webcast' },
  { id: 3, name: 'Press Conference' },
] as const;

export const ENGLISH = { id: 1, name: 'English', code: 'en' } as const;

export const PAYLOAD_TYPES = [
  { id: 1, name: 'Cargo' },
  { id: 2, name: 'Communications Satellite' },
  { id: 4, name: 'Technology Demonstrator' },
] as const;

export interface EventTypeDef extends IdName {
  /** Relative frequency. */
  weight: number;
  /** What the event is about: drives its name, links and date. */
  about: 'launch' | 'station' | 'docking' | 'agency' | 'program';
}

export const EVENT_TYPES: EventTypeDef[] = [
  { id: 2, name: 'Docking', weight: 10, about: 'docking' },
  { id: 8, name: 'Spacecraft Undocking', weight: 8, about: 'docking' },
  { id: 3, name: 'EVA', weight: 10, about: 'station' },
  { id: 5, name: 'Static Fire', weight: 14, about: 'launch' },
  { id: 20, name: 'Press Event', weight: 14, about: 'program' },
  { id: 17, name: 'Farewell Ceremony', weight: 3, about: 'station' },
  { id: 21, name: 'Cryoproof Test', weight: 4, about: 'launch' },
  { id: 31, name: 'Sounding Rocket Launch', weight: 6, about: 'agency' },
  { id: 4, name: 'Flyby', weight: 4, about: 'program' },
  { id: 6, name: 'Landing', weight: 7, about: 'launch' },
  { id: 9, name: 'Rollout', weight: 8, about: 'launch' },
  { id: 11, name: 'Spacecraft Release', weight: 3, about: 'station' },
  { id: 14, name: 'Wet Dress Rehearsal', weight: 5, about: 'launch' },
  { id: 23, name: 'Conference', weight: 4, about: 'agency' },
];

export const DATE_PRECISIONS: NetPrecisionKey[] = ['minute', 'hour', 'day', 'month'];
