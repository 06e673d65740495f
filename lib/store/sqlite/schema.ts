import type Database from 'better-sqlite3';
import { isServable } from '@/lib/ll2/served';
import type { WireRecord } from '@/lib/resources/types';
import { createIndexSql, createSearchIndexSql, createTableSql, deriveRow, type ColumnPlan } from '../columns';
import { syncIndexes } from '../indexes';
import type { SqliteContext } from './context';
import { getMeta, setMeta } from './meta';

/**
 * The tables: created on first open, rebuilt when a resource's definition changes what its
 * derived columns hold, and one row (with its side-table values and search text) written at a time.
 */

/**
 * Creates tables, rebuilds a resource's derived columns when its definition changed, and brings
 * every resource's indexes in line with their definitions (without touching the rows).
 */
export function migrate(ctx: SqliteContext): void {
  ctx.db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const run = ctx.db.transaction(() => {
    for (const plan of ctx.plans.values()) {
      const key = `schema:${plan.def.key}`;
      const rebuilt = getMeta(ctx, key) === plan.fingerprint ? null : rebuild(ctx, plan);
      if (rebuilt) setMeta(ctx, key, plan.fingerprint);
      syncIndexes(ctx.db, [plan.table, plan.multiTable], createIndexSql(plan));
      if (rebuilt?.analyzed) ctx.db.exec(`ANALYZE ${plan.table}; ANALYZE ${plan.multiTable};`);
    }
  });
  run.immediate();
}

/**
 * Recreates a resource's tables from the stored records; indexes follow in `syncIndexes`. What
 * `optimize()` added goes with the old tables, so it comes back here: the search index, when
 * there was one, and (once the indexes exist) the planner's statistics, when there were some.
 * Without them a served store searches by scanning and plans queries blind.
 */
function rebuild(ctx: SqliteContext, plan: ColumnPlan): { analyzed: boolean } {
  const { db } = ctx;
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(plan.table);
  const searched = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(plan.searchTable);
  const statistics = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'").get();
  const analyzed = statistics !== undefined && db.prepare('SELECT 1 FROM sqlite_stat1 WHERE tbl = ?').get(plan.table) !== undefined;
  const old: { data: string; richness: number; synthetic: number }[] = exists
    ? (db.prepare(`SELECT data, richness, synthetic FROM ${plan.table}`).all() as never)
    : [];
  // Rows get new rowids, so a search index keyed by them goes too; optimize() rebuilds it.
  db.exec(`DROP TABLE IF EXISTS ${plan.table}; DROP TABLE IF EXISTS ${plan.multiTable}; DROP TABLE IF EXISTS ${plan.searchTable};`);
  ctx.searchIndexes.delete(plan.def.key);
  for (const sql of createTableSql(plan)) db.exec(sql);
  // The other indexes are built once the rows are in, which is far cheaper than row by row;
  // the side table's record index is needed now, as each insert replaces a record's values.
  const byRecord = createIndexSql(plan).find((i) => i.name === `ix_${plan.multiTable}_r`);
  if (byRecord) db.exec(byRecord.sql);
  ctx.insertStatements.delete(plan.table);
  const insert = insertStatement(ctx, plan);
  const insertMulti = db.prepare(`INSERT INTO ${plan.multiTable} (record_id, field, value, lvalue, label) VALUES (?, ?, ?, ?, ?)`);
  for (const row of old) {
    const record = JSON.parse(row.data) as WireRecord;
    writeRow(ctx, plan, { insert, insertMulti }, record, row.data, row.richness, row.synthetic === 1);
  }
  if (searched) buildSearchIndex(ctx, plan);
  return { analyzed };
}

export function buildSearchIndex(ctx: SqliteContext, plan: ColumnPlan): void {
  for (const sql of createSearchIndexSql(plan)) ctx.db.exec(sql);
  ctx.db.exec(`INSERT INTO ${plan.searchTable} (rowid, search) SELECT rowid, coalesce(search, '') FROM ${plan.table}`);
}

export function insertStatement(ctx: SqliteContext, plan: ColumnPlan): Database.Statement {
  const cached = ctx.insertStatements.get(plan.table);
  if (cached) return cached;
  const columns = ctx.db.prepare(`PRAGMA table_info(${plan.table})`).all() as { name: string }[];
  const names = columns.map((c) => c.name);
  // An upsert keeps the row's rowid (INSERT OR REPLACE would delete and re-insert it), so the
  // search index, keyed by rowid, stays in step.
  const statement = ctx.db.prepare(
    `INSERT INTO ${plan.table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')}) ` +
      `ON CONFLICT(id) DO UPDATE SET ${names.filter((n) => n !== 'id').map((n) => `${n} = excluded.${n}`).join(', ')} RETURNING rowid AS record_rowid`,
  );
  ctx.insertStatements.set(plan.table, statement);
  return statement;
}

/** Upserts one record's row, its search text and its side-table values. */
export function writeRow(
  ctx: SqliteContext,
  plan: ColumnPlan,
  statements: { insert: Database.Statement; insertMulti: Database.Statement },
  record: WireRecord,
  data: string,
  richness: number,
  synthetic: boolean,
): void {
  const derived = deriveRow(plan, record);
  const id = plan.def.idType === 'int' ? Number(record.id) : String(record.id);
  const params: Record<string, unknown> = {
    id,
    data,
    richness,
    synthetic: synthetic ? 1 : 0,
    served: isServable(plan.def, record, richness) ? 1 : 0,
    slug: derived.slug,
    search: derived.search,
    ...derived.values,
  };
  const { record_rowid: rowid } = statements.insert.get(params) as { record_rowid: number };
  if (ctx.searchIndexes.has(plan.def.key)) {
    ctx.stmt(`INSERT OR REPLACE INTO ${plan.searchTable} (rowid, search) VALUES (?, ?)`).run(rowid, derived.search);
  }
  ctx.stmt(`DELETE FROM ${plan.multiTable} WHERE record_id = ?`).run(id);
  for (const m of derived.multi) statements.insertMulti.run(id, m.field, m.value, m.lvalue, m.label);
}
