import { compare, datetime, defineResource, exact, int, ref, text } from './define';
import { slugify } from './slug';

/** A station's crew increment (LL2 `expeditions`): "Expedition 72", "Shenzhou 19". */
export const expeditions = defineResource({
  key: 'expeditions',
  apiPath: 'expeditions/',
  route: '/expeditions',
  singular: 'Expedition',
  plural: 'Expeditions',
  idType: 'int',
  fields: {
    id: int('ID', 'id'),
    name: text('Name', 'name'),
    start: datetime('Start', 'start'),
    end: datetime('End', 'end'),
    space_station: ref('Space station', 'spacestation.id', 'spacestation.name'),
    crew__astronaut: ref('Crew member', 'crew[].astronaut.id', 'crew[].astronaut.name'),
    crew__astronaut__agency: ref(
      'Crew agency',
      'crew[].astronaut.agency.id',
      'crew[].astronaut.agency.name',
    ),
    crew__astronaut__name: text('Crew name', 'crew[].astronaut.name'),
    crew__astronaut__agency__name: text('Crew agency name', 'crew[].astronaut.agency.name'),
    crew__astronaut__agency__abbrev: text('Crew agency abbreviation', 'crew[].astronaut.agency.abbrev'),
    crew__astronaut__nationality__nationality_name: text(
      'Crew nationality',
      'crew[].astronaut.nationality[].nationality_name',
    ),
  },
  filters: [
    exact('crew__astronaut'),
    exact('crew__astronaut__agency'),
    ...compare('end', ['gt', 'gte', 'lt', 'lte']),
    exact('name'),
    exact('space_station'),
    ...compare('start', ['gt', 'gte', 'lt', 'lte']),
  ],
  search: [
    'crew__astronaut__agency__abbrev',
    'crew__astronaut__agency__name',
    'crew__astronaut__name',
    'crew__astronaut__nationality__nationality_name',
    'name',
  ],
  ordering: ['end', 'id', 'start'],
  // The newest first: the current crew is what most readers come for.
  defaultOrdering: ['-start'],
  modes: ['normal', 'detailed'],
  defaultMode: 'normal',
  dateField: 'start',
  slug: (r) => slugify(String(r.name ?? '')),
  title: (r) => String(r.name ?? `Expedition ${r.id}`),
  nested: [
    { path: 'spacestation', resource: 'space_stations' },
    { path: 'crew[].astronaut', resource: 'astronauts' },
  ],
});
