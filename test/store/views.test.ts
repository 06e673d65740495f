import { describe, expect, it } from 'vitest';
import { describeStores } from './both-stores';
import { fillFull, NOW, runOn } from './fixtures';

/** `/launches/upcoming/` and `/launches/previous/` with a fixed clock (2025-02-28 12:00 UTC). */

const P30 = '76cbeca6-325c-40bb-b273-53bbb51c84fe'; // lifted off 2025-02-27 21:24 UTC, 14.5 h before NOW
const ELECTRON = 'c7d2e1f0-8a9b-4c3d-8e7f-1a2b3c4d5e6f'; // 2025-03-15
const KOSMOS_UNKNOWN = 'b8eec19b-3974-4468-a15a-180e5af5071a'; // 2025-05-23
const PREVIOUS_BY_NET_DESC = [
  P30,
  'f38f0321-080b-4313-843b-2b8c140b0669', // 2025-01-13
  'f9834e80-9578-4095-9db8-67f5ec6ef5af', // 2024-11-29
  '71751e1c-92ff-4484-b299-eb9dab7a4020', // 2024-11-21
  '95a9c95c-1a30-4b34-8b11-16e765a26eb6', // 2024-10-31
  '0102940a-4a60-4686-b34d-ced3fed6c595', // 2024-09-28
  '78224ca7-278d-4410-a1ac-eddb3cc018ca', // 2024-09-24
  'cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d', // 2024-09-11
  'a1c3a5b9-2f3e-4c1d-9b8e-5d7f6a4e3c21', // 2024-08-29
  'fa14deb0-bd6f-4318-922e-4cbe11773e54', // 2024-08-15
  'ea952239-e9d1-49e6-a813-7912a1d9c54c', // 2024-05-30
];

describeStores('views', fillFull, (store) => {
  describe('launch views', () => {
    it('upcoming keeps a launch for 24 hours after lift-off, soonest first', async () => {
      expect((await runOn(store(), 'launches', '', { view: 'upcoming' })).ids).toEqual([
        P30,
        ELECTRON,
        KOSMOS_UNKNOWN,
      ]);
    });

    it('upcoming drops recent launches with hide_recent_previous=true', async () => {
      for (const value of ['true', 'True', '1']) {
        const result = await runOn(store(), 'launches', `hide_recent_previous=${value}`, {
          view: 'upcoming',
        });
        expect(result.ids).toEqual([ELECTRON, KOSMOS_UNKNOWN]);
        expect(result.issues).toEqual([]);
      }
      expect(
        (await runOn(store(), 'launches', 'hide_recent_previous=false', { view: 'upcoming' })).ids,
      ).toEqual([P30, ELECTRON, KOSMOS_UNKNOWN]);
    });

    it('ignores an unreadable hide_recent_previous, as django-filter does', async () => {
      const result = await runOn(store(), 'launches', 'hide_recent_previous=soon', {
        view: 'upcoming',
      });
      expect(result.ids).toEqual([P30, ELECTRON, KOSMOS_UNKNOWN]);
      expect(result.issues).toEqual([
        expect.objectContaining({ param: 'hide_recent_previous', severity: 'ignored' }),
      ]);
    });

    it('the 24-hour window is inclusive at its start', async () => {
      const now = new Date(Date.parse('2025-02-27T21:24:27Z') + 24 * 3600 * 1000);
      expect((await runOn(store(), 'launches', '', { view: 'upcoming', now })).ids[0]).toBe(P30);
      const later = new Date(now.getTime() + 1000);
      expect((await runOn(store(), 'launches', '', { view: 'upcoming', now: later })).ids[0]).toBe(
        ELECTRON,
      );
    });

    it('previous lists launches before now, latest first; launches without a date are in neither', async () => {
      expect((await runOn(store(), 'launches', 'limit=100', { view: 'previous' })).ids).toEqual(
        PREVIOUS_BY_NET_DESC,
      );
    });

    it('a launch at exactly now is upcoming, not previous', async () => {
      const now = new Date('2025-03-15T06:00:00Z');
      expect(
        (await runOn(store(), 'launches', 'hide_recent_previous=true', { view: 'upcoming', now }))
          .ids,
      ).toEqual([ELECTRON, KOSMOS_UNKNOWN]);
      expect(
        (await runOn(store(), 'launches', 'limit=100', { view: 'previous', now })).ids,
      ).not.toContain(ELECTRON);
    });

    it('applies filters, search and explicit ordering inside a view', async () => {
      expect(
        (await runOn(store(), 'launches', 'lsp__id=63&limit=3', { view: 'previous' })).ids,
      ).toEqual([
        P30,
        'f9834e80-9578-4095-9db8-67f5ec6ef5af',
        '71751e1c-92ff-4484-b299-eb9dab7a4020',
      ]);
      expect((await runOn(store(), 'launches', 'search=kosmos', { view: 'upcoming' })).ids).toEqual(
        [KOSMOS_UNKNOWN],
      );
      expect((await runOn(store(), 'launches', 'ordering=-net', { view: 'upcoming' })).ids).toEqual(
        [KOSMOS_UNKNOWN, ELECTRON, P30],
      );
    });

    it('hide_recent_previous is not a parameter of the plain launch list', async () => {
      const result = await runOn(store(), 'launches', 'hide_recent_previous=true');
      expect(result.count).toBe(17);
      expect(result.issues).toEqual([
        expect.objectContaining({
          param: 'hide_recent_previous',
          message: 'Unknown parameter; ignored.',
        }),
      ]);
    });

    it('the plain launch list orders by net with undated launches last', async () => {
      const ids = (await runOn(store(), 'launches', 'limit=100')).ids;
      expect(ids.slice(0, 2)).toEqual([
        'ea952239-e9d1-49e6-a813-7912a1d9c54c',
        'fa14deb0-bd6f-4318-922e-4cbe11773e54',
      ]);
      expect(ids.slice(-4)).toEqual([
        '644eaa0e-7c09-4be1-980c-ab5c2a07acce',
        'a3c9c47e-976e-40a5-8889-30c407131e3a',
        'f97bce95-052e-4fa9-80e8-dbedf16bc516',
        'fb39ac94-5e74-4ee9-afc5-df19c4132b28',
      ]);
      expect(NOW.toISOString()).toBe('2025-02-28T12:00:00.000Z');
    });
  });
});
