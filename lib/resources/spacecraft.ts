import { bool, defineResource, duration, exact, int, ref, text } from './define';
import { slugify } from './slug';

export const spacecraft = defineResource({
  key: 'spacecraft',
  apiPath: 'spacecraft/',
  route: '/spacecraft',
  singular: 'Spacecraft',
  plural: 'Spacecraft',
  idType: 'int',
  fields: {
    id: int('ID', 'id'),
    name: text('Name', 'name'),
    in_space: bool('In space', 'in_space'),
    is_placeholder: bool('Placeholder', 'is_placeholder'),
    spacecraft_config: ref('Configuration', 'spacecraft_config.id', 'spacecraft_config.name'),
    spacecraft_config__name: text('Configuration name', 'spacecraft_config.name'),
    status: ref('Status', 'status.id', 'status.name'),
    flights_count: int('Flights', 'flights_count'),
    mission_ends_count: int('Mission ends', 'mission_ends_count'),
    time_docked: duration('Time docked', 'time_docked'),
    time_in_space: duration('Time in space', 'time_in_space'),
  },
  filters: [
    exact('in_space'),
    exact('is_placeholder'),
    exact('name'),
    exact('spacecraft_config'),
    exact('status'),
  ],
  search: ['name', 'spacecraft_config__name'],
  ordering: ['flights_count', 'id', 'mission_ends_count', 'time_docked', 'time_in_space'],
  defaultOrdering: ['id'],
  modes: ['normal', 'detailed'],
  defaultMode: 'normal',
  slug: (r) => slugify(String(r.name ?? '')),
  title: (r) => String(r.name ?? `Spacecraft ${r.id}`),
  nested: [
    { path: 'spacecraft_config', resource: 'spacecraft_configurations' },
    { path: 'flights[]', resource: 'spacecraft_flights' },
  ],
});
