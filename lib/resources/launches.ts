import { bool, compare, dateParts, datetime, defineResource, exact, fieldsFor, icontains, inList, int, ref, repeated, text } from './define';
import { at } from '@/lib/ll2/read';
import { slugify } from './slug';
import type { ViewDef, WireRecord } from './types';

const attemptCounters = [
  'agency_launch_attempt_count',
  'agency_launch_attempt_count_year',
  'location_launch_attempt_count',
  'location_launch_attempt_count_year',
  'orbital_launch_attempt_count',
  'orbital_launch_attempt_count_year',
  'pad_launch_attempt_count',
  'pad_launch_attempt_count_year',
] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Sub-orbital flights are marked by their mission orbit in LL2 ("Sub-Orbital", abbrev "Sub"). */
function isSuborbital(r: WireRecord): boolean {
  const name = at(r, 'mission.orbit.name');
  const abbrev = at(r, 'mission.orbit.abbrev');
  return (
    (typeof abbrev === 'string' && abbrev.toLowerCase() === 'sub') ||
    (typeof name === 'string' && /sub-?orbital/i.test(name))
  );
}

/**
 * LL2 marks crewed launches through the crew of their spacecraft flights; records without a
 * spacecraft stage fall back to the mission type, which LL2 sets to "Human Exploration" then.
 */
function isCrewed(r: WireRecord): boolean {
  const crew = at(r, 'rocket.spacecraft_stage[].launch_crew[]');
  if (Array.isArray(crew) && crew.length > 0) return true;
  const type = at(r, 'mission.type');
  return typeof type === 'string' && /human/i.test(type);
}

const views: ViewDef<'net'>[] = [
  {
    name: 'upcoming',
    label: 'Upcoming',
    defaultOrdering: ['net'],
    params: ['hide_recent_previous'],
    // LL2 keeps a launch in "upcoming" for 24 h after lift-off unless hide_recent_previous=true.
    where: ({ now, params }) => [
      {
        field: 'net',
        op: 'gte',
        value: new Date(now.getTime() - (params.hide_recent_previous ? 0 : DAY_MS)).toISOString(),
      },
    ],
  },
  {
    name: 'previous',
    label: 'Previous',
    defaultOrdering: ['-net'],
    where: ({ now }) => [{ field: 'net', op: 'lt', value: now.toISOString() }],
  },
];

export const launches = defineResource({
  key: 'launches',
  apiPath: 'launches/',
  route: '/launches',
  singular: 'Launch',
  plural: 'Launches',
  idType: 'uuid',
  fields: {
    id: text('ID', 'id'),
    name: text('Name', 'name'),
    slug: text('Slug', 'slug'),
    net: datetime('NET', 'net'),
    window_start: datetime('Window start', 'window_start'),
    window_end: datetime('Window end', 'window_end'),
    last_updated: datetime('Last updated', 'last_updated'),
    status: ref('Status', 'status.id', 'status.name'),
    lsp__id: ref('Launch provider', 'launch_service_provider.id', 'launch_service_provider.name'),
    lsp__name: text('Launch provider name', 'launch_service_provider.name'),
    lsp__abbrev: text('Launch provider abbreviation', 'launch_service_provider.abbrev'),
    related_lsp__id: int('Related provider', (r) =>
      [at(r, 'launch_service_provider.id'), at(r, 'launch_service_provider.parent.id')].filter(
        (v): v is number => typeof v === 'number',
      ),
    { multi: true }),
    // A detailed provider names its parent (a string); older snapshots nested an object.
    related_lsp__name: text('Related provider name', (r) =>
      [
        at(r, 'launch_service_provider.name'),
        at(r, 'launch_service_provider.parent'),
        at(r, 'launch_service_provider.parent.name'),
      ].filter((v): v is string => typeof v === 'string'),
    { multi: true }),
    launcher_config__id: ref('Rocket', 'rocket.configuration.id', 'rocket.configuration.full_name'),
    rocket__configuration__name: text('Rocket name', 'rocket.configuration.name'),
    rocket__configuration__full_name: text('Rocket full name', 'rocket.configuration.full_name'),
    rocket__configuration__manufacturer__name: text('Rocket manufacturer', 'rocket.configuration.manufacturer.name'),
    rocket__configuration__manufacturer__abbrev: text('Manufacturer abbreviation', 'rocket.configuration.manufacturer.abbrev'),
    rocket__spacecraftflight__spacecraft__id: int('Spacecraft', 'rocket.spacecraft_stage[].spacecraft.id'),
    rocket__spacecraftflight__spacecraft__name: text('Spacecraft name', 'rocket.spacecraft_stage[].spacecraft.name'),
    spacecraft_config__ids: int('Spacecraft configuration', 'rocket.spacecraft_stage[].spacecraft.spacecraft_config.id'),
    serial_number: text('Booster serial', 'rocket.launcher_stage[].launcher.serial_number'),
    mission__name: text('Mission', 'mission.name'),
    crew__name: text('Crew', 'rocket.spacecraft_stage[].launch_crew[].astronaut.name'),
    mission__orbit__name: text('Orbit', 'mission.orbit.name'),
    mission__orbit__celestial_body__id: int('Orbit body', 'mission.orbit.celestial_body.id'),
    pad: ref('Pad', 'pad.id', 'pad.name'),
    pad__name: text('Pad name', 'pad.name'),
    pad__location: ref('Location', 'pad.location.id', 'pad.location.name'),
    pad__location__name: text('Location name', 'pad.location.name'),
    pad__location__celestial_body__id: int('Location body', 'pad.location.celestial_body.id'),
    program: ref('Program', 'program[].id', 'program[].name'),
    launch_designator: text('Launch designator', 'launch_designator'),
    video_url: text('Video URL', 'vid_urls[].url'),
    is_crewed: bool('Crewed', isCrewed),
    suborbital: bool('Sub-orbital', isSuborbital),
    ...fieldsFor(attemptCounters, (c) => int(c.replaceAll('_', ' '), c)),
  },
  filters: [
    ...attemptCounters.flatMap((c) => compare(c)),
    ...dateParts('net'),
    inList('id', 'id'),
    // LL2: include_suborbital=false drops sub-orbital flights; true (the default) keeps them.
    { param: 'include_suborbital', field: 'suborbital', lookup: 'include' },
    exact('is_crewed'),
    ...compare('last_updated', ['gte', 'lte']),
    inList('launch_designator', 'launch_designator'),
    inList('launcher_config__id', 'launcher_config__id'),
    inList('pad__location', 'location__ids'),
    inList('lsp__id', 'lsp__id'),
    inList('lsp__name', 'lsp__name'),
    exact('mission__orbit__celestial_body__id'),
    exact('mission__orbit__name'),
    icontains('mission__orbit__name'),
    exact('name'),
    ...compare('net', ['gt', 'gte', 'lt', 'lte']),
    exact('pad'),
    exact('pad__location'),
    exact('pad__location__celestial_body__id'),
    repeated('program', 'program'),
    inList('related_lsp__id', 'related_lsp__id'),
    inList('related_lsp__name', 'related_lsp__name'),
    exact('rocket__configuration__full_name'),
    icontains('rocket__configuration__full_name'),
    exact('launcher_config__id', 'rocket__configuration__id'),
    exact('rocket__configuration__manufacturer__name'),
    icontains('rocket__configuration__manufacturer__name'),
    exact('rocket__configuration__name'),
    exact('rocket__spacecraftflight__spacecraft__id'),
    exact('rocket__spacecraftflight__spacecraft__name'),
    icontains('rocket__spacecraftflight__spacecraft__name'),
    inList('serial_number', 'serial_number'),
    exact('slug'),
    inList('spacecraft_config__ids', 'spacecraft_config__ids'),
    exact('status'),
    inList('status', 'status__ids'),
    inList('video_url', 'video_url'),
    ...compare('window_end', ['gt', 'gte', 'lt', 'lte']),
    ...compare('window_start', ['gt', 'gte', 'lt', 'lte']),
  ],
  search: [
    'launch_designator',
    'lsp__name',
    'mission__name',
    'name',
    'pad__location__name',
    'pad__name',
    'rocket__configuration__manufacturer__abbrev',
    'rocket__configuration__manufacturer__name',
    'rocket__configuration__name',
    'rocket__spacecraftflight__spacecraft__name',
  ],
  // "Saturn V | Apollo 11" is named by its mission too, and Vostok 1 is what "Gagarin" is after.
  rankFields: ['name', 'mission__name'],
  siteSearch: ['crew__name'],
  // Among equally good matches the latest first: the oldest is rarely the one looked for.
  searchOrdering: ['-net'],
  ordering: ['id', 'last_updated', 'name', 'net'],
  defaultOrdering: ['net'],
  modes: ['list', 'normal', 'detailed'],
  defaultMode: 'normal',
  dateField: 'net',
  lastUpdatedField: 'last_updated',
  views,
  // LL2's slug; a launch from an older snapshot has none, so its name makes one, with the start
  // of its id because names repeat (21 launches are "Proton-K/DM | Ekran").
  slug: (r) => {
    if (typeof r.slug === 'string' && r.slug) return r.slug;
    const name = typeof r.name === 'string' ? slugify(r.name) : '';
    return name ? `${name}-${String(r.id).slice(0, 8)}` : null;
  },
  title: (r) => String(r.name ?? `Launch ${r.id}`),
  nested: [
    { path: 'launch_service_provider', resource: 'agencies' },
    { path: 'rocket.configuration', resource: 'launcher_configurations' },
    { path: 'rocket.configuration.manufacturer', resource: 'agencies' },
    { path: 'pad', resource: 'pads' },
    { path: 'pad.location', resource: 'locations' },
    { path: 'program[]', resource: 'programs' },
    { path: 'rocket.spacecraft_stage[]', resource: 'spacecraft_flights' },
    {
      path: 'rocket.launcher_stage[].launcher',
      resource: 'launchers',
      inherit: { launcher_config: 'rocket.configuration' },
    },
  ],
});
