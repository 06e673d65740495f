import type {
  PoolAgency,
  PoolConfig,
  PoolLocation,
  PoolPad,
  PoolProgram,
  Pools,
  PoolSpacecraftConfig,
  PoolStation,
  PoolTemplate,
} from './pool-types';
import { COUNTRIES, type IdName, PROGRAM_TYPES } from './vocab';

/** A small invented world: the generator's default, needing nothing outside the repository. */
export function builtinPools(): Pools {
  const countries = new Map(COUNTRIES.map((c) => [c.alpha_3_code, c]));
  const agencies: PoolAgency[] = [
    ['Aurora Launch Systems', 'ALS', 'Commercial', 'USA', 2002],
    ['Northwind Orbital', 'NWO', 'Commercial', 'USA', 1995],
    ['Federal Space Directorate', 'FSD', 'Government', 'RUS', 1957],
    ['Eastern Rocket Academy', 'ERA', 'Government', 'CHN', 1960],
    ['Continental Space Agency', 'CSA', 'Multinational', 'FRA', 1975],
    ['Island Rocket Company', 'IRC', 'Commercial', 'NZL', 2006],
    ['Rising Sun Aerospace', 'RSA', 'Government', 'JPN', 1969],
    ['Subcontinent Space Research', 'SSR', 'Government', 'IND', 1969],
    ['Crew Dragon Works', 'CDW', 'Commercial', 'USA', 2004],
    ['Starlink Operations', 'SLO', 'Commercial', 'USA', 2015],
  ].map(([name, abbrev, type, country, year], i) => ({
    realId: i + 1,
    name: String(name),
    abbrev: String(abbrev),
    type: String(type),
    countries: [String(country)],
    foundingYear: Number(year),
    description: `${String(name)} is an invented launch organisation.`,
    administrator: null,
    launchers: '',
    spacecraft: '',
    parentName: null,
  }));
  const configs: PoolConfig[] = [
    ['Falcon 9', 1, true, '2010-06-04'],
    ['Falcon Heavy', 1, true, '2018-02-06'],
    ['Comet 2', 2, false, '1996-01-01'],
    ['Soyuz-U', 3, false, '1966-01-01'],
    ['Long March 2', 4, false, '1970-01-01'],
    ['Ariane 5', 5, false, '1996-06-04'],
    ['Kiwi', 6, true, '2017-05-25'],
    ['H-II', 7, false, '1994-02-03'],
    ['PSLV', 8, false, '1993-09-20'],
    ['Vostok-K', 3, false, '1958-01-01'],
  ].map(([name, manufacturer, reusable, maiden], i) => ({
    realId: i + 1,
    name: String(name),
    fullName: `${String(name)} Block 1`,
    family: String(name).split(/[ -]/)[0] ?? String(name),
    variant: 'Block 1',
    manufacturerRealId: Number(manufacturer),
    maidenFlight: String(maiden),
    reusable: Boolean(reusable),
    active: true,
    alias: '',
    minStage: 2,
    maxStage: 3,
    length: 50,
    diameter: 3.7,
    launchMass: 500,
    leoCapacity: 10000,
    gtoCapacity: 4000,
    toThrust: 7000,
    launchCost: 60000000,
  }));
  const locations: PoolLocation[] = [
    ['Eastern Test Range, FL, USA', 'USA', 28.5, -80.6, 'America/New_York'],
    ['Western Test Range, CA, USA', 'USA', 34.7, -120.6, 'America/Los_Angeles'],
    ['Steppe Cosmodrome', 'KAZ', 45.9, 63.3, 'Asia/Qyzylorda'],
    ['Desert Launch Centre', 'CHN', 40.9, 100.3, 'Asia/Shanghai'],
    ['Equatorial Spaceport', 'GUF', 5.2, -52.8, 'America/Cayenne'],
    ['Peninsula Launch Site', 'NZL', -39.3, 177.9, 'Pacific/Auckland'],
  ].map(([name, country, lat, lon, tz], i) => ({
    realId: i + 1,
    name: String(name),
    country: String(country),
    latitude: Number(lat),
    longitude: Number(lon),
    timezone: String(tz),
  }));
  const pads: PoolPad[] = locations.flatMap((l, i) =>
    ['Complex A', 'Complex B'].map((p, j) => ({
      realId: i * 2 + j + 1,
      name: `${p}${i}`,
      latitude: l.latitude + j * 0.01,
      longitude: l.longitude + j * 0.01,
      locationRealId: l.realId,
      agencyRealIds: [],
    })),
  );
  const spacecraftConfigs: PoolSpacecraftConfig[] = [
    ['Crew Dragon 2', 'Capsule', 9, true, 4, '2019-03-02'],
    ['Cargo Dragon 2', 'Cargo Resupply', 9, false, null, '2020-12-06'],
    ['Soyuz', 'Capsule', 3, true, 3, '1966-11-28'],
    ['Progress', 'Cargo Resupply', 3, false, null, '1978-01-20'],
    ['Shenzhou', 'Capsule', 4, true, 3, '1999-11-19'],
  ].map(([name, type, agency, human, crew, maiden], i) => ({
    realId: i + 1,
    name: String(name),
    type: String(type),
    agencyRealId: Number(agency),
    humanRated: Boolean(human),
    crewCapacity: crew === null ? null : Number(crew),
    inUse: true,
    maidenFlight: String(maiden),
  }));
  // Ports as named modules with their sides; the long-lived outpost has as many as a real
  // modular station, so most dockings happen there (the benchmark's busiest timeline).
  const ports = (modules: string[], sides: string[]) =>
    modules.flatMap((m) => sides.map((s) => `${m} ${s}`));
  const stations: PoolStation[] = [
    [
      'Orbital Outpost',
      '1998-11-20',
      null,
      'Government',
      [1, 3],
      ports(['Hub', 'Keel', 'Spine', 'Beacon'], ['forward', 'nadir', 'zenith', 'aft']),
    ],
    ['Heavenly Hall', '2021-04-29', null, 'Government', [4], ports(['Core'], ['forward', 'aft'])],
    [
      'Peace Station',
      '1986-02-20',
      '2001-03-23',
      'Government',
      [3],
      ports(['Base'], ['forward', 'aft']),
    ],
    [
      'Salute Station',
      '1971-04-19',
      '1985-10-11',
      'Government',
      [3],
      ports(['Hull'], ['forward', 'aft']),
    ],
  ].map(([name, founded, deorbited, type, owners, stationPorts], i) => ({
    realId: i + 1,
    name: String(name),
    founded: String(founded),
    deorbited: deorbited === null ? null : String(deorbited),
    status: deorbited === null ? 'Active' : 'De-Orbited',
    type: String(type),
    orbit: 'Low Earth Orbit',
    ownerRealIds: owners as number[],
    ports: stationPorts as string[],
    description: `${String(name)} is an invented space station.`,
    height: null,
    width: null,
    mass: null,
    volume: null,
  }));
  const programs: PoolProgram[] = [
    ['Commercial Crew Program', '2011-04-18T00:00:00Z', null, [1, 9], PROGRAM_TYPES.human],
    ['Lunar Return', '2017-12-11T00:00:00Z', null, [2], PROGRAM_TYPES.human],
    ['Starlink', '2019-05-24T00:00:00Z', null, [10, 1], PROGRAM_TYPES.constellation],
  ].map(([name, start, end, agencyIds, type], i) => ({
    realId: i + 1,
    name: String(name),
    start: start === null ? null : String(start),
    end: end === null ? null : String(end),
    agencyRealIds: agencyIds as number[],
    type: type as IdName,
  }));
  const missionWords = [
    'Starlink Group',
    'Pathfinder',
    'Meridian',
    'Beacon',
    'Crew Dragon Demo',
    'Resupply',
    'Sentinel',
  ];
  const types = [
    'Communications',
    'Earth Science',
    'Navigation',
    'Government/Top Secret',
    'Human Exploration',
    'Resupply',
    'Test Flight',
  ];
  const templates: PoolTemplate[] = [];
  for (let year = 1957; year <= 2024; year++) {
    for (let k = 0; k < 6; k++) {
      const config = configs[(year * 7 + k) % configs.length]!;
      const maiden = Number((config.maidenFlight ?? '1957').slice(0, 4));
      if (maiden > year && k > 0) continue;
      const pad = pads[(year + k * 3) % pads.length]!;
      templates.push({
        time: Date.UTC(year, (k * 2) % 12, 1 + ((year + k) % 27), (k * 5) % 24),
        lsp: config.manufacturerRealId,
        config: config.realId,
        pad: pad.realId,
        mission: `${missionWords[(year + k) % missionWords.length]!} ${year % 100}-${k + 1}`,
        missionType: types[(year * 3 + k) % types.length]!,
      });
    }
  }
  return {
    source: 'builtin',
    agencies,
    configs,
    locations,
    pads,
    spacecraftConfigs,
    stations,
    programs,
    templates,
    countries,
    firstNames: ['Alex', 'Sam', 'Rin', 'Mira', 'Oleg', 'Wei', 'Ana', 'Kofi', 'Lena', 'Ravi'],
    lastNames: [
      'Orbach',
      'Stellan',
      'Kosmin',
      'Tianli',
      'Moreau',
      'Okafor',
      'Lindqvist',
      'Sato',
      'Varga',
      'Iyer',
    ],
  };
}
