import type { ResourceDef } from '@/lib/resources/types';
import { tableOf } from '@/lib/store/columns';
import type { SqliteStore } from '@/lib/store/sqlite-store';

/** Rows in a resource's table, served or not. */
export function columnsTable(store: SqliteStore, def: ResourceDef): number {
  return (store.db.prepare(`SELECT count(*) AS n FROM ${tableOf(def.key)}`).get() as { n: number }).n;
}
