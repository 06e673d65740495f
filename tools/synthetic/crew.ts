import type { Astronaut, CrewSeat, FlightPlan } from './flight-types';
import { synId, YEAR } from './format';
import type { Pools } from './pool-types';
import type { Rng } from './random';
import { ASTRONAUT_ROLES } from './vocab';

/** Crews: veterans of the same agency fly again, newcomers join; tourists fly once. */

export function assignCrew(
  pools: Pools,
  rng: Rng,
  flight: FlightPlan,
  roster: Map<number, Astronaut[]>,
  astronauts: Astronaut[],
  now: number,
): CrewSeat[] {
  const p = flight.launch;
  const capacity = flight.craft.config.crewCapacity ?? 3;
  const size = Math.max(1, Math.min(capacity, rng.int(Math.max(1, capacity - 2), capacity)));
  const tourism = p.missionType === 'Tourism';
  const agency = p.agency;
  const pool = roster.get(agency.id) ?? [];
  roster.set(agency.id, pool);
  const seats: CrewSeat[] = [];
  const used = new Set<Astronaut>();
  for (let s = 0; s < size; s++) {
    const veterans = pool.filter(
      (a) => !used.has(a) && a.lastMs < p.time - YEAR && p.time - a.bornMs < 58 * YEAR,
    );
    let astronaut: Astronaut;
    if (!tourism && veterans.length > 0 && rng.chance(0.45)) {
      astronaut = rng.pick(veterans);
    } else {
      const first = pools.firstNames.length > 0 ? rng.pick(pools.firstNames) : 'Alex';
      const last = pools.lastNames.length > 0 ? rng.pick(pools.lastNames) : 'Orbach';
      astronaut = {
        index: astronauts.length,
        id: synId('astronaut', astronauts.length),
        name: `${first} ${last}`,
        agency,
        nationality: agency.countries[0]!,
        bornMs: p.time - Math.round((28 + rng.next() * 20) * YEAR),
        flights: 0,
        firstMs: p.time,
        lastMs: p.time,
        secondsInSpace: 0,
        inSpace: false,
        privateFlyer: tourism,
        active: true,
        age: 0,
      };
      astronauts.push(astronaut);
      if (!tourism) pool.push(astronaut);
    }
    used.add(astronaut);
    if (p.time <= now) {
      astronaut.flights += 1;
      astronaut.lastMs = Math.max(astronaut.lastMs, p.time);
    }
    const role = tourism
      ? ASTRONAUT_ROLES[5]
      : s === 0
        ? ASTRONAUT_ROLES[0]
        : s === 1 && size > 2
          ? ASTRONAUT_ROLES[1]
          : ASTRONAUT_ROLES[Math.min(4, s + 1)]!;
    seats.push({ id: synId('astronautFlight', flight.index * 10 + s), astronaut, role });
  }
  return seats;
}
