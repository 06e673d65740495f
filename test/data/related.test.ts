import { asyncStore } from '@/lib/store/async-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildQuery, getDataSource, setDataSource } from '@/lib/data';
import { storeSource } from '@/lib/data/local-source';
import { findByName, listAllRelated, listRelated } from '@/lib/data/related';
import type { DataSource } from '@/lib/data/source';
import { HAND_AGENCIES, fullStore, writeRecords } from '../store/fixtures';

/** An agency page's family: its parent found by the name LL2 gives, the agencies under it. */
const store = fullStore();
let previous: DataSource;

beforeAll(() => {
  writeRecords(store, 'agencies', [
    // 2.3.0 sends the parent as a name.
    { ...HAND_AGENCIES[0]!, id: 5001, name: 'Ariane Subsidiary', parent: 'SpaceX' },
  ]);
  previous = getDataSource();
  setDataSource(storeSource(() => asyncStore(store)));
});
afterAll(() => {
  setDataSource(previous);
  store.close();
});

describe('agency family', () => {
  it('finds the agency a name refers to, and nothing for an unknown or partial name', async () => {
    expect((await findByName('agencies', 'SpaceX'))?.id).toBe(121);
    expect(await findByName('agencies', 'Space')).toBeNull();
    expect(await findByName('agencies', 'No Such Agency')).toBeNull();
    // A blank name filters nothing: it must not come back as the first agency of all.
    expect(await findByName('agencies', ' ')).toBeNull();
  });

  it('lists the agencies under one, whichever form their parent came in', async () => {
    const ids = async (parent: string) =>
      (await listRelated('agencies', { parent__id: parent, ordering: 'name' })).results.map(
        (r) => r.id,
      );
    expect(await ids('121')).toEqual([5001]);
    expect(await ids('44')).toEqual([1071]);
  });
});

describe('a related list written in code', () => {
  // Each of these once answered with the whole unfiltered list.
  it('throws on a value the parser cannot use rather than dropping the filter', async () => {
    await expect(listRelated('agencies', { parent__id: 'SpaceX' })).rejects.toThrow(
      /parent__id=SpaceX/,
    );
    await expect(
      listRelated('launches', { lsp__id: '121', ordering: '-net' }, 500),
    ).rejects.toThrow(/limit=500/);
  });

  it('throws on a key the definition lacks, which the compiler already refuses', async () => {
    // @ts-expect-error: `lsp` is no launch filter (the parameter is `lsp__id`).
    await expect(listRelated('launches', { lsp: '121' })).rejects.toThrow(/lsp=121: Unknown/);
  });

  it('throws on a blank value, which the parser skips without an issue', async () => {
    await expect(listRelated('launches', { lsp__id: ' ' })).rejects.toThrow(/took no effect/);
    await expect(listAllRelated('launches', { lsp__id: ',' })).rejects.toThrow(/took no effect/);
  });

  it('throws on an unknown view', () => {
    expect(() => buildQuery('launches', {}, { view: 'upcomin' })).toThrow(/no view upcomin/);
    expect(buildQuery('launches', {}, { view: 'upcoming' }).query.view).toBe('upcoming');
  });

  it('still filters and orders as asked', async () => {
    const { count, results } = await listRelated(
      'launches',
      { lsp__id: '121', ordering: '-net' },
      3,
    );
    expect(results.length).toBeGreaterThan(0);
    expect(count).toBeGreaterThanOrEqual(results.length);
    const nets = results.map((r) => String(r.net));
    expect(nets).toEqual([...nets].sort().reverse());
  });
});
