import type { ListQuery } from '@/lib/query/types';
import { resources, type ResourceKey } from '@/lib/resources';
import type { FilterDef, Mode, ResourceDef } from '@/lib/resources/types';
import { toLl2Request, type Ll2Request } from '@/lib/ll2/query';

/** LL2's largest page. */
export const PAGE_SIZE = 100;

export interface SyncTask {
  /** `launches:upcoming`, `agencies`; also names the task's cursor in the store. */
  name: string;
  resource: ResourceKey;
  def: ResourceDef;
  view?: string;
  mode: Mode;
  /**
   * Paged by `last_updated__gte` + `ordering=last_updated`, so after the first pass only what
   * changed is fetched. Without that filter the endpoint is re-read in full by offset.
   */
  sinceFilter: FilterDef | null;
  /** A new pass starts this long after the last one completed. */
  intervalMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Priority order, most watched and most changing first: with 15 anonymous calls an hour, the
 * upcoming launches must not wait behind a five-hour first pass over every past launch.
 */
const SCHEDULE: { resource: ResourceKey; view?: string; intervalMs: number }[] = [
  { resource: 'launches', view: 'upcoming', intervalMs: 10 * MINUTE },
  { resource: 'events', intervalMs: 30 * MINUTE },
  { resource: 'launches', intervalMs: HOUR },
  { resource: 'docking_events', intervalMs: 6 * HOUR },
  { resource: 'space_stations', intervalMs: DAY },
  { resource: 'agencies', intervalMs: DAY },
  { resource: 'spacecraft', intervalMs: DAY },
  { resource: 'astronauts', intervalMs: DAY },
  // A crew changes a few times a year; daily keeps a station's current expedition right.
  { resource: 'expeditions', intervalMs: DAY },
  { resource: 'launcher_configurations', intervalMs: 7 * DAY },
  // Flights and landings change with each launch; a day keeps reuse counts close behind.
  { resource: 'launchers', intervalMs: DAY },
  { resource: 'pads', intervalMs: 7 * DAY },
  { resource: 'locations', intervalMs: 7 * DAY },
  { resource: 'programs', intervalMs: 7 * DAY },
  { resource: 'spacecraft_configurations', intervalMs: 7 * DAY },
  { resource: 'spacecraft_flights', intervalMs: 7 * DAY },
  { resource: 'payload_flights', intervalMs: 7 * DAY },
  { resource: 'landings', intervalMs: 7 * DAY },
];

function sinceFilterOf(def: ResourceDef): FilterDef | null {
  if (!def.lastUpdatedField || !def.ordering.includes(def.lastUpdatedField)) return null;
  return def.filters.find((f) => f.field === def.lastUpdatedField && f.lookup === 'gte') ?? null;
}

function makeTask(entry: (typeof SCHEDULE)[number]): SyncTask {
  const def = resources[entry.resource];
  return {
    name: entry.view ? `${entry.resource}:${entry.view}` : entry.resource,
    resource: entry.resource,
    def,
    view: entry.view,
    mode: def.modes.includes('detailed') ? 'detailed' : def.defaultMode,
    sinceFilter: sinceFilterOf(def),
    intervalMs: entry.intervalMs,
  };
}

export const ALL_TASKS: readonly SyncTask[] = SCHEDULE.map(makeTask);

/**
 * The tasks to run, in priority order. `only` takes task names (`launches:upcoming`) or resource
 * keys (`launches` selects both launch tasks); an unknown name is an error listing the valid ones.
 */
export function buildPlan(only: string[] = []): SyncTask[] {
  if (only.length === 0) return [...ALL_TASKS];
  const unknown = only.filter(
    (name) => !ALL_TASKS.some((t) => t.name === name || t.resource === name),
  );
  if (unknown.length > 0) {
    const valid = [...new Set(ALL_TASKS.flatMap((t) => [t.resource, t.name]))].join(', ');
    throw new Error(`Unknown resource ${unknown.join(', ')}; choose from ${valid}`);
  }
  return ALL_TASKS.filter((t) => only.includes(t.name) || only.includes(t.resource));
}

/** Where a pass stands: the keyset (`since`, `skip`) or the `offset` of the next page. */
export interface PagePosition {
  since: string | null;
  skip: number;
  offset: number;
}

/** The LL2 request for the next page, built through the same translation live mode uses. */
export function pageRequest(
  task: SyncTask,
  position: PagePosition,
  pageSize = PAGE_SIZE,
): Ll2Request {
  const { def } = task;
  const keyset = task.sinceFilter !== null;
  const filters: ListQuery['filters'] =
    keyset && position.since !== null && task.sinceFilter
      ? [{ filter: task.sinceFilter, values: [position.since], raw: position.since }]
      : [];
  // A stable order keeps offset paging from skipping records; LL2's own default otherwise.
  const orderField = keyset ? def.lastUpdatedField! : def.ordering.includes('id') ? 'id' : null;
  const query: ListQuery = {
    resource: def.key,
    view: task.view,
    viewParams: {},
    filters,
    searchTerms: [],
    search: '',
    ordering: orderField ? [{ field: orderField, desc: false }] : [],
    explicitOrdering: orderField !== null,
    limit: pageSize,
    offset: keyset ? position.skip : position.offset,
    mode: task.mode,
  };
  return toLl2Request(def, query);
}
