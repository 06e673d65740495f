import { compare, contains, datetime, exact, float, inList, int, ref, repeated, text } from './define';
import { slugify } from './slug';
import type { ResourceDef } from './types';

export const spaceStations: ResourceDef = {
  key: 'space_stations',
  apiPath: 'space_stations/',
  route: '/space-stations',
  singular: 'Space station',
  plural: 'Space stations',
  idType: 'int',
  fields: {
    id: int('ID', 'id'),
    name: text('Name', 'name'),
    docked_vehicles: int('Docked vehicles', 'docked_vehicles'),
    onboard_crew: int('Crew on board', 'onboard_crew'),
    // 2.3.0 serialises `orbit` as text while its filter takes an orbit id; ids match when present.
    orbit: int('Orbit', 'orbit.id'),
    owners: ref('Owner', 'owners[].id', 'owners[].name'),
    owners__name: text('Owner name', 'owners[].name'),
    owners__abbrev: text('Owner abbreviation', 'owners[].abbrev'),
    status: ref('Status', 'status.id', 'status.name'),
    type: ref('Type', 'type.id', 'type.name'),
    founded: datetime('Founded', 'founded'),
    volume: float('Volume', 'volume'),
  },
  filters: [
    ...compare('docked_vehicles'),
    exact('id'),
    exact('name'),
    contains('name'),
    ...compare('onboard_crew'),
    exact('orbit'),
    inList('owners', 'owner__ids'),
    repeated('owners', 'owners'),
    exact('status'),
    inList('status', 'status__ids'),
    exact('type'),
  ],
  search: ['name', 'owners__abbrev', 'owners__name'],
  ordering: ['docked_vehicles', 'founded', 'id', 'name', 'onboard_crew', 'status', 'type', 'volume'],
  defaultOrdering: ['id'],
  modes: ['normal', 'detailed'],
  defaultMode: 'normal',
  dateField: 'founded',
  slug: (r) => slugify(String(r.name ?? '')),
  title: (r) => String(r.name ?? `Space station ${r.id}`),
  nested: [{ path: 'owners[]', resource: 'agencies' }],
};
