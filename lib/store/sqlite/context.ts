import type Database from 'better-sqlite3';
import { resourceList } from '@/lib/resources';
import type { ResourceDef } from '@/lib/resources/types';
import { planColumns, type ColumnPlan } from '../columns';
import { type IndexCatalog, readIndexCatalog } from '../page-plan';
import type { WhereOptions } from '../sql-query';

/**
 * What every part of the SQLite store shares: the connection, its compiled statements, each
 * resource's column plan, and what exists beside the tables (search indexes, the index catalog).
 */
export class SqliteContext {
  readonly plans = new Map<string, ColumnPlan>();
  /** Resources whose trigram search index (`x_<key>`) exists. */
  readonly searchIndexes = new Set<string>();
  indexes: IndexCatalog;
  private readonly statements = new Map<string, Database.Statement>();
  /** Upserts per table, which depend on the table's columns. */
  readonly insertStatements = new Map<string, Database.Statement>();

  constructor(readonly db: Database.Database) {
    for (const def of resourceList) this.plans.set(def.key, planColumns(def));
    this.indexes = readIndexCatalog(db);
  }

  /** Prepared statements are compiled once per connection. */
  stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Drops the compiled statements: after indexes change, SQLite must plan them again. */
  forgetStatements(): void {
    this.statements.clear();
  }

  plan(def: ResourceDef): ColumnPlan {
    const plan = this.plans.get(def.key);
    if (!plan) throw new Error(`Unknown resource ${def.key}`);
    return plan;
  }

  whereOptions(plan: ColumnPlan): WhereOptions {
    return this.searchIndexes.has(plan.def.key) ? { searchIndex: plan.searchTable } : {};
  }

  /** Reads which search indexes and secondary indexes the database holds now. */
  readCatalog(): void {
    const tables = this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    for (const plan of this.plans.values()) if (tables.includes(plan.searchTable)) this.searchIndexes.add(plan.def.key);
    this.indexes = readIndexCatalog(this.db);
  }
}
