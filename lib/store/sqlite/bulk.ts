import type { SqliteContext } from './context';
import { buildSearchIndex } from './schema';

/** Loading many records at once, and preparing a store for reading once it is loaded. */

const SEARCH_INDEX_MIN_ROWS = 1000;

export interface OptimizeOptions {
  /** Resources with at least this many records get a full-text search index (default 1,000). */
  searchIndexMinRows?: number;
}

/**
 * Runs a bulk load (a large import, a synthetic dataset) with the tables' secondary indexes
 * dropped and rebuilt once at the end: building an index from all rows at once is far cheaper
 * than inserting every row into forty b-trees one at a time. Writes only need lookups by id
 * and the side tables' record index, which stay. Follow with `optimize()`.
 */
export function bulkLoad<T>(ctx: SqliteContext, load: () => T): T {
  const indexes = ctx.db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix\\_r\\_%' ESCAPE '\\' AND sql IS NOT NULL")
    .all() as { name: string; sql: string }[];
  ctx.forgetStatements();
  for (const index of indexes) ctx.db.exec(`DROP INDEX ${index.name}`);
  try {
    return load();
  } finally {
    ctx.db.transaction(() => {
      for (const index of indexes) ctx.db.exec(index.sql);
    }).immediate();
    ctx.forgetStatements();
    ctx.readCatalog();
  }
}

/**
 * Run after bulk writes (an import, a synthetic dataset): builds the trigram search index of
 * every resource that has grown large enough for a scan to hurt, and refreshes the query
 * planner's statistics so it picks the right indexes. Small stores keep searching by scan.
 */
export function optimize(ctx: SqliteContext, options: OptimizeOptions = {}): void {
  const minRows = options.searchIndexMinRows ?? SEARCH_INDEX_MIN_ROWS;
  for (const plan of ctx.plans.values()) {
    if (plan.def.search.length === 0 || ctx.searchIndexes.has(plan.def.key)) continue;
    const rows = (ctx.stmt(`SELECT count(*) AS n FROM ${plan.table}`).get() as { n: number }).n;
    if (rows < minRows) continue;
    ctx.db.transaction(() => buildSearchIndex(ctx, plan)).immediate();
    ctx.searchIndexes.add(plan.def.key);
  }
  ctx.db.exec('ANALYZE');
}
