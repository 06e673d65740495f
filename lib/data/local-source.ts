import { getServingStore } from '@/lib/store';
import type { AsyncStore } from '@/lib/store/types';
import type { DataSource } from './source';

/** A source over one store: the embedded SQLite file or a PostgreSQL database. */
export function storeSource(store: () => AsyncStore): DataSource {
  return {
    kind: 'local',
    list: async (def, query, now) => store().list(def, query, now),
    get: async (def, id, options) => ({ record: await store().get(def, id, options) }),
    getBySlug: async (def, slug) => ({ record: await store().getBySlug(def, slug) }),
    facet: async (def, field) => store().facet(def, field),
    facetCounts: async (def, field, query, now) => store().facetCounts(def, field, query, now),
    histogram: async (def, query, unit, now) => store().histogram(def, query, unit, now),
    aggregate: async (def, query, spec, now) => store().aggregate(def, query, spec, now),
    ids: async (def) => store().ids(def),
    version: () => store().dataVersion(),
    // A never-synced store is as current as its snapshot, not as the time it was loaded.
    dataAsOf: async () =>
      store().getMeta('last_sync_at') ?? store().getMeta('snapshot_newest_change') ?? store().getMeta('data_updated_at'),
    dataOrigin: async () => (store().getMeta('last_sync_at') === null ? 'snapshot' : 'synced'),
  };
}

/** The embedded store: the default source. */
export const localSource: DataSource = storeSource(getServingStore);
