import fs from 'node:fs';
import { versionFile } from '../version-file';
import type { SqliteContext } from './context';

/** The `meta` table: key/value settings, and the data version that cache keys include. */

export function getMeta(ctx: SqliteContext, key: string): string | null {
  const row = ctx.stmt('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setMeta(ctx: SqliteContext, key: string, value: string): void {
  ctx.stmt('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function dataVersion(ctx: SqliteContext): number {
  return Number(getMeta(ctx, 'data_version') ?? '0');
}

/** Inside the writing transaction: the data changed. */
export function bumpVersion(ctx: SqliteContext): void {
  setMeta(ctx, 'data_version', String(dataVersion(ctx) + 1));
  setMeta(ctx, 'data_updated_at', new Date().toISOString());
}

/**
 * Writes the data version beside the database after a commit, so caches in other processes
 * (the response cache in `lib/page-cache/front-server.ts`) see a sync or import without opening SQLite.
 */
export function publishVersion(ctx: SqliteContext, file: string): void {
  if (file === ':memory:') return;
  fs.writeFileSync(versionFile(file), String(dataVersion(ctx)));
}
