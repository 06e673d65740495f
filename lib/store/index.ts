import { env } from '@/lib/env';
import { asyncStore } from './async-store';
import { SqliteStore } from './sqlite-store';
import { loadEmbeddedDataset } from './embedded';
import { PgStore } from './pg/pg-store';
import type { AsyncStore } from './types';

const globalStore = globalThis as unknown as { __orbitStore?: SqliteStore; __orbitServingStore?: AsyncStore };

/**
 * The process-wide SQLite store. A fresh checkout has no database yet: the first call builds it
 * from the snapshot committed in `data/snapshot`, so the site works offline with no setup.
 */
export function getStore(): SqliteStore {
  if (globalStore.__orbitStore) return globalStore.__orbitStore;
  const store = new SqliteStore(env.DATABASE_FILE);
  loadEmbeddedDataset(store);
  globalStore.__orbitStore = store;
  return store;
}

/**
 * The store pages and the API read: PostgreSQL when `DATABASE_URL` is set, else the embedded
 * SQLite store. A PostgreSQL store gets its data from `npm run sync` or, when it is empty, from
 * the embedded snapshot at start-up (`scripts/ensure-data.ts`).
 */
export function getServingStore(): AsyncStore {
  if (globalStore.__orbitServingStore) return globalStore.__orbitServingStore;
  const store = env.DATABASE_URL ? new PgStore(env.DATABASE_URL) : asyncStore(getStore());
  globalStore.__orbitServingStore = store;
  return store;
}

export type { AsyncStore, Store } from './types';
