import { bool, compare, contains, defineResource, exact, float, inList, int, ref, text } from './define';
import { at } from '@/lib/ll2/read';
import { slugify } from './slug';
import type { WireRecord } from './types';

const name = (fallback: string) => (r: WireRecord) => String(r.name ?? `${fallback} ${r.id}`);

export const spacecraftFlights = defineResource({
  key: 'spacecraft_flights',
  apiPath: 'spacecraft_flights/',
  route: '/spacecraft-flights',
  singular: 'Spacecraft flight',
  plural: 'Spacecraft flights',
  idType: 'int',
  fields: {
    id: int('ID', 'id'),
    spacecraft: ref('Spacecraft', 'spacecraft.id', 'spacecraft.name'),
  },
  filters: [exact('spacecraft')],
  search: [],
  ordering: [],
  defaultOrdering: ['id'],
  modes: ['normal', 'detailed'],
  defaultMode: 'normal',
  title: (r) => {
    const craft = at(r, 'spacecraft.name');
    const launch = at(r, 'launch.name');
    return [craft, launch].filter((v) => typeof v === 'string').join(' — ') || `Flight ${r.id}`;
  },
  nested: [
    { path: 'spacecraft', resource: 'spacecraft' },
    { path: 'launch', resource: 'launches' },
    { path: 'landing', resource: 'landings' },
    { path: 'launch_crew[].astronaut', resource: 'astronauts' },
    { path: 'onboard_crew[].astronaut', resource: 'astronauts' },
    { path: 'landing_crew[].astronaut', resource: 'astronauts' },
  ],
});

export const payloadFlights = defineResource({
  key: 'payload_flights',
  apiPath: 'payload_flights/',
  route: '/payload-flights',
  singular: 'Payload flight',
  plural: 'Payload flights',
  idType: 'int',
  fields: { id: int('ID', 'id'), payload: ref('Payload', 'payload.id', 'payload.name') },
  filters: [exact('payload')],
  search: [],
  ordering: [],
  defaultOrdering: ['id'],
  modes: ['list', 'normal', 'detailed'],
  defaultMode: 'normal',
  title: (r) => String(at(r, 'payload.name') ?? `Payload flight ${r.id}`),
  nested: [
    { path: 'launch', resource: 'launches' },
    { path: 'landing', resource: 'landings' },
  ],
});

export const spacecraftConfigurations = defineResource({
  key: 'spacecraft_configurations',
  apiPath: 'spacecraft_configurations/',
  route: '/spacecraft-configurations',
  singular: 'Spacecraft configuration',
  plural: 'Spacecraft configurations',
  idType: 'int',
  fields: {
    id: int('ID', 'id'),
    name: text('Name', 'name'),
    agency: ref('Agency', 'agency.id', 'agency.name'),
    agency__name: text('Agency name', 'agency.name'),
    agency__abbrev: text('Agency abbreviation', 'agency.abbrev'),
    human_rated: bool('Human rated', 'human_rated'),
    in_use: bool('In use', 'in_use'),
  },
  filters: [exact('agency'), exact('human_rated'), exact('in_use'), exact('name')],
  search: ['agency__abbrev', 'agency__name', 'name'],
  ordering: ['name'],
  defaultOrdering: ['id'],
  modes: ['normal', 'detailed'],
  defaultMode: 'normal',
  slug: (r) => slugify(String(r.name ?? '')),
  title: name('Configuration'),
  nested: [{ path: 'agency', resource: 'agencies' }],
});

export const pads = defineResource({
  key: 'pads',
  apiPath: 'pads/',
  route: '/pads',
  singular: 'Pad',
  plural: 'Pads',
  idType: 'int',
  fields: {
    id: int('ID', 'id'),
    id_text: text('ID text', (r) => String(r.id)),
    name: text('Name', 'name'),
    agencies: ref('Agency', 'agencies[].id', 'agencies[].name'),
    latitude: float('Latitude', (r) => numeric(r.latitude)),
    longitude: float('Longitude', (r) => numeric(r.longitude)),
    location__id: ref('Location', 'location.id', 'location.name'),
    location__name: text('Location name', 'location.name'),
    orbital_launch_attempt_count: int('Orbital launch attempts', 'orbital_launch_attempt_count'),
    total_launch_count: int('Total launches', 'total_launch_count'),
    orbital_launch_attempt_count_text: text('', (r) => numericText(r.orbital_launch_attempt_count)),
    total_launch_count_text: text('', (r) => numericText(r.total_launch_count)),
  },
  filters: [
    inList('agencies', 'agencies_ids'),
    exact('id'),
    contains('id_text', 'id__contains'),
    ...compare('latitude', ['gt', 'gte', 'lt', 'lte']),
    exact('location__id'),
    exact('location__name'),
    contains('location__name'),
    ...compare('longitude', ['gt', 'gte', 'lt', 'lte']),
    exact('name'),
    contains('name'),
    ...compare('orbital_launch_attempt_count'),
    ...compare('total_launch_count'),
  ],
  // LL2 searches the two counters as text too.
  search: ['location__name', 'name', 'orbital_launch_attempt_count_text', 'total_launch_count_text'],
  ordering: ['id', 'location__id', 'location__name', 'name', 'orbital_launch_attempt_count', 'total_launch_count'],
  defaultOrdering: ['id'],
  modes: ['normal'],
  defaultMode: 'normal',
  slug: (r) => slugify(String(r.name ?? '')),
  title: name('Pad'),
  nested: [
    { path: 'location', resource: 'locations' },
    { path: 'agencies[]', resource: 'agencies' },
  ],
});

function numeric(value: unknown): number | null {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

function numericText(value: unknown): string | null {
  return typeof value === 'number' ? String(value) : null;
}

export const locations = defineResource({
  key: 'locations',
  apiPath: 'locations/',
  route: '/locations',
  singular: 'Location',
  plural: 'Locations',
  idType: 'int',
  fields: {
    id: int('ID', 'id'),
    name: text('Name', 'name'),
    country_code: ref('Country', (r) => {
      const code = at(r, 'country.alpha_3_code') ?? r.country_code;
      return typeof code === 'string' ? code : null;
    }, 'country.name', 'string'),
    total_landing_count: int('Total landings', 'total_landing_count'),
    total_launch_count: int('Total launches', 'total_launch_count'),
  },
  filters: [
    exact('country_code'),
    exact('id'),
    exact('name'),
    contains('name'),
    ...compare('total_landing_count'),
    ...compare('total_launch_count'),
  ],
  search: ['country_code', 'name'],
  ordering: ['total_landing_count', 'total_launch_count'],
  defaultOrdering: ['id'],
  modes: ['normal', 'detailed'],
  defaultMode: 'normal',
  slug: (r) => slugify(String(r.name ?? '')),
  title: name('Location'),
  nested: [{ path: 'pads[]', resource: 'pads' }],
});

export const programs = defineResource({
  key: 'programs',
  apiPath: 'programs/',
  route: '/programs',
  singular: 'Program',
  plural: 'Programs',
  idType: 'int',
  fields: { id: int('ID', 'id'), name: text('Name', 'name') },
  filters: [],
  // The 2.3.0 schema accepts `search` here without listing fields; the name is what LL2 searches.
  search: ['name'],
  ordering: [],
  defaultOrdering: ['id'],
  modes: ['list', 'normal'],
  defaultMode: 'normal',
  slug: (r) => slugify(String(r.name ?? '')),
  title: name('Program'),
  nested: [{ path: 'agencies[]', resource: 'agencies' }],
});

export const landings = defineResource({
  key: 'landings',
  apiPath: 'landings/',
  route: '/landings',
  singular: 'Landing',
  plural: 'Landings',
  idType: 'int',
  fields: {
    id: int('ID', 'id'),
    attempt: bool('Attempted', 'attempt'),
    success: bool('Successful', 'success'),
    downrange_distance: float('Downrange distance', 'downrange_distance'),
    firststage_launch: text('First-stage launch', 'firststage.launch.id'),
    landing_location: ref('Landing location', 'landing_location.id', 'landing_location.name'),
    landing_type: ref('Landing type', 'type.id', 'type.name'),
    launcher: int('Booster', 'firststage.launcher.id'),
    launcher_config: int('Booster configuration', 'firststage.launcher.launcher_config.id'),
    launcher_serial_number: text('Booster serial', 'firststage.launcher.serial_number'),
    spacecraft: int('Spacecraft', 'spacecraftflight.spacecraft.id'),
    spacecraft_config: int('Spacecraft configuration', 'spacecraftflight.spacecraft.spacecraft_config.id'),
    spacecraft_launch: text('Spacecraft launch', 'spacecraftflight.launch.id'),
    firststage__launcher__launcher_config__name: text('', 'firststage.launcher.launcher_config.name'),
    firststage__launcher__serial_number: text('', 'firststage.launcher.serial_number'),
    firststage__rocket__launch__name: text('', 'firststage.launch.name'),
    landing_location__abbrev: text('', 'landing_location.abbrev'),
    landing_location__name: text('', 'landing_location.name'),
    spacecraftflight__rocket__launch__name: text('', 'spacecraftflight.launch.name'),
    spacecraftflight__spacecraft__name: text('', 'spacecraftflight.spacecraft.name'),
    spacecraftflight__spacecraft__serial_number: text('', 'spacecraftflight.spacecraft.serial_number'),
    spacecraftflight__spacecraft__spacecraft_config__name: text('', 'spacecraftflight.spacecraft.spacecraft_config.name'),
  },
  filters: [
    exact('attempt'),
    inList('firststage_launch', 'firststage_launch__ids'),
    inList('landing_location', 'landing_location__ids'),
    inList('landing_type', 'landing_type__ids'),
    inList('launcher', 'launcher__ids'),
    inList('launcher_config', 'launcher_config__ids'),
    inList('launcher_serial_number', 'launcher_serial_numbers'),
    inList('spacecraft', 'spacecraft__ids'),
    inList('spacecraft_config', 'spacecraft_config__ids'),
    inList('spacecraft_launch', 'spacecraft_launch__ids'),
    exact('success'),
  ],
  search: [
    'firststage__launcher__launcher_config__name',
    'firststage__launcher__serial_number',
    'firststage__rocket__launch__name',
    'landing_location__abbrev',
    'landing_location__name',
    'spacecraftflight__rocket__launch__name',
    'spacecraftflight__spacecraft__name',
    'spacecraftflight__spacecraft__serial_number',
    'spacecraftflight__spacecraft__spacecraft_config__name',
  ],
  ordering: ['downrange_distance', 'id'],
  defaultOrdering: ['id'],
  modes: ['list', 'normal', 'detailed'],
  defaultMode: 'normal',
  title: (r) => {
    const where = at(r, 'landing_location.name');
    const type = at(r, 'type.name');
    return [type, where].filter((v) => typeof v === 'string').join(' — ') || `Landing ${r.id}`;
  },
});
