import type Database from 'better-sqlite3';
import type { IndexDef } from './columns';

export interface IndexChanges {
  created: string[];
  dropped: string[];
}

/**
 * Brings a table's `ix_…` indexes in line with their definitions: creates the missing ones,
 * rebuilds those whose definition changed and drops those no longer defined. Only the indexes
 * move, never the rows, so a large store picks up a new index on open in the time it takes to
 * build that index. Run inside the caller's write transaction.
 */
export function syncIndexes(
  db: Database.Database,
  tables: readonly string[],
  wanted: readonly IndexDef[],
): IndexChanges {
  const existing = new Map(
    (
      db
        .prepare(
          `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(', ')})`,
        )
        .all(...tables) as { name: string; sql: string }[]
    ).map((r) => [r.name, r.sql]),
  );
  const changes: IndexChanges = { created: [], dropped: [] };
  const wantedSql = new Map(wanted.map((i) => [i.name, i.sql]));
  for (const [name, sql] of existing) {
    if (!name.startsWith('ix_') || wantedSql.get(name) === sql) continue;
    db.exec(`DROP INDEX ${name}`);
    changes.dropped.push(name);
    existing.delete(name);
  }
  for (const index of wanted) {
    if (existing.has(index.name)) continue;
    db.exec(index.sql);
    changes.created.push(index.name);
  }
  // A table's statistics should cover all its indexes or none: the planner costs an index
  // without them by rule of thumb, against measured ones. So a new index of a table that has
  // been analyzed is measured too.
  if (db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").get()) {
    const analyzed = db.prepare('SELECT 1 FROM sqlite_stat1 WHERE tbl = ? LIMIT 1');
    for (const index of wanted) {
      if (changes.created.includes(index.name) && analyzed.get(index.table))
        db.exec(`ANALYZE ${index.name}`);
    }
  }
  return changes;
}
