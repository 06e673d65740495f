import fs from 'node:fs';
import { env } from '@/lib/env';
import { SqliteStore } from './sqlite-store';
import { loadEmbeddedDataset } from './embedded';

const globalStore = globalThis as unknown as { __orbitStore?: SqliteStore };

/**
 * The process-wide store. A fresh checkout has no database yet: the first call builds it from
 * the embedded dataset committed in `data/seed`, so the site works offline with no setup.
 */
export function getStore(): SqliteStore {
  if (globalStore.__orbitStore) return globalStore.__orbitStore;
  const fresh = !fs.existsSync(env.DATABASE_FILE);
  const store = new SqliteStore(env.DATABASE_FILE);
  if (fresh || store.getMeta('embedded_dataset') === null) loadEmbeddedDataset(store);
  globalStore.__orbitStore = store;
  return store;
}

export type { Store } from './types';
