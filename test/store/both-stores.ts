import { afterAll, beforeAll, describe } from 'vitest';
import { asyncStore } from '@/lib/store/async-store';
import { SqliteStore } from '@/lib/store/sqlite-store';
import type { AsyncStore } from '@/lib/store/types';
import { closePgStore, createPgStore, PG_URL } from './pg';

export type StoreKind = 'sqlite' | 'postgres';
export const STORE_KINDS: readonly StoreKind[] = ['sqlite', 'postgres'];

/** An empty store of the kind: SQLite in memory, or PostgreSQL on a database of its own. */
export async function openStore(kind: StoreKind): Promise<AsyncStore> {
  return kind === 'sqlite' ? asyncStore(new SqliteStore(':memory:')) : createPgStore();
}

export async function closeStore(store: AsyncStore): Promise<void> {
  if (store.kind === 'postgres')
    await closePgStore(store as Awaited<ReturnType<typeof createPgStore>>);
  else await store.close();
}

/** Runs `body` on a fresh, empty store of the kind, then closes it. */
export async function withStore<T>(
  kind: StoreKind,
  body: (store: AsyncStore) => Promise<T>,
): Promise<T> {
  const store = await openStore(kind);
  try {
    return await body(store);
  } finally {
    await closeStore(store);
  }
}

/**
 * Declares the suite once per store: SQLite, and PostgreSQL when the test server runs
 * (test/setup/postgres.ts). Both get the same records through their own writes and must give
 * the same answers; `store()` is the suite's store once `fill` has run.
 */
export function describeStores(
  title: string,
  fill: (store: AsyncStore) => Promise<unknown>,
  body: (store: () => AsyncStore, kind: StoreKind) => void,
): void {
  for (const kind of STORE_KINDS) {
    const run = kind === 'postgres' && !PG_URL ? describe.skip : describe;
    run(`${title} [${kind}]`, () => {
      let store: AsyncStore | null = null;
      beforeAll(async () => {
        store = await openStore(kind);
        await fill(store);
      }, 120_000);
      afterAll(async () => {
        if (store) await closeStore(store);
      });
      body(() => {
        if (!store) throw new Error('store not open');
        return store;
      }, kind);
    });
  }
}
