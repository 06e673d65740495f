import { describe, expect, it } from 'vitest';
import {
  describeAgency,
  describeDockingEvent,
  describeEvent,
  describeLaunch,
  describeLocation,
  describePad,
  describeProgram,
  describeSpacecraft,
  describeSpacecraftConfig,
  describeSpaceStation,
  formatNetWithPrecision,
  truncateDescription,
} from '@/lib/seo/describe';
import {
  eventView,
  imprecise,
  launch,
  launchView,
  loadReference,
  loadSeed,
  NOW,
  PRECISION,
  type Rec,
} from './fixtures';

const now = { now: NOW };
const GO = { id: 1, name: 'Go for Launch', abbrev: 'Go' };

function expectMeta(text: string) {
  expect(text.length).toBeGreaterThan(20);
  expect(text.length).toBeLessThanOrEqual(160);
  expect(text).not.toMatch(/undefined|null|NaN|\[object/);
  expect(text).not.toMatch(/\s{2,}|^\s|\s$/);
}

describe('formatNetWithPrecision', () => {
  it.each([
    ['2024-09-28T14:17:21Z', null, '28 Sep 2024 14:17 UTC'],
    ['2024-09-28T14:17:21Z', PRECISION.second, '28 Sep 2024 14:17 UTC'],
    ['2024-09-28T14:17:21Z', { id: 1, name: 'Minute', abbrev: 'MIN' }, '28 Sep 2024 14:17 UTC'],
    ['2026-12-12T14:00:00Z', PRECISION.day, '12 Dec 2026'],
    ['2026-12-12T14:00:00Z', { id: 3, name: 'Morning (local time)', abbrev: 'AM' }, '12 Dec 2026'],
    ['2026-06-30T00:00:00Z', PRECISION.month, 'June 2026'],
    ['2026-06-30T00:00:00Z', 'Month', 'June 2026'],
    ['2026-06-30T00:00:00Z', 'MON', 'June 2026'],
    ['2026-09-30T00:00:00Z', PRECISION.q3, 'Q3 2026'],
    ['2026-09-30T00:00:00Z', 'Q3', 'Q3 2026'],
    ['2026-12-31T00:00:00Z', PRECISION.h2, 'H2 2026'],
    ['2026-12-31T00:00:00Z', PRECISION.year, '2026'],
    ['2026-12-31T00:00:00Z', { name: 'Fiscal Year', abbrev: 'FY' }, 'FY2026'],
    ['2027-03-01T00:00:00Z', { name: 'Decade' }, '2020s'],
    ['2026-03-02T00:00:00Z', { name: 'Week', abbrev: 'WK' }, 'week of 2 Mar 2026'],
    ['not a date', PRECISION.month, 'TBD'],
    [null, null, 'TBD'],
  ])('%s with %o → %s', (iso, precision, expected) => {
    expect(formatNetWithPrecision(iso, precision)).toBe(expected);
  });

  it('ignores a precision it does not know', () => {
    expect(formatNetWithPrecision('2024-09-28T14:17:21Z', { name: 'Sometime' })).toBe(
      '28 Sep 2024 14:17 UTC',
    );
  });
});

describe('truncateDescription', () => {
  it('keeps short text and collapses whitespace', () => {
    expect(truncateDescription('  a\n\nb  ')).toBe('a b');
  });

  it('cuts on a word boundary with an ellipsis', () => {
    const words =
      'Launch vehicles carry payloads to orbit, and some of them come back for another flight. ';
    const out = truncateDescription(words.repeat(5));
    expect(out.length).toBeLessThanOrEqual(160);
    expect(out.endsWith('…')).toBe(true);
    const body = out.slice(0, -1);
    expect(words.repeat(5).startsWith(body)).toBe(true);
    expect(/[\s,]$/.test(body)).toBe(false);
    expect(words.repeat(5)[body.length]).toMatch(/[\s,.]/);
  });

  it('never splits a surrogate pair on a hard cut', () => {
    const out = truncateDescription('🚀'.repeat(100), 11);
    expect(out).toBe(`${'🚀'.repeat(5)}…`);
  });
});

describe('describeLaunch', () => {
  it('describes a past launch', () => {
    const text = describeLaunch(launchView(launch()), now);
    expect(
      text.startsWith(
        'Falcon 9 Block 5 | Crew-9 — launched 28 Sep 2024 from Space Launch Complex 40, Cape Canaveral SFS, by SpaceX. Success. SpaceX Crew-9',
      ),
    ).toBe(true);
    expectMeta(text);
    expect(text.endsWith('…')).toBe(true);
  });

  it('describes an upcoming launch with its precise NET', () => {
    const text = describeLaunch(
      launchView(imprecise('2026-12-12T14:00:00Z', PRECISION.second, { status: GO, mission: null })),
      now,
    );
    expect(text).toBe(
      'Falcon 9 Block 5 | Starlink Group 12-1 — scheduled for NET 12 Dec 2026 14:00 UTC from Space Launch Complex 40, Cape Canaveral SFS, by SpaceX. Go for Launch.',
    );
  });

  it.each([
    [PRECISION.month, '2026-06-30T00:00:00Z', 'NET June 2026'],
    [PRECISION.q3, '2026-09-30T00:00:00Z', 'NET Q3 2026'],
    [PRECISION.h2, '2026-12-31T00:00:00Z', 'NET H2 2026'],
    [PRECISION.year, '2026-12-31T00:00:00Z', 'NET 2026'],
    [PRECISION.second, '2026-03-04T15:30:00Z', 'NET 4 Mar 2026 from'],
  ])('honours NET precision %o', (precision, net, expected) => {
    const text = describeLaunch(launchView(imprecise(net, precision)), now);
    expect(text).toContain(`scheduled for ${expected}`);
    expect(text).toContain('To Be Determined.');
    expectMeta(text);
  });

  it('describes every seed launch', () => {
    for (const l of loadSeed('004')) {
      const text = describeLaunch(launchView(l), now);
      expect(text.startsWith(`${String(l.name)} — `)).toBe(true);
      expectMeta(text);
    }
  });

  it('uses `now` only when the status does not say', () => {
    const noStatus = launch({ status: null, mission: null });
    expect(describeLaunch(launchView(noStatus), { now: new Date('2020-01-01T00:00:00Z') })).toContain(
      'scheduled for NET 28 Sep 2024',
    );
    expect(describeLaunch(launchView(noStatus), now)).toContain('launched 28 Sep 2024');
  });
});

describe('describeEvent', () => {
  it('describes the seed events', () => {
    const events = loadSeed('002');
    expect(describeEvent(eventView(events[0]!), now)).toBe(
      'Mars 2020 Pre-Launch News Conference — Press Event on 27 Jul 2020 17:00 UTC at Kennedy Space Center. The Mars 2020 pre-launch news conference will be…',
    );
    for (const e of events) expectMeta(describeEvent(eventView(e), now));
    const noneLocation = events.find((e) => e.location === 'None')!;
    expect(describeEvent(eventView(noneLocation), now)).not.toContain('at None');
  });

  it('says "in June 2026" for a month-precision date', () => {
    const text = describeEvent(
      eventView({
        id: 1,
        name: 'Artemis III Crew Announcement',
        type: { id: 1, name: 'Press Event' },
        date: '2026-06-30T00:00:00Z',
        date_precision: PRECISION.month,
      }),
      now,
    );
    expect(text).toBe('Artemis III Crew Announcement — Press Event in June 2026.');
  });
});

describe('reference resources', () => {
  it('describes agencies', () => {
    const agencies = loadSeed('000');
    expect(describeAgency(agencies[0]!)).toBe(
      'Innospace — Private launch provider from South Korea, founded 2017. Innospace is a South Korean startup company specializing in developing hybrid space rocket.',
    );
    expect(describeAgency(agencies.find((a) => a.name === 'Stoke Space')!)).toContain(
      'from the United States of America, founded 2020.',
    );
    for (const a of agencies) expectMeta(describeAgency(a));
    expect(
      describeAgency({
        name: 'SpaceX',
        type: { id: 3, name: 'Commercial' },
        country: [{ name: 'United States of America' }],
        founding_year: 2002,
        launchers: 'Falcon',
        total_launch_count: 450,
        successful_launches: 441,
      }),
    ).toBe(
      'SpaceX — Commercial launch provider from the United States of America, founded 2002. 450 launches, 98% success.',
    );
  });

  it('describes spacecraft', () => {
    const spacecraft = loadSeed('001');
    expect(
      describeSpacecraft(spacecraft[0]!).startsWith(
        'Soyuz 5 (Soyuz 7K-OK (P) 11F615 #13) — Soyuz capsule by Russian Federal Space Agency (ROSCOSMOS). Single Use; 1 flight, 3 days in space.',
      ),
    ).toBe(true);
    for (const s of spacecraft) expectMeta(describeSpacecraft(s));
  });

  it('describes docking events whatever docks with whatever', () => {
    const docking = loadSeed('003');
    expect(describeDockingEvent(docking[0]!, now)).toBe(
      'Crew Dragon Freedom docked with International Space Station (Harmony forward) on 29 Sep 2024 21:31 UTC; departed 3 Nov 2024. Launched on Falcon 9 Block 5…',
    );
    const spadex = docking.find((d) => d.id === 616)!;
    expect(describeDockingEvent(spadex, now)).toBe(
      'SpaDEx Chaser (SDX01) docked with SpaDEx Target (SDX02) on 16 Jan 2025 00:49 UTC; departed 13 Mar 2025.',
    );
    expect(describeDockingEvent(docking[0]!, { now: new Date('2024-01-01T00:00:00Z') })).toContain(
      'is scheduled to dock with International Space Station',
    );
    for (const d of docking) expectMeta(describeDockingEvent(d, now));
  });

  it('describes space stations, pads, locations, programs and spacecraft configurations', () => {
    const iss = loadReference('spacestations.json').find((s) => s.id === 4)!;
    expect(describeSpaceStation(iss)).toMatch(
      /^International Space Station — Active government space station in Low Earth Orbit, owned by .+, since 20 Nov 1998\./,
    );
    const groups: [(r: Rec) => string, Rec[]][] = [
      [describeSpaceStation, loadReference('spacestations.json')],
      [describePad, loadReference('pads.json').slice(0, 40)],
      [describeLocation, loadReference('locations.json')],
      [describeSpacecraftConfig, loadReference('spacecrafts.json')],
      [describeProgram, loadSeed('004').flatMap((l) => l.program as Rec[])],
    ];
    for (const [fn, records] of groups) for (const r of records) expectMeta(fn(r));
    expect(describePad(loadReference('pads.json')[0]!)).toBe(
      'LP-41 — launch pad at Pacific Missile Range Facility, Barking Sands, HI, USA. 1 launch.',
    );
    const soyuzProgram = (loadSeed('004')[0]!.program as Rec[])[1]!;
    expect(describeProgram(soyuzProgram)).toMatch(/^Soyuz — Program by .+, since 1966\./);
  });
});

describe('odd data', () => {
  it('never throws and always says something', () => {
    const fns = [
      (r: Rec) => describeLaunch(launchView(r)),
      (r: Rec) => describeEvent(eventView(r)),
      describeAgency,
      describeSpacecraft,
      describeSpaceStation,
      describeDockingEvent,
      describePad,
      describeLocation,
      describeProgram,
      describeSpacecraftConfig,
    ];
    const junk: Rec[] = [
      {},
      { name: 7, status: 'x', net: [], country: 'nope', owners: {}, pad: 3 },
      { name: '   ' },
    ];
    for (const fn of fns) {
      for (const j of junk) {
        const text = fn(j);
        expect(text.length).toBeGreaterThan(0);
        expect(text).not.toMatch(/undefined|null|NaN|\[object/);
      }
    }
  });
});
