import { env } from '@/lib/env';
import { SqliteStore } from './sqlite-store';
import { loadEmbeddedDataset } from './embedded';

const globalStore = globalThis as unknown as { __orbitStore?: SqliteStore };

/**
 * The process-wide store. A fresh checkout has no database yet: the first call builds it from
 * the snapshot committed in `data/snapshot`, so the site works offline with no setup.
 */
export function getStore(): SqliteStore {
  if (globalStore.__orbitStore) return globalStore.__orbitStore;
  const store = new SqliteStore(env.DATABASE_FILE);
  loadEmbeddedDataset(store);
  globalStore.__orbitStore = store;
  return store;
}

export type { Store } from './types';
