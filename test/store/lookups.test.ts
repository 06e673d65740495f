import { LAUNCH_TALLIES } from '@/lib/resources/define';
import { describe, expect, it } from 'vitest';
import { describeStores, withStore } from './both-stores';
import {
  HAND_AGENCIES,
  HAND_LAUNCHES,
  compareIds,
  def,
  fillFull,
  matchIdsOn,
  runOn,
  writeRecordsInto,
} from './fixtures';

/**
 * Every filter parameter of the five seed resources, run against the committed seed plus the
 * hand-made records in fixtures.ts. Expected ids are worked out by hand from that data.
 */

const L = {
  CREW9: '0102940a-4a60-4686-b34d-ced3fed6c595',
  NS26: 'a1c3a5b9-2f3e-4c1d-9b8e-5d7f6a4e3c21',
  ELECTRON: 'c7d2e1f0-8a9b-4c3d-8e7f-1a2b3c4d5e6f',
  MS26: 'cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d',
  P30: '76cbeca6-325c-40bb-b273-53bbb51c84fe',
  P29: '71751e1c-92ff-4484-b299-eb9dab7a4020',
  P28: 'fa14deb0-bd6f-4318-922e-4cbe11773e54',
  P27: 'ea952239-e9d1-49e6-a813-7912a1d9c54c',
  KOSMOS2579: '95a9c95c-1a30-4b34-8b11-16e765a26eb6',
  KOSMOS_UNKNOWN: 'b8eec19b-3974-4468-a15a-180e5af5071a',
  KONDOR: 'f9834e80-9578-4095-9db8-67f5ec6ef5af',
  SD3_8: '78224ca7-278d-4410-a1ac-eddb3cc018ca',
  SD3_10: 'f38f0321-080b-4313-843b-2b8c140b0669',
  // Launches known only as {id, name} stubs nested in the docking events.
  SPADEX: '644eaa0e-7c09-4be1-980c-ab5c2a07acce',
  MS27: 'a3c9c47e-976e-40a5-8889-30c407131e3a',
  CRS31: 'f97bce95-052e-4fa9-80e8-dbedf16bc516',
  CREW10: 'fb39ac94-5e74-4ee9-afc5-df19c4132b28',
} as const;
const ALL_LAUNCHES = Object.values(L);
const DATED_LAUNCHES = ALL_LAUNCHES.filter(
  (id) => ![L.SPADEX, L.MS27, L.CRS31, L.CREW10].includes(id as never),
);
const SOYUZ_24 = [L.MS26, L.P30, L.P29, L.P28, L.P27, L.KOSMOS2579];

type Case = [params: string, expected: (string | number)[]];
const sorted = (ids: readonly (string | number)[]) => [...ids].sort(compareIds);

/** Oracle for the numeric comparison lookups over hand-made records: nulls never match. */
function compareCases(
  records: Record<string, unknown>[],
  field: string,
  idOf = (r: Record<string, unknown>) => r.id as string | number,
): Case[] {
  const values = records.map((r) => r[field]).filter((v): v is number => typeof v === 'number');
  const pivot = [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const where = (test: (v: number) => boolean) =>
    records.filter((r) => typeof r[field] === 'number' && test(r[field] as number)).map(idOf);
  return [
    [`${field}=${pivot}`, where((v) => v === pivot)],
    [`${field}__gt=${pivot}`, where((v) => v > pivot)],
    [`${field}__gte=${pivot}`, where((v) => v >= pivot)],
    [`${field}__lt=${pivot}`, where((v) => v < pivot)],
    [`${field}__lte=${pivot}`, where((v) => v <= pivot)],
  ];
}

const AGENCY_COUNTERS = LAUNCH_TALLIES;
const LAUNCH_COUNTERS = [
  'agency_launch_attempt_count',
  'agency_launch_attempt_count_year',
  'location_launch_attempt_count',
  'location_launch_attempt_count_year',
  'orbital_launch_attempt_count',
  'orbital_launch_attempt_count_year',
  'pad_launch_attempt_count',
  'pad_launch_attempt_count_year',
];

const CASES: Record<string, Case[]> = {
  agencies: [
    ['abbrev=SpX', [121]],
    ['abbrev=spx', []],
    // `contains` is case-sensitive, as LIKE is on LL2's PostgreSQL; only `icontains` ignores case.
    ['abbrev__contains=Space', [274, 1080, 1102]],
    ['abbrev__contains=SPACE', []],
    ...AGENCY_COUNTERS.flatMap((c) => compareCases(HAND_AGENCIES, c)),
    ['attempted_landings=0', [44]],
    ['attempted_landings__lt=1', [44]],
    ['founding_year=2017', [1042, 1098]],
    ['founding_year__gt=2018', [1048, 1080, 1100]],
    ['founding_year__gte=2018', [1045, 1048, 1080, 1099, 1100]],
    ['founding_year__lt=1958', [1071]],
    ['founding_year__lte=1958', [44, 1071]],
    ['founding_year__gte=2015.0', [274, 1033, 1042, 1045, 1048, 1080, 1098, 1099, 1100, 1102]],
    ['country_code=GBR', [1033, 1042]],
    ['country_code=KOR,IND', [1098, 1099]],
    ['country_code=USA', [44, 121, 1048, 1071]],
    [
      'description=A federally funded research and development center managed for NASA by Caltech.',
      [1071],
    ],
    [
      'description=a federally funded research and development center managed for nasa by caltech.',
      [],
    ],
    ['description__contains=American', [121, 1048]],
    ['description__contains=AMERICAN', []],
    ['description__contains=Chinese', [274, 1102]],
    ['featured=true', [44, 121]],
    ['featured=True', [44, 121]],
    ['featured=1', [44, 121]],
    ['featured=false', [274, 1033, 1042, 1045, 1048, 1071, 1080, 1098, 1099, 1100, 1102]],
    ['featured=0', [274, 1033, 1042, 1045, 1048, 1071, 1080, 1098, 1099, 1100, 1102]],
    ['id=121', [121]],
    ['name=SpaceX', [121]],
    ['name=spacex', []],
    ['name__contains=Rocket', [147, 272, 1030, 1045]],
    ['name__contains=rocket', []],
    ['parent__id=44', [1071]],
    ['parent__id=147', [1030]],
    ['spacecraft=true', [44, 121]],
    ['type__id=5', [1042, 1045, 1048, 1098, 1099]],
  ],
  spacecraft: [
    ['in_space=true', [542, 598, 604]],
    ['in_space=False', [1, 155, 173, 202, 203, 232, 322, 335, 449, 457, 551, 567, 586]],
    ['is_placeholder=True', [1]],
    ['is_placeholder=1', [1]],
    ['name=Soyuz 4', [203]],
    ['name=soyuz 4', []],
    ['spacecraft_config=35', [322, 335]],
    ['spacecraft_config=38', [457, 598, 604]],
    ['status=1', [449, 542, 551, 604]],
    ['status=2', [586]],
  ],
  events: [
    ['agency__ids=121', [1100, 1101]],
    ['agency__ids=44,999', [1100, 1102]],
    ['date__gt=2023-06-29T16:30:00Z', [838, 897, 1100, 1101]],
    ['date__gte=2023-06-29T16:30:00Z', [763, 838, 897, 1100, 1101]],
    ['date__gte=2023-06-29T18:30:00%2B02:00', [763, 838, 897, 1100, 1101]],
    ['date__lte=2020-07-27T17:00:00Z', [115, 127]],
    ['date__gt__lt=2020-07-27T17:00:00Z', [127]],
    ['date__gt__lt=2020-07-28', [115, 127]],
    ['day=30', [120, 123, 838]],
    ['day=29,5', [177, 763, 1100]],
    ['month=7', [115, 120, 123, 127, 838]],
    ['month=10,12', [177, 183, 897, 1101]],
    ['year=2023', [763, 838, 897]],
    ['year=2024,1999', [1100, 1101]],
    ['id=115,897', [115, 897]],
    ['id=115', [115]],
    ['last_updated__gte=2024-03-05T17:23:00Z', [115, 123, 183, 1100, 1101]],
    ['last_updated__lte=2024-03-05T17:22:56Z', [763, 838, 897]],
    ['program=17', [1100]],
    ['program=26&program=18', [1100, 1102]],
    ['slug=sn8-cryoproof-testing', [177]],
    ['type=20', [115, 120, 127, 838, 1102]],
    ['type__ids=5,8', [123, 183, 763]],
    ['video_url=https://www.youtube.com/watch?v=Ky5l9ZxsG9M', [177, 183]],
    ['video_url=https://youtu.be/V0dw0hwBYTs,https://www.youtube.com/watch?v=flight5', [115, 1101]],
  ],
  docking_events: [
    ['docking__gt=2025-03-16T04:52:00Z', [620, 621]],
    ['docking__gte=2025-03-16T04:52:00Z', [619, 620, 621]],
    ['docking__lt=2024-11-05T14:52:11Z', [611]],
    ['docking__lte=2024-11-05T14:52:11Z', [611, 613]],
    ['docking__gte=2025-01-01', [616, 619, 620, 621]],
    ['docking_location__id=19', [611, 613, 619]],
    ['docking_location__id=54', [616, 621]],
    ['flight_vehicle_chaser__id=858', [620]],
    ['space_station_target__id=4', [611, 613, 619, 620]],
  ],
  launches: [
    ...LAUNCH_COUNTERS.flatMap((c) => compareCases(HAND_LAUNCHES, c)),
    ['orbital_launch_attempt_count__lt=100000', [L.CREW9, L.ELECTRON]],
    ['day=28', [L.CREW9]],
    ['day=28,29', [L.CREW9, L.NS26, L.KONDOR]],
    ['month=9', [L.CREW9, L.MS26, L.SD3_8]],
    ['month=9,11', [L.CREW9, L.MS26, L.SD3_8, L.P29, L.KONDOR]],
    ['year=2025', [L.P30, L.KOSMOS_UNKNOWN, L.ELECTRON, L.SD3_10]],
    ['year=2023', []],
    ['id=0102940a-4a60-4686-b34d-ced3fed6c595', [L.CREW9]],
    [
      'id=0102940a-4a60-4686-b34d-ced3fed6c595,a1c3a5b9-2f3e-4c1d-9b8e-5d7f6a4e3c21',
      [L.CREW9, L.NS26],
    ],
    ['include_suborbital=false', ALL_LAUNCHES.filter((id) => id !== L.NS26)],
    ['include_suborbital=true', ALL_LAUNCHES],
    ['is_crewed=true', [L.CREW9, L.NS26, L.MS26]],
    ['last_updated__gte=2025-01-01', [L.CREW9, L.ELECTRON]],
    ['last_updated__lte=2024-12-31', [L.NS26]],
    ['launch_designator=2024-177A', [L.CREW9]],
    ['launcher_config__id=24', SOYUZ_24],
    ['launcher_config__id=45,164', [L.KOSMOS_UNKNOWN, L.KONDOR, L.CREW9]],
    ['location__ids=6,3', [L.KOSMOS2579, L.KOSMOS_UNKNOWN, L.SD3_8, L.SD3_10]],
    ['lsp__id=63', [L.MS26, L.P30, L.P29, L.P28, L.P27, L.KONDOR]],
    ['lsp__id=121,141', [L.CREW9, L.NS26]],
    ['lsp__name=Russian Space Forces', [L.KOSMOS2579, L.KOSMOS_UNKNOWN]],
    ['lsp__name=SpaceX,Blue Origin', [L.CREW9, L.NS26]],
    ['mission__orbit__celestial_body__id=1', [L.CREW9, L.NS26, L.ELECTRON]],
    [
      'mission__orbit__name=Low Earth Orbit',
      [L.CREW9, L.MS26, L.P30, L.P29, L.P28, L.P27, L.SD3_10],
    ],
    ['mission__orbit__name__icontains=SUN-sync', [L.KOSMOS2579, L.KONDOR, L.SD3_8, L.ELECTRON]],
    ['name=New Shepard | NS-26', [L.NS26]],
    ['name=new shepard | ns-26', []],
    ['net__gt=2025-02-27T21:24:27Z', [L.KOSMOS_UNKNOWN, L.ELECTRON]],
    ['net__gte=2025-02-27T21:24:27Z', [L.P30, L.KOSMOS_UNKNOWN, L.ELECTRON]],
    ['net__lt=2024-08-15T03:20:18Z', [L.P27]],
    ['net__lte=2024-08-15T03:20:18Z', [L.P27, L.P28]],
    ['net__lt=2100-01-01', DATED_LAUNCHES],
    ['pad=20', [L.MS26, L.P30, L.P29, L.P28, L.P27]],
    ['pad__location=15', [L.MS26, L.P30, L.P29, L.P28, L.P27]],
    ['pad__location__celestial_body__id=1', [L.CREW9, L.NS26, L.ELECTRON]],
    ['program=17', [L.MS26, L.P30, L.P29, L.P28, L.P27, L.CREW9]],
    ['program=8&program=18', [L.MS26, L.CREW9]],
    ['related_lsp__id=147', [L.ELECTRON]],
    ['related_lsp__id=1030,141', [L.ELECTRON, L.NS26]],
    ['related_lsp__name=Rocket Lab', [L.ELECTRON]],
    ['rocket__configuration__full_name=Falcon 9 Block 5', [L.CREW9]],
    ['rocket__configuration__full_name__icontains=fregat', [L.KOSMOS_UNKNOWN, L.KONDOR]],
    ['rocket__configuration__id=484', [L.SD3_8, L.SD3_10]],
    ['rocket__configuration__manufacturer__name=Blue Origin', [L.NS26]],
    ['rocket__configuration__manufacturer__name__icontains=ROCKET', [L.ELECTRON]],
    ['rocket__configuration__name=Soyuz 2.1a', SOYUZ_24],
    ['rocket__spacecraftflight__spacecraft__id=551', [L.CREW9]],
    ['rocket__spacecraftflight__spacecraft__name=RSS First Step', [L.NS26]],
    ['rocket__spacecraftflight__spacecraft__name__icontains=dragon', [L.CREW9]],
    ['serial_number=B1085,NS4', [L.CREW9, L.NS26]],
    ['slug=soyuz-21a-soyuz-ms-26', [L.MS26]],
    ['spacecraft_config__ids=6,90', [L.CREW9, L.NS26]],
    ['status=1', [L.KOSMOS_UNKNOWN, L.ELECTRON]],
    ['status__ids=1,3', DATED_LAUNCHES],
    ['video_url=https://www.youtube.com/watch?v=crew9', [L.CREW9]],
    ['window_end__gt=2025-05-23T07:00:00Z', [L.KOSMOS_UNKNOWN]],
    ['window_end__gte=2025-03-15T08:00:00Z', [L.ELECTRON, L.KOSMOS_UNKNOWN]],
    ['window_end__lt=2024-08-29T15:00:00Z', [L.P27, L.P28]],
    ['window_end__lte=2024-08-29T15:00:00Z', [L.P27, L.P28, L.NS26]],
    ['window_start__gt=2025-03-01', [L.KOSMOS_UNKNOWN, L.ELECTRON]],
    ['window_start__gte=2025-01-13T02:51:00Z', [L.SD3_10, L.P30, L.KOSMOS_UNKNOWN, L.ELECTRON]],
    ['window_start__lt=2024-09-24T02:31:00Z', [L.SD3_8, L.MS26, L.P28, L.P27, L.NS26]],
    ['window_start__lte=2024-08-29T13:00:00Z', [L.NS26, L.P28, L.P27]],
  ],
};

describeStores('lookups', fillFull, (store, kind) => {
  describe.each(Object.entries(CASES))('%s filters', (resource, cases) => {
    it.each(cases)('%s', async (params, expected) => {
      const result = await runOn(store(), resource, `${params}&limit=100`);
      expect(result.issues).toEqual([]);
      expect(sorted(result.ids)).toEqual(sorted(expected));
      expect(result.count).toBe(expected.length);
    });

    it('covers every filter parameter of the definition', async () => {
      const tested = new Set(cases.flatMap(([params]) => [...new URLSearchParams(params).keys()]));
      const untested = def(resource)
        .filters.map((f) => f.param)
        .filter((p) => !tested.has(p));
      expect(untested).toEqual([]);
    });

    it('the comparison cases are not vacuous', async () => {
      // Each oracle-built case set must include matches, or a broken lookup could pass unnoticed.
      const matched = cases.filter(([, expected]) => expected.length > 0).length;
      expect(matched).toBeGreaterThan(cases.length / 2);
    });
  });

  describe('null values never match a comparison', () => {
    it.each([
      ['agencies', 'total_launch_count__gte=0', [44, 121]],
      ['agencies', 'total_launch_count__lte=100000', [44, 121]],
      [
        'events',
        'date__lte=2100-01-01',
        [115, 120, 123, 127, 128, 177, 183, 763, 838, 897, 1100, 1101],
      ],
      ['docking_events', 'docking__gt=1900-01-01', [611, 613, 616, 619, 620, 621]],
      [
        'spacecraft',
        'in_space=false',
        [1, 155, 173, 202, 203, 232, 322, 335, 449, 457, 551, 567, 586],
      ],
    ] as const)('%s ?%s', async (resource, params, expected) => {
      expect(await matchIdsOn(store(), resource, params)).toEqual(sorted(expected));
    });

    it('a null-valued agency is in neither half of a split', async () => {
      const below = await matchIdsOn(store(), 'agencies', 'failed_launches__lt=10');
      const above = await matchIdsOn(store(), 'agencies', 'failed_launches__gte=10');
      expect([...below, ...above].sort(compareIds)).toEqual([44, 121]);
    });
  });

  describe('filters combine with AND', () => {
    it('two filters narrow each other', async () => {
      expect(await matchIdsOn(store(), 'launches', 'lsp__id=63&year=2025')).toEqual([L.P30]);
      expect(await matchIdsOn(store(), 'agencies', 'country_code=CHN&founding_year=2016')).toEqual([
        274, 1102,
      ]);
    });

    it('a filter and a search narrow each other', async () => {
      expect(await matchIdsOn(store(), 'events', 'type=20&search=mars')).toEqual([115, 120]);
    });
  });

  describe('references LL2 sends as a name', () => {
    it('parent__id finds the agencies whose parent is named by that agency, as 2.3.0 sends it', async () => {
      await withStore(kind, async (own) => {
        const agency = (id: number, name: string, parent: string | null) => ({
          ...HAND_AGENCIES[0]!,
          id,
          url: `https://ll.thespacedevs.com/2.3.0/agencies/${id}/`,
          name,
          abbrev: name.slice(0, 3),
          parent,
        });
        await writeRecordsInto(own, 'agencies', [
          agency(115, 'Arianespace', 'ArianeGroup'),
          agency(1004, 'ArianeGroup', null),
          agency(1005, 'ArianeGroup Subsidiary', 'ArianeGroup'),
          agency(2000, 'Unrelated', 'Someone Else'),
        ]);
        expect(await matchIdsOn(own, 'agencies', 'parent__id=1004')).toEqual([115, 1005]);
        expect(await matchIdsOn(own, 'agencies', 'parent__id=2000')).toEqual([]);
        // Still an id: LL2 answers 400 to a name.
        expect((await runOn(own, 'agencies', 'parent__id=ArianeGroup')).issues[0]).toMatchObject({
          param: 'parent__id',
          severity: 'invalid',
        });
      });
    });
  });
});
