import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDataSource, setDataSource } from '@/lib/data';
import { storeSource } from '@/lib/data/local-source';
import { findByName, listRelated } from '@/lib/data/related';
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
  setDataSource(storeSource(() => store));
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
