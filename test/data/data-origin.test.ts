import { asyncStore } from '@/lib/store/async-store';
import { afterAll, describe, expect, it } from 'vitest';
import { storeSource } from '@/lib/data/local-source';
import { seededStore } from '../store/fixtures';

const store = seededStore();
afterAll(() => store.close());

describe('data origin', () => {
  it('is a snapshot until a sync has run, then synced as of that sync', async () => {
    const source = storeSource(() => asyncStore(store));
    expect(await source.dataOrigin()).toBe('snapshot');
    store.setMeta('last_sync_at', '2026-12-01T10:00:00.000Z');
    expect(await source.dataOrigin()).toBe('synced');
    expect(await source.dataAsOf()).toBe('2026-12-01T10:00:00.000Z');
  });
});
