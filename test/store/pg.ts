import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { PgStore } from '@/lib/store/pg/pg-store';

/** The test server (test/setup/postgres.ts), or null when the PostgreSQL variants are skipped. */
export const PG_URL = inject('pgUrl');

/** A fresh, empty database on the test server; dropped with `dropDatabase`. */
export async function createDatabase(): Promise<string> {
  if (!PG_URL) throw new Error('no PostgreSQL test server');
  const name = `orbit_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(url: string): Promise<void> {
  if (!PG_URL) return;
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** A PostgreSQL store on a database of its own, with its schema in place. */
export async function createPgStore(): Promise<PgStore> {
  const store = new PgStore(await createDatabase());
  await store.opened();
  return store;
}

export async function closePgStore(store: PgStore): Promise<void> {
  await store.close();
  await dropDatabase(store.url);
}
