import { bool, compare, datetime, defineResource, duration, exact, inList, int, ref, text } from './define';
import { at } from '@/lib/ll2/read';
import { slugify } from './slug';
import type { WireRecord } from './types';

/** LL2 counts flights; a trimmed snapshot record lists them instead. */
const flightsCount = (r: WireRecord) =>
  typeof r.flights_count === 'number' ? r.flights_count : Array.isArray(r.flights) ? r.flights.length : null;

/** LL2 2.3.0 lists nationalities as objects; 2.2.0 (the snapshot) as one demonym ("French"). */
const nationalities = (r: WireRecord) =>
  typeof r.nationality === 'string'
    ? [r.nationality]
    : (at(r, 'nationality[].nationality_name') as unknown[]).filter(
        (v): v is string => typeof v === 'string',
      );

export const astronauts = defineResource({
  key: 'astronauts',
  apiPath: 'astronauts/',
  route: '/astronauts',
  singular: 'Astronaut',
  plural: 'Astronauts',
  idType: 'int',
  fields: {
    id: int('ID', 'id'),
    name: text('Name', 'name'),
    age: int('Age', 'age'),
    agency: ref('Agency', 'agency.id', 'agency.name'),
    agency__name: text('Agency name', 'agency.name'),
    agency__abbrev: text('Agency abbreviation', 'agency.abbrev'),
    date_of_birth: datetime('Born', 'date_of_birth'),
    date_of_death: datetime('Died', 'date_of_death'),
    first_flight: datetime('First flight', 'first_flight'),
    last_flight: datetime('Last flight', 'last_flight'),
    flights_count: int('Flights', flightsCount),
    landings_count: int('Landings', 'landings_count'),
    has_flown: bool('Has flown', (r) => {
      const flights = flightsCount(r);
      return flights === null ? (r.first_flight ? true : null) : flights > 0;
    }),
    in_space: bool('In space now', 'in_space'),
    // LL2 types non-human flyers (animals) apart from people.
    is_human: bool('Human', (r) => {
      const type = at(r, 'type.name');
      return typeof type === 'string' ? type !== 'Non-Human' : null;
    }),
    nationality: text('Nationality', nationalities, { multi: true, optionLabel: nationalities }),
    status: ref('Status', 'status.id', 'status.name'),
    type__id: ref('Type', 'type.id', 'type.name'),
    time_in_space: duration('Time in space', 'time_in_space'),
    eva_time: duration('Spacewalk time', 'eva_time'),
    spacewalks_count: int('Spacewalks', (r) =>
      typeof r.spacewalks_count === 'number'
        ? r.spacewalks_count
        : Array.isArray(r.spacewalks)
          ? r.spacewalks.length
          : null,
    ),
    // Not an LL2 filter: the launches an astronaut flew, so a launch page with no crew data of its
    // own can still name the crew its astronauts' records give (lib/data/crew.ts).
    flights__id: text('Flight', 'flights[].id'),
  },
  filters: [
    ...compare('age'),
    inList('agency', 'agency_ids'),
    ...compare('date_of_birth'),
    ...compare('date_of_death'),
    ...compare('first_flight'),
    ...compare('flights_count'),
    exact('has_flown'),
    exact('in_space'),
    exact('is_human'),
    ...compare('landings_count'),
    ...compare('last_flight'),
    exact('nationality'),
    inList('status', 'status_ids'),
    exact('type__id'),
  ],
  search: ['agency__abbrev', 'agency__name', 'name', 'nationality'],
  ordering: [
    'age',
    'date_of_birth',
    'eva_time',
    'flights_count',
    'id',
    'landings_count',
    'last_flight',
    'name',
    'spacewalks_count',
    'status',
    'time_in_space',
  ],
  defaultOrdering: ['name'],
  modes: ['list', 'normal', 'detailed'],
  defaultMode: 'normal',
  dateField: 'first_flight',
  slug: (r) => slugify(String(r.name ?? '')),
  title: (r) => String(r.name ?? `Astronaut ${r.id}`),
  nested: [{ path: 'agency', resource: 'agencies' }],
});
