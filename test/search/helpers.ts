import { asyncStore } from '@/lib/store/async-store';
import { getDataSource, setDataSource } from '@/lib/data';
import { storeSource } from '@/lib/data/local-source';
import { loadSeedPages } from '@/test/store/seed-pages';
import { SqliteStore } from '@/lib/store/sqlite-store';

/**
 * Points the data getters at a private in-memory store holding the committed embedded dataset,
 * so tests never touch (or create) the app's database file. Returns a function that undoes it.
 */
export function useEmbeddedStore(): () => void {
  const store = new SqliteStore(':memory:');
  loadSeedPages(store);
  const previous = getDataSource();
  const source = storeSource(() => asyncStore(store));
  setDataSource(source);
  return () => {
    setDataSource(previous);
    store.close();
  };
}
