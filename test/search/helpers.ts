import { getDataSource, setDataSource } from '@/lib/data';
import type { DataSource } from '@/lib/data/source';
import { loadEmbeddedDataset } from '@/lib/store/embedded';
import { SqliteStore } from '@/lib/store/sqlite-store';

/**
 * Points the data getters at a private in-memory store holding the committed embedded dataset,
 * so tests never touch (or create) the app's database file. Returns a function that undoes it.
 */
export function useEmbeddedStore(): () => void {
  const store = new SqliteStore(':memory:');
  loadEmbeddedDataset(store);
  const previous = getDataSource();
  const source: DataSource = {
    kind: 'local',
    list: async (def, query, now) => store.list(def, query, now),
    get: async (def, id) => ({ record: store.get(def, id) }),
    getBySlug: async (def, slug) => ({ record: store.getBySlug(def, slug) }),
    facet: async (def, field) => store.facet(def, field),
    histogram: async (def, query, unit, now) => store.histogram(def, query, unit, now),
    ids: async (def) => store.ids(def),
    version: () => store.dataVersion(),
    dataAsOf: async () => store.getMeta('data_updated_at'),
  };
  setDataSource(source);
  return () => {
    setDataSource(previous);
    store.close();
  };
}
