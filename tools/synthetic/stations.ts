import { dateMs, DAY, synId } from './format';
import type { Pools } from './pool-types';
import { rngFor } from './random';
import { STATION_STATUS, STATION_TYPES } from './vocab';
import type { SynStation, World } from './world-types';

/** Space stations: the long-lived crewed ones first, then invented commercial ones if asked for more. */

const PORT_NAMES = [
  'Forward port',
  'Aft port',
  'Nadir port',
  'Zenith port',
  'Port side',
  'Starboard side',
];

export function buildStations(
  pools: Pools,
  seed: number,
  now: number,
  count: number,
  agencyFor: World['agencyFor'],
): SynStation[] {
  // Long-lived, crewed stations first: they are where dockings happen.
  const decommissioned = (s: (typeof pools.stations)[number]) => /decommission/i.test(s.status);
  const ranked = [...pools.stations].sort((a, b) => {
    const life = (s: typeof a) => (dateMs(s.deorbited) ?? now) - (dateMs(s.founded) ?? now);
    return (
      Number(decommissioned(a)) - Number(decommissioned(b)) ||
      life(b) - life(a) ||
      a.realId - b.realId
    );
  });
  const stations: SynStation[] = [];
  let portIndex = 0;
  for (let i = 0; i < count; i++) {
    const rng = rngFor(seed, 'station', i);
    const pool = ranked[i];
    const foundedMs = pool ? (dateMs(pool.founded) ?? now) : now + rng.int(-200, 1200) * DAY;
    const deorbitedMs = pool ? dateMs(pool.deorbited) : null;
    const owners = pool
      ? [...new Set(pool.ownerRealIds.map((id) => agencyFor(id, `station-${pool.realId}`)))]
      : [agencyFor(null, `station-${i}`)];
    const portNames =
      pool && pool.ports.length > 0
        ? pool.ports
        : PORT_NAMES.slice(0, rng.int(2, PORT_NAMES.length));
    const status =
      deorbitedMs !== null
        ? STATION_STATUS.deorbited
        : foundedMs > now
          ? STATION_STATUS.planned
          : pool && decommissioned(pool)
            ? STATION_STATUS.decommissioned
            : STATION_STATUS.active;
    stations.push({
      index: i,
      id: synId('station', i),
      name: pool ? pool.name : `Commercial Station ${i + 1}`,
      foundedMs,
      deorbitedMs,
      status,
      type: STATION_TYPES[pool?.type ?? 'Commercial'] ?? STATION_TYPES.Commercial!,
      orbit: pool?.orbit ?? 'Low Earth Orbit',
      owners: owners.length > 0 ? owners : [agencyFor(null, `station-${i}`)],
      ports: portNames.map((name) => ({ id: synId('dockingLocation', portIndex++), name })),
      description: pool?.description || 'A synthetic commercial space station.',
      height: pool?.height ?? rng.int(8, 40),
      width: pool?.width ?? rng.int(4, 30),
      mass: pool?.mass ?? rng.int(20, 400),
      volume: pool?.volume ?? rng.int(100, 900),
    });
  }
  return stations;
}
