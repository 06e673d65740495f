import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, planSyntheticDataset, syntheticCounts } from '@/tools/synthetic';

/** Dockings per station, busiest first. */
function perStation(launches: number): number[] {
  const { flights } = planSyntheticDataset({
    launches,
    seed: DEFAULT_SEED,
    now: new Date('2026-06-15T00:00:00Z'),
  });
  const counts = new Map<number, number>();
  for (const d of flights.dockings) counts.set(d.station.id, (counts.get(d.station.id) ?? 0) + 1);
  return [...counts.values()].sort((a, b) => b - a);
}

describe('synthetic docking events', () => {
  it('scales the default number of dockings with the launches', () => {
    expect(syntheticCounts({ launches: 100_000 }).dockingEvents).toBe(1667);
    expect(syntheticCounts({ launches: 600 }).dockingEvents).toBe(10);
    expect(syntheticCounts({ launches: 100_000, dockingEvents: 5 }).dockingEvents).toBe(5);
  });

  // The benchmark loads a docking timeline of 1,000 events from the 100,000-launch store.
  // Planning alone (no records) takes a few seconds at that size.
  it('gives the busiest station at least 1,000 dockings at 100,000 launches', () => {
    const [busiest = 0, ...rest] = perStation(100_000);
    expect(busiest).toBeGreaterThanOrEqual(1000);
    expect(busiest + rest.reduce((a, b) => a + b, 0)).toBe(1667);
  });
});
