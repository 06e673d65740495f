import { describe, expect, it } from 'vitest';
import { describeStores } from './both-stores';
import { fillFull, matchIdsOn, runOn } from './fixtures';

/** DRF SearchFilter: every term must appear, case-insensitively, in at least one searched field. */

const CREW9 = '0102940a-4a60-4686-b34d-ced3fed6c595';
const BAIKONUR_SOYUZ = [
  '71751e1c-92ff-4484-b299-eb9dab7a4020',
  '76cbeca6-325c-40bb-b273-53bbb51c84fe',
  'cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d',
  'ea952239-e9d1-49e6-a813-7912a1d9c54c',
  'fa14deb0-bd6f-4318-922e-4cbe11773e54',
];

describeStores('search', fillFull, (store) => {
  describe('search', () => {
    it.each([
      ['agencies', 'search=SpaceX', [121]],
      ['agencies', 'search=spacex', [121]],
      ['agencies', 'search=SPX', [121]],
      ['events', 'search=dragon', [128, 763, 1100]],
      ['spacecraft', 'search=Progress-M', [322, 335]],
      ['docking_events', 'search=Salyut', []],
      ['docking_events', 'search=sdx01', [616, 621]],
    ] as const)('%s ?%s matches one field, any case', async (resource, params, expected) => {
      expect(await matchIdsOn(store(), resource, params)).toEqual(expected);
    });

    it('needs every term, each in any searched field', async () => {
      expect(await matchIdsOn(store(), 'agencies', 'search=space agency')).toEqual([
        16, 27, 37, 63,
      ]);
      expect(await matchIdsOn(store(), 'spacecraft', 'search=SOYUZ ms')).toEqual([457, 598, 604]);
      // "Soyuz" is in the launch name, "Baikonur" in its pad's location name.
      expect(await matchIdsOn(store(), 'launches', 'search=Soyuz Baikonur')).toEqual(
        BAIKONUR_SOYUZ,
      );
      expect(await matchIdsOn(store(), 'docking_events', 'search=forward Freedom')).toEqual([611]);
    });

    it('keeps a quoted phrase together as one term', async () => {
      expect(await matchIdsOn(store(), 'agencies', 'search="space agency"')).toEqual([16, 27, 63]);
      expect(await matchIdsOn(store(), 'agencies', "search='space agency'")).toEqual([16, 27, 63]);
      expect(await matchIdsOn(store(), 'agencies', 'search="agency space"')).toEqual([]);
    });

    it('never matches a term that exists only across two fields', async () => {
      // Innospace: abbrev "IS", name "Innospace"; the terms match apart, never joined.
      expect(await matchIdsOn(store(), 'agencies', 'search=IS Innospace')).toEqual([1098]);
      expect(await matchIdsOn(store(), 'agencies', 'search="IS Innospace"')).toEqual([]);
      expect(await matchIdsOn(store(), 'agencies', 'search=ISInnospace')).toEqual([]);
      // Docking 611: port "Harmony forward", chaser "Crew Dragon Freedom".
      expect(await matchIdsOn(store(), 'docking_events', 'search="forward Crew"')).toEqual([]);
      expect(await matchIdsOn(store(), 'launches', 'search="MS-26 Baikonur"')).toEqual([]);
    });

    it('treats commas as separators, as DRF does', async () => {
      expect(await matchIdsOn(store(), 'spacecraft', 'search=soyuz,ms')).toEqual([457, 598, 604]);
    });

    it('only searches the listed fields', async () => {
      // "Harmony" is in the description of event 1100, which LL2 does not search.
      expect(await matchIdsOn(store(), 'events', 'search=Harmony')).toEqual([]);
      expect(await matchIdsOn(store(), 'agencies', 'search=Hawthorne')).toEqual([]);
    });

    it('searches nested and multi-valued fields', async () => {
      expect(await matchIdsOn(store(), 'launches', 'search=Freedom')).toEqual([CREW9]);
      expect(await matchIdsOn(store(), 'launches', 'search=2024-177A')).toEqual([CREW9]);
      expect(await matchIdsOn(store(), 'launches', 'search=Rocket Lab')).toEqual([
        'c7d2e1f0-8a9b-4c3d-8e7f-1a2b3c4d5e6f',
      ]);
    });

    it('has no wildcards', async () => {
      expect((await runOn(store(), 'agencies', 'search=%')).count).toBe(0);
      expect((await runOn(store(), 'agencies', 'search=_')).count).toBe(0);
      expect((await runOn(store(), 'agencies', 'search=S_aceX')).count).toBe(0);
    });

    it('ignores an empty or blank search', async () => {
      const all = (await runOn(store(), 'agencies')).count;
      expect(all).toBe(25);
      expect((await runOn(store(), 'agencies', 'search=')).count).toBe(all);
      expect((await runOn(store(), 'agencies', 'search=%20%20')).count).toBe(all);
      expect((await runOn(store(), 'agencies', 'search=""')).count).toBe(all);
    });

    it('uses the last search parameter when repeated', async () => {
      expect(await matchIdsOn(store(), 'agencies', 'search=Orbex&search=SpaceX')).toEqual([121]);
    });
  });
});
