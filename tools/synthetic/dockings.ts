import {
  isFailedLaunch,
  type DockingPlan,
  type FlightPlan,
  type PayloadFlightPlan,
} from './flight-types';
import { DAY, synId } from './format';
import type { LaunchPlan, LaunchPlanSet } from './launch-types';
import { hashSeed, rngFor } from './random';
import type { SynPort, World } from './world-types';

/**
 * Docking events: visiting vehicles (spacecraft flights, cargo payloads) on free ports of the
 * stations active at the time, so stays overlap across ports as at a real station, and vehicles
 * still in space today stay docked with no departure yet.
 */

interface Candidate {
  time: number;
  flight: FlightPlan | null;
  launch: LaunchPlan;
}

export function scheduleDockings(
  world: World,
  plans: LaunchPlanSet,
  flights: FlightPlan[],
  target: number,
): { payloads: PayloadFlightPlan[]; dockings: DockingPlan[] } {
  const { now, seed } = world;
  const stations = world.stations.filter((s) => s.status.name !== 'Decommissioned');
  const activeAt = (t: number) =>
    stations.filter(
      (s) => s.foundedMs <= t && (s.deorbitedMs === null || s.deorbitedMs > t + 5 * DAY),
    );
  const flightCandidates: Candidate[] = flights
    .filter(
      (f) =>
        f.launch.time <= now &&
        !isFailedLaunch(f.launch) &&
        f.plannedEnd - f.launch.time >= 3 * DAY &&
        f.launch.orbit !== 'SUB',
    )
    .filter((f) => activeAt(f.launch.time + 2 * DAY).length > 0)
    .map((f) => ({ time: f.launch.time, flight: f, launch: f.launch }));
  const payloadCandidates: Candidate[] = plans.chronological
    .filter(
      (p) =>
        p.time <= now &&
        p.flightIndex < 0 &&
        !isFailedLaunch(p) &&
        (p.kind === 'cargo' ||
          ((p.orbit === 'LEO' || p.orbit === 'VLEO') &&
            /resupply|technology|test flight/i.test(p.missionType))) &&
        activeAt(p.time + 2 * DAY).length > 0,
    )
    .map((p) => ({ time: p.time, flight: null, launch: p }));
  const payloadTarget = Math.round(target * 0.2);
  const flightTarget = target - payloadTarget;
  // Vehicles in space today are tried first (a station has visitors now), then the rest in a
  // seeded shuffle, so dockings spread over every station's life whatever the target.
  const inSpace = (c: Candidate) => c.flight !== null && c.flight.plannedEnd > now;
  const shuffle = (c: Candidate) => hashSeed(seed, 'docking-order', c.launch.index);
  const all = [...flightCandidates, ...payloadCandidates].sort(
    (a, b) =>
      Number(inSpace(b)) - Number(inSpace(a)) ||
      shuffle(a) - shuffle(b) ||
      a.launch.index - b.launch.index,
  );

  const busy = new Map<number, [number, number][]>();
  const free = (port: SynPort, from: number, to: number) =>
    (busy.get(port.id) ?? []).every(([a, b]) => to <= a || from >= b);
  const occupy = (port: SynPort, from: number, to: number) =>
    busy.set(port.id, [...(busy.get(port.id) ?? []), [from, to]]);

  const payloads: PayloadFlightPlan[] = [];
  const dockings: Omit<DockingPlan, 'index' | 'id'>[] = [];
  const tried = new Set<Candidate>();

  const attempt = (c: Candidate): void => {
    const rng = rngFor(seed, 'docking', c.launch.index);
    const arrive = c.launch.time + rng.int(6, 72) * 3_600_000;
    const plannedLeave = c.flight
      ? c.flight.plannedEnd - rng.int(2, 24) * 3_600_000
      : arrive + rng.int(20, 70) * DAY;
    if (plannedLeave <= arrive + 3_600_000) return;
    const options = activeAt(arrive);
    const preferred = options.filter((s) =>
      s.owners.some(
        (o) =>
          o === c.launch.agency ||
          o.countries[0]?.alpha_3_code === c.launch.agency.countries[0]?.alpha_3_code,
      ),
    );
    const order = [...(preferred.length > 0 ? preferred : options)];
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const station of order) {
      let leave = plannedLeave;
      if (station.deorbitedMs !== null && leave > station.deorbitedMs - 10 * DAY)
        leave = station.deorbitedMs - 10 * DAY;
      if (leave <= arrive + 3_600_000) continue;
      const open = leave > now;
      const until = open ? Number.POSITIVE_INFINITY : leave;
      const ports = station.ports.filter((port) => free(port, arrive, until));
      if (ports.length === 0) continue;
      const port = rng.pick(ports);
      let payload: PayloadFlightPlan | null = null;
      if (!c.flight) {
        payload = {
          index: payloads.length,
          id: synId('payloadFlight', payloads.length),
          payloadId: synId('payload', payloads.length),
          name: c.launch.mission ?? `Cargo ${payloads.length + 1}`,
          launch: c.launch,
          operator: c.launch.customer ?? c.launch.agency,
          manufacturer: c.launch.agency,
          dockings: [],
        };
        payloads.push(payload);
        c.launch.payloadIndex = payload.index;
      }
      const relocate =
        c.flight !== null &&
        !open &&
        leave - arrive > 40 * DAY &&
        rng.chance(0.08) &&
        dockings.length + 2 <= target;
      if (relocate) {
        const moveAt = arrive + Math.round((leave - arrive) * (0.3 + rng.next() * 0.4));
        const second = station.ports.filter((q) => q !== port && free(q, moveAt, until));
        if (second.length > 0) {
          const other = rng.pick(second);
          occupy(port, arrive, moveAt - 3_600_000);
          occupy(other, moveAt, until);
          dockings.push({
            station,
            port,
            docking: arrive,
            departure: moveAt - 3_600_000,
            flight: c.flight,
            payload,
          });
          dockings.push({
            station,
            port: other,
            docking: moveAt,
            departure: leave,
            flight: c.flight,
            payload,
          });
          return;
        }
      }
      occupy(port, arrive, until);
      dockings.push({
        station,
        port,
        docking: arrive,
        departure: open ? null : leave,
        flight: c.flight,
        payload,
      });
      return;
    }
  };

  let byFlight = 0;
  let byPayload = 0;
  for (const c of all) {
    if (dockings.length >= target) break;
    if (c.flight ? byFlight >= flightTarget : byPayload >= payloadTarget) continue;
    tried.add(c);
    const before = dockings.length;
    attempt(c);
    if (c.flight) byFlight += dockings.length - before;
    else byPayload += dockings.length - before;
  }
  for (const c of all) {
    if (dockings.length >= target) break;
    if (!tried.has(c)) attempt(c);
  }

  const ordered = dockings
    .sort((a, b) => a.docking - b.docking || a.port.id - b.port.id)
    .map((d, index) => ({ ...d, index, id: synId('dockingEvent', index) }));
  for (const d of ordered) {
    d.flight?.dockings.push(d);
    d.payload?.dockings.push(d);
  }
  return { payloads, dockings: ordered };
}
