import { compare, datetime, dateParts, exact, inList, int, ref, repeated, text } from './define';
import type { ResourceDef } from './types';

export const events: ResourceDef = {
  key: 'events',
  apiPath: 'events/',
  route: '/events',
  singular: 'Event',
  plural: 'Events',
  idType: 'int',
  fields: {
    id: int('ID', 'id'),
    name: text('Name', 'name'),
    slug: text('Slug', 'slug'),
    date: datetime('Date', 'date'),
    last_updated: datetime('Last updated', 'last_updated'),
    type: ref('Type', 'type.id', 'type.name'),
    agency: ref('Agency', 'agencies[].id', 'agencies[].name'),
    program: ref('Program', 'program[].id', 'program[].name'),
    video_url: text('Video URL', 'vid_urls[].url'),
  },
  filters: [
    inList('agency', 'agency__ids'),
    ...compare('date', ['gt', 'gte', 'lte']),
    // LL2 publishes this misnamed "less than" filter; we keep its name so LL2 clients work unchanged.
    { param: 'date__gt__lt', field: 'date', lookup: 'lt' },
    ...dateParts('date'),
    inList('id', 'id'),
    ...compare('last_updated', ['gte', 'lte']),
    repeated('program', 'program'),
    exact('slug'),
    exact('type'),
    inList('type', 'type__ids'),
    inList('video_url', 'video_url'),
  ],
  search: ['name'],
  // Among equally good matches the latest first: the oldest is rarely the one looked for.
  searchOrdering: ['-date'],
  ordering: ['date', 'last_updated'],
  defaultOrdering: ['date'],
  modes: ['list', 'normal', 'detailed'],
  defaultMode: 'normal',
  dateField: 'date',
  lastUpdatedField: 'last_updated',
  slug: (r) => (typeof r.slug === 'string' && r.slug ? r.slug : null),
  title: (r) => String(r.name ?? `Event ${r.id}`),
  nested: [
    { path: 'agencies[]', resource: 'agencies' },
    { path: 'launches[]', resource: 'launches' },
    { path: 'spacestations[]', resource: 'space_stations' },
    { path: 'program[]', resource: 'programs' },
  ],
};
