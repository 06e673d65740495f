import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  getDockedNow,
  getEventHighlights,
  getLaunchHighlights,
  getQuickLinks,
  getResourceCounts,
  unlessUnavailable,
} from '@/lib/home/highlights';
import { LiveDataUnavailableError } from '@/lib/data/live-error';
import { useEmbeddedStore } from '../search/helpers';

let restore: () => void;
beforeAll(() => {
  // Every embedded launch and event is in the past relative to this.
  vi.useFakeTimers({ now: new Date('2026-11-23T12:00:00Z'), toFake: ['Date'] });
  restore = useEmbeddedStore();
});
afterAll(() => {
  restore();
  vi.useRealTimers();
});

describe('home highlights', () => {
  it('falls back to the latest launches, newest first, when none are upcoming', async () => {
    const { mode, items, total } = await getLaunchHighlights(4);
    expect(mode).toBe('latest');
    expect(total).toBe(10);
    expect(items.map((l) => l.name)).toEqual([
      'Soyuz 2.1a/Fregat-M | Kosmos (Unknown Payload)',
      'Soyuz 2.1a | Progress MS-30 (91P)',
      'Smart Dragon 3 | 10 x CentiSpace-1',
      'Soyuz 2.1a/Fregat-M | Kondor-FKA No.2',
    ]);
  });

  it('shows upcoming launches when there are some', async () => {
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
    try {
      const { mode, items } = await getLaunchHighlights(2);
      expect(mode).toBe('upcoming');
      expect(items.map((l) => l.name)).toEqual([
        'Smart Dragon 3 | 10 x CentiSpace-1',
        'Soyuz 2.1a | Progress MS-30 (91P)',
      ]);
    } finally {
      vi.setSystemTime(new Date('2026-11-23T12:00:00Z'));
    }
  });

  it('falls back to the latest events', async () => {
    const { mode, items } = await getEventHighlights(2);
    expect(mode).toBe('latest');
    expect(items.map((e) => e.name)).toEqual([
      'S-520-33 Sounding Rocket Launch',
      'Cygnus NG-19 Prelaunch Teleconference',
    ]);
  });

  it('groups open dockings by what they are docked to, stations first', async () => {
    const targets = await getDockedNow();
    expect(targets.map((t) => [t.name, t.kind, t.vehicles.map((v) => v.name)])).toEqual([
      ['International Space Station', 'station', ['Crew Dragon Endurance', 'Soyuz MS-27']],
      ['SpaDEx Target (SDX02)', 'vehicle', ['SpaDEx Chaser (SDX01)']],
    ]);
    const [iss] = targets;
    expect(iss?.station?.href).toBe('/space-stations/4-international-space-station');
    expect(iss?.vehicles[0]).toMatchObject({
      href: '/docking-events/619',
      vehicle: { href: '/spacecraft/542-crew-dragon-endurance' },
      port: 'Harmony forward',
      since: '2025-03-16T04:52:00Z',
    });
  });

  it('leaves out dockings that ended before now', async () => {
    vi.setSystemTime(new Date('2024-10-15T00:00:00Z'));
    try {
      const targets = await getDockedNow();
      expect(targets.flatMap((t) => t.vehicles.map((v) => v.href))).toEqual([
        '/docking-events/611',
      ]);
    } finally {
      vi.setSystemTime(new Date('2026-11-23T12:00:00Z'));
    }
  });

  it('counts records per resource, singular for one', async () => {
    const { counts } = await getResourceCounts();
    expect(counts.map((c) => `${c.count} ${c.label}`)).toEqual([
      '15 Launches',
      '10 Events',
      '21 Agencies',
      '14 Spacecraft',
      '1 Space station',
      '6 Docking events',
    ]);
  });

  it('builds quick links with "this year" first even before its first launch', async () => {
    const [launches, agencies] = await getQuickLinks();
    expect(launches?.links.map((l) => [l.label, l.href, l.count])).toContainEqual([
      'This year (2026)',
      '/launches?year=2026',
      0,
    ]);
    expect(launches?.links.map((l) => l.label)).toEqual([
      'Upcoming',
      'Previous',
      'Crewed',
      'This year (2026)',
      '2025',
      '2024',
    ]);
    expect(agencies?.links[0]).toEqual({
      label: 'Commercial',
      href: '/agencies?type__id=3',
      count: 8,
    });
  });

  it('turns "LL2 unavailable" into null and rethrows anything else', async () => {
    await expect(
      unlessUnavailable(Promise.reject(new LiveDataUnavailableError('down'))),
    ).resolves.toBeNull();
    await expect(unlessUnavailable(Promise.reject(new Error('bug')))).rejects.toThrow('bug');
    await expect(unlessUnavailable(Promise.resolve(1))).resolves.toBe(1);
  });
});
