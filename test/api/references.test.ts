import { describe, expect, it } from 'vitest';
import { withReferencedRecords } from '@/lib/api/references';
import { resources } from '@/lib/resources';
import type { WireRecord } from '@/lib/resources/types';

const stored: Record<string, WireRecord> = {
  'agencies:121': { id: 121, name: 'SpaceX', abbrev: 'SpX', type: { id: 3, name: 'Commercial' } },
  'pads:87': { id: 87, name: 'LC-39A', latitude: 28.6, location: { id: 27, name: 'KSC' } },
  'locations:27': {
    id: 27,
    name: 'Kennedy Space Center, FL, USA',
    celestial_body: { id: 1, name: 'Earth' },
  },
};
const lookup = async (resource: string, id: string | number) => stored[`${resource}:${id}`] ?? null;

describe('withReferencedRecords completes embedded records from their own stored copies', () => {
  const launch = {
    id: 'x',
    name: 'Falcon 9 | Demo',
    launch_service_provider: { id: 121, name: 'SpaceX (as embedded)' },
    pad: { id: 87, name: 'Launch Complex 39A' },
  } as WireRecord;

  it('adds the keys an embedded copy lacks, keeps the ones it has, and reaches nested references', async () => {
    const [out] = await withReferencedRecords(resources.launches, [launch], lookup);
    expect(out!.launch_service_provider).toEqual({
      id: 121,
      name: 'SpaceX (as embedded)',
      abbrev: 'SpX',
      type: { id: 3, name: 'Commercial' },
    });
    // The pad gets its location from the stored pad, and the location its body from the stored location.
    expect(out!.pad).toMatchObject({
      name: 'Launch Complex 39A',
      latitude: 28.6,
      location: { id: 27, name: 'KSC', celestial_body: { id: 1 } },
    });
  });

  it('leaves the stored record itself untouched and unknown references alone', async () => {
    const unknown = {
      ...launch,
      launch_service_provider: { id: 999, name: 'Nobody' },
    } as WireRecord;
    const [out] = await withReferencedRecords(resources.launches, [unknown], lookup);
    expect(out!.launch_service_provider).toEqual({ id: 999, name: 'Nobody' });
    expect(launch.pad).toEqual({ id: 87, name: 'Launch Complex 39A' });
  });

  it('changes neither the records it completes nor the stored copies it reads', async () => {
    const before = structuredClone(launch);
    const storedBefore = structuredClone(stored);
    await withReferencedRecords(resources.launches, [launch, launch], lookup);
    expect(launch).toEqual(before);
    expect(stored).toEqual(storedBefore);
  });
});
