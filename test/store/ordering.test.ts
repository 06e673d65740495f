import { describe, expect, it } from 'vitest';
import { describeStores } from './both-stores';
import { sortKey } from '@/lib/store/columns';
import { fillFull, runOn, seedPageBody } from './fixtures';

/** Agencies known only from nested copies: `featured` is null for them. */
const NULL_FEATURED_BY_NAME = [115, 141, 16, 17, 272, 27, 37, 147, 1030, 63, 193, 66];
const NOT_FEATURED_BY_NAME = [1102, 1098, 274, 1071, 1100, 1033, 1080, 1045, 1099, 1042, 1048];

describeStores('ordering', fillFull, (store) => {
  describe('ordering', () => {
    it('reproduces LL2’s events page for ordering=-last_updated, ties broken by id', async () => {
      // The seed page (offset 920) lists exactly these ten, in this order; three pairs tie.
      const lL2Order = seedPageBody('events').results.map((r) => r.id);
      const ours = (await runOn(store(), 'events', 'ordering=-last_updated&limit=100')).ids;
      // The hand-made events: a null last_updated sorts first descending, then the newer two.
      expect(ours).toEqual([1102, 1101, 1100, ...lL2Order]);
    });

    it('reproduces LL2’s launches page for ordering=-name (its collation ignores punctuation)', async () => {
      const lL2Order = seedPageBody('launches').results.map((r) => r.id);
      const ours = (
        await runOn(store(), 'launches', 'ordering=-name&launcher_config__id=24,45,484')
      ).ids;
      expect(ours).toEqual(lL2Order);
    });

    it('reverses cleanly ascending, nulls last', async () => {
      expect((await runOn(store(), 'events', 'ordering=last_updated&limit=100')).ids).toEqual([
        763, 838, 897, 120, 127, 177, 128, 123, 183, 115, 1100, 1101, 1102,
      ]);
    });

    it('orders by several fields, the later ones breaking ties of the earlier', async () => {
      // Three last_updated ties: (763, 838), (127, 177), (123, 183); -date puts the later date first.
      expect((await runOn(store(), 'events', 'ordering=last_updated,-date&limit=100')).ids).toEqual(
        [838, 763, 897, 120, 177, 127, 128, 183, 123, 115, 1100, 1101, 1102],
      );
      // -featured: nulls first (PostgreSQL DESC), then true, then false; name breaks the ties.
      expect((await runOn(store(), 'agencies', 'ordering=-featured,name&limit=100')).ids).toEqual([
        ...NULL_FEATURED_BY_NAME,
        44,
        121,
        ...NOT_FEATURED_BY_NAME,
      ]);
    });

    it('breaks remaining ties by id, so equal values page stably', async () => {
      // Every seed spacecraft but one has flown once.
      const asc = (await runOn(store(), 'spacecraft', 'ordering=flights_count&limit=100')).ids;
      expect(asc).toEqual([
        1, 155, 173, 202, 203, 232, 322, 335, 457, 567, 586, 598, 604, 542, 551, 449, 700,
      ]);
      const desc = (await runOn(store(), 'spacecraft', 'ordering=-flights_count&limit=100')).ids;
      expect(desc).toEqual([
        700, 449, 551, 542, 604, 598, 586, 567, 457, 335, 322, 232, 203, 202, 173, 155, 1,
      ]);
    });

    it('sorts numbers numerically and nulls like PostgreSQL', async () => {
      expect((await runOn(store(), 'agencies', 'ordering=total_launch_count&limit=3')).ids).toEqual(
        [44, 121, 16],
      );
      expect(
        (await runOn(store(), 'agencies', 'ordering=-total_launch_count&limit=100')).ids.slice(-3),
      ).toEqual([16, 121, 44]);
    });

    it('sorts ISO durations by length, not as text', async () => {
      expect((await runOn(store(), 'spacecraft', 'ordering=time_in_space&limit=100')).ids).toEqual([
        232, 203, 202, 586, 457, 598, 173, 335, 322, 449, 567, 604, 155, 551, 542, 1, 700,
      ]);
    });

    it('sorts datetimes in time order, nulls last ascending and first descending', async () => {
      expect((await runOn(store(), 'docking_events', 'ordering=departure')).ids).toEqual([
        611, 613, 616, 619, 620, 621,
      ]);
      expect((await runOn(store(), 'docking_events', 'ordering=-departure')).ids).toEqual([
        621, 620, 619, 616, 613, 611,
      ]);
      expect((await runOn(store(), 'docking_events', 'ordering=-docking')).ids).toEqual([
        621, 620, 619, 616, 613, 611,
      ]);
    });

    it('uses the resource default when ordering is absent or has no known field', async () => {
      const byDate = [127, 115, 120, 123, 128, 177, 183, 763, 838, 897, 1100, 1101, 1102];
      expect((await runOn(store(), 'events', 'limit=100')).ids).toEqual(byDate);
      const bogus = await runOn(store(), 'events', 'ordering=name,-type&limit=100');
      expect(bogus.ids).toEqual(byDate);
      expect(bogus.issues).toEqual([
        expect.objectContaining({ param: 'ordering', value: 'name,-type', severity: 'ignored' }),
      ]);
    });

    it('keeps the known fields of a partly unknown ordering', async () => {
      const result = await runOn(store(), 'agencies', 'ordering=-bogus,-id&limit=3');
      expect(result.ids).toEqual([1102, 1100, 1099]);
      expect(result.issues).toEqual([
        expect.objectContaining({ param: 'ordering', value: '-bogus' }),
      ]);
    });

    it('takes the last ordering parameter when repeated', async () => {
      expect((await runOn(store(), 'agencies', 'ordering=name&ordering=-id&limit=1')).ids).toEqual([
        1102,
      ]);
    });
  });
});

describe('sortKey', () => {
  it('compares letters and digits first, then the full text', () => {
    const names = [
      'Soyuz 2.1a/Fregat-M | Kosmos',
      'Soyuz 2.1a | Kosmos 2579',
      'i-Space',
      'Innospace',
      'Zéphyr',
      'Zenit',
    ];
    const sorted = [...names].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
    expect(sorted).toEqual([
      'Innospace',
      'i-Space',
      'Soyuz 2.1a/Fregat-M | Kosmos',
      'Soyuz 2.1a | Kosmos 2579',
      'Zenit',
      'Zéphyr',
    ]);
    expect(sortKey('SpaceX') < sortKey('spacex ')).toBe(true);
  });
});
