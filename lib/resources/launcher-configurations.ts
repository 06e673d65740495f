import { LAUNCH_TALLIES, bool, compare, contains, datetime, defineResource, exact, fieldsFor, float, int, ref, repeated, text } from './define';
import { at } from '@/lib/ll2/read';
import { slugify } from './slug';

/** Rockets: LL2's launcher configurations (Falcon 9 Block 5, Soyuz 2.1a). */
export const launcherConfigurations = defineResource({
  key: 'launcher_configurations',
  apiPath: 'launcher_configurations/',
  route: '/rockets',
  singular: 'Rocket',
  plural: 'Rockets',
  idType: 'int',
  fields: {
    id: int('ID', 'id'),
    name: text('Name', 'name'),
    full_name: text('Full name', 'full_name'),
    variant: text('Variant', 'variant'),
    active: bool('Active', 'active'),
    reusable: bool('Reusable', 'reusable'),
    is_placeholder: bool('Placeholder', 'is_placeholder'),
    families: ref('Family', 'families[].id', 'families[].name'),
    // 2.2.0 snapshots name the family as text; 2.3.0 lists family records.
    family__name: text('Family name', (r) => {
      const names = at(r, 'families[].name');
      if (Array.isArray(names) && names.length > 0) return names.filter((n): n is string => typeof n === 'string');
      return typeof r.family === 'string' && r.family ? [r.family] : [];
    }, { multi: true }),
    manufacturer: ref('Manufacturer', 'manufacturer.id', 'manufacturer.name'),
    manufacturer__name: text('Manufacturer name', 'manufacturer.name'),
    manufacturer__abbrev: text('Manufacturer abbreviation', 'manufacturer.abbrev'),
    program: ref('Program', 'program[].id', 'program[].name'),
    maiden_flight: datetime('Maiden flight', 'maiden_flight'),
    launch_cost: float('Launch cost', 'launch_cost'),
    length: float('Length', 'length'),
    diameter: float('Diameter', 'diameter'),
    launch_mass: float('Launch mass', 'launch_mass'),
    leo_capacity: float('LEO capacity', 'leo_capacity'),
    gto_capacity: float('GTO capacity', 'gto_capacity'),
    to_thrust: float('Liftoff thrust', 'to_thrust'),
    ...fieldsFor(LAUNCH_TALLIES, (c) => int(c.replaceAll('_', ' '), c)),
  },
  filters: [
    exact('active'),
    ...LAUNCH_TALLIES.flatMap((c) => compare(c)),
    repeated('families', 'families'),
    repeated('families', 'families__contains'),
    exact('full_name'),
    contains('full_name'),
    exact('is_placeholder'),
    ...compare('maiden_flight'),
    exact('manufacturer__name'),
    contains('manufacturer__name'),
    exact('name'),
    contains('name'),
    repeated('program', 'program'),
    repeated('program', 'program__contains'),
  ],
  search: ['full_name', 'manufacturer__abbrev', 'manufacturer__name', 'name'],
  // LL2's search leaves the family out; the site's search still finds "Falcon" by it.
  siteSearch: ['family__name'],
  ordering: [
    'attempted_landings',
    'consecutive_successful_landings',
    'consecutive_successful_launches',
    'failed_landings',
    'failed_launches',
    'launch_cost',
    'launch_mass',
    'leo_capacity',
    'gto_capacity',
    'maiden_flight',
    'name',
    'pending_launches',
    'successful_landings',
    'successful_launches',
    'total_launch_count',
  ],
  defaultOrdering: ['name'],
  modes: ['list', 'normal', 'detailed'],
  defaultMode: 'normal',
  dateField: 'maiden_flight',
  slug: (r) => slugify(String(r.full_name || r.name || '')),
  title: (r) => String(r.full_name || r.name || `Rocket ${r.id}`),
  nested: [
    { path: 'manufacturer', resource: 'agencies' },
    { path: 'program[]', resource: 'programs' },
  ],
});
