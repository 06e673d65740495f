import type { AsyncStore, Store } from './types';

/** The synchronous SQLite store behind the asynchronous contract. */
export function asyncStore(store: Store): AsyncStore {
  return {
    kind: 'sqlite',
    list: async (def, query, now) => store.list(def, query, now),
    get: async (def, id, options) => store.get(def, id, options),
    getBySlug: async (def, slug) => store.getBySlug(def, slug),
    ids: async (def) => store.ids(def),
    facet: async (def, field) => store.facet(def, field),
    facetCounts: async (def, field, query, now) => store.facetCounts(def, field, query, now),
    histogram: async (def, query, unit, now) => store.histogram(def, query, unit, now),
    aggregate: async (def, query, spec, now) => store.aggregate(def, query, spec, now),
    write: async (records, meta) => store.write(records, meta),
    getMeta: (key) => store.getMeta(key),
    dataVersion: () => store.dataVersion(),
    opened: async () => {},
    // Reading the version reads the file, so a deleted or unreadable database fails here.
    health: async () => ({
      store: 'sqlite',
      dataVersion: store.dataVersion(),
      lastSyncAt: store.getMeta('last_sync_at'),
    }),
    close: async () => store.close(),
  };
}
