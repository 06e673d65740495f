import { describe, expect, it } from 'vitest';
import { describeStores } from './both-stores';
import { fillFull, runOn } from './fixtures';

/** DRF LimitOffsetPagination: default 10, max 100, bad values fall back to the defaults. */

const EVENTS_BY_DATE = [127, 115, 120, 123, 128, 177, 183, 763, 838, 897, 1100, 1101, 1102];

describeStores('paging', fillFull, (store) => {
  describe('paging', () => {
    it('returns consecutive slices of the ordered results', async () => {
      expect((await runOn(store(), 'events', 'limit=5')).ids).toEqual(EVENTS_BY_DATE.slice(0, 5));
      expect((await runOn(store(), 'events', 'limit=5&offset=5')).ids).toEqual(
        EVENTS_BY_DATE.slice(5, 10),
      );
      expect((await runOn(store(), 'events', 'limit=5&offset=10')).ids).toEqual(
        EVENTS_BY_DATE.slice(10),
      );
    });

    it('answers an offset at or past the end with no results and the full count', async () => {
      for (const offset of [13, 14, 1000]) {
        const result = await runOn(store(), 'events', `offset=${offset}`);
        expect(result.results).toEqual([]);
        expect(result.count).toBe(13);
      }
    });

    it.each([
      ['', 10, 0],
      ['limit=0', 10, 0],
      ['limit=101', 100, 0],
      ['limit=100000', 100, 0],
      ['limit=abc', 10, 0],
      ['limit=-5', 10, 0],
      ['limit=2.5', 10, 0],
      ['limit=', 10, 0],
      ['limit=%2B7', 7, 0],
      ['limit=%207%20', 7, 0],
      ['offset=-1', 10, 0],
      ['offset=abc', 10, 0],
      ['offset=0', 10, 0],
      ['offset=3', 10, 3],
      ['limit=2&limit=4', 4, 0],
    ])('?%s → limit %i, offset %i', async (params, limit, offset) => {
      const result = await runOn(store(), 'events', params);
      expect(result.query.limit).toBe(limit);
      expect(result.query.offset).toBe(offset);
      expect(result.ids).toEqual(EVENTS_BY_DATE.slice(offset, offset + limit));
      expect(result.issues.every((i) => i.severity === 'ignored')).toBe(true);
    });

    it('reports bad limit and offset as ignored, not invalid', async () => {
      expect((await runOn(store(), 'events', 'limit=abc&offset=-1')).issues).toEqual([
        expect.objectContaining({ param: 'limit', value: 'abc', severity: 'ignored' }),
        expect.objectContaining({ param: 'offset', value: '-1', severity: 'ignored' }),
      ]);
      expect((await runOn(store(), 'events', 'limit=101')).issues).toEqual([
        expect.objectContaining({ param: 'limit', severity: 'ignored' }),
      ]);
    });

    it('visits every record exactly once when walking pages through ties', async () => {
      for (const ordering of ['last_updated', '-last_updated', 'date,-last_updated']) {
        const all = (await runOn(store(), 'events', `ordering=${ordering}&limit=100`)).ids;
        const walked: (string | number)[] = [];
        for (let offset = 0; offset < all.length; offset += 2) {
          walked.push(
            ...(await runOn(store(), 'events', `ordering=${ordering}&limit=2&offset=${offset}`))
              .ids,
          );
        }
        expect(walked).toEqual(all);
      }
    });

    it('counts every match, not just the page', async () => {
      const result = await runOn(store(), 'launches', 'lsp__id=63&limit=2');
      expect(result.count).toBe(6);
      expect(result.results).toHaveLength(2);
    });
  });
});
