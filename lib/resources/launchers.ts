import {
  bool,
  compare,
  contains,
  datetime,
  defineResource,
  exact,
  inList,
  int,
  ref,
  text,
} from './define';
import { slugify } from './slug';

/**
 * Boosters: LL2's launchers, the individual first stages and cores (B1048, Core 1). A launch
 * names its boosters under `rocket.launcher_stage[].launcher`, which the importer stores here.
 */
export const launchers = defineResource({
  key: 'launchers',
  apiPath: 'launchers/',
  route: '/boosters',
  singular: 'Booster',
  plural: 'Boosters',
  idType: 'int',
  fields: {
    id: int('ID', 'id'),
    serial_number: text('Serial number', 'serial_number'),
    status: ref('Status', 'status.id', 'status.name'),
    status__name: text('Status name', 'status.name'),
    flight_proven: bool('Flight-proven', 'flight_proven'),
    is_placeholder: bool('Placeholder', 'is_placeholder'),
    flights: int('Flights', 'flights'),
    attempted_landings: int('Landings attempted', 'attempted_landings'),
    successful_landings: int('Landings', 'successful_landings'),
    first_launch_date: datetime('First launch', 'first_launch_date'),
    last_launch_date: datetime('Last launch', 'last_launch_date'),
    launcher_config: ref('Rocket', 'launcher_config.id', 'launcher_config.full_name'),
    launcher_config__manufacturer__name: text('Manufacturer', 'launcher_config.manufacturer.name'),
  },
  filters: [
    ...compare('attempted_landings'),
    exact('first_launch_date'),
    exact('flight_proven'),
    ...compare('flights'),
    exact('id'),
    contains('id'),
    exact('is_placeholder'),
    exact('last_launch_date'),
    inList('launcher_config', 'launcher_config__ids'),
    exact('launcher_config__manufacturer__name'),
    contains('launcher_config__manufacturer__name'),
    exact('serial_number'),
    contains('serial_number'),
    exact('status'),
    ...compare('successful_landings'),
  ],
  search: ['serial_number', 'status__name'],
  rankFields: ['serial_number'],
  ordering: ['attempted_landings', 'flight_proven', 'flights', 'id', 'successful_landings'],
  defaultOrdering: ['id'],
  modes: ['list', 'normal', 'detailed'],
  defaultMode: 'normal',
  dateField: 'first_launch_date',
  slug: (r) => slugify(String(r.serial_number ?? '')) || null,
  title: (r) =>
    typeof r.serial_number === 'string' && r.serial_number ? r.serial_number : `Booster ${r.id}`,
  nested: [{ path: 'launcher_config', resource: 'launcher_configurations' }],
});
