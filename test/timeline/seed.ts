import { seedPageBody } from '../fixtures/ll2-reference';

/** The real LL2 docking events of seed 003. */
export function readSeedDockingEvents(): Record<string, unknown>[] {
  return seedPageBody('docking_events').results;
}
