import type { FilterDef, WireRecord } from '@/lib/resources/types';
import { buildQuery, getDataSource, listRecords } from './index';

/**
 * Astronauts whose own records list a launch among their flights: the crew of a launch whose
 * record names none (the saved snapshot's launches carry no crews, its astronauts carry their
 * flights). Not an LL2 parameter, so only the local store answers it; live LL2 launches carry
 * their crews themselves.
 */
const ON_LAUNCH: FilterDef = { param: 'flights__id', field: 'flights__id', lookup: 'exact' };

export async function listAstronautsOnLaunch(launchId: string): Promise<WireRecord[]> {
  if (getDataSource().kind !== 'local') return [];
  const parsed = buildQuery('astronauts', { limit: '30' });
  const { results } = await listRecords('astronauts', {
    ...parsed,
    query: { ...parsed.query, filters: [{ filter: ON_LAUNCH, values: [launchId], raw: launchId }] },
    canonical: [...parsed.canonical, [ON_LAUNCH.param, launchId]],
  });
  return results;
}

/** The launch records of an astronaut's flights, by id (for their canonical links and seats). */
export async function listFlightLaunches(ids: readonly string[]): Promise<Map<string, WireRecord>> {
  const wanted = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id)).slice(0, 100);
  if (wanted.length === 0) return new Map();
  const { results } = await listRecords(
    'launches',
    buildQuery('launches', { id: wanted.join(','), limit: '100' }),
  );
  return new Map(results.map((r) => [String(r.id), r]));
}
