import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FieldDef } from '@/lib/resources/types';
import { datePartSql, type ColumnPlan } from '../columns';

/**
 * PostgreSQL's side of the resource tables: the same columns as SQLite's (`columns.ts`), typed
 * for PostgreSQL. Every text column compares bytewise (`COLLATE "C"`), as SQLite's do, so the
 * sort keys order and `lower()` folds exactly as there. The tables follow the definitions, so
 * they are made from the column plan, not from a migration file; the plain SQL migrations in
 * `migrations/` hold the rest.
 */

export const MIGRATIONS_DIR = path.join(
  /* turbopackIgnore: true */ process.cwd(),
  'lib',
  'store',
  'pg',
  'migrations',
);

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** `001_meta.sql`, `002_…`: applied in order, each once. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 3)),
      name: file,
      sql: fs.readFileSync(path.join(dir, file), 'utf8'),
    }));
}

const TEXT = 'TEXT COLLATE "C"';

function pgType(field: FieldDef): string {
  // The column holds the referenced record's name; only the filter speaks ids.
  if (field.byNameOf) return TEXT;
  switch (field.type) {
    case 'bool':
      return 'INTEGER';
    // An `int` field can hold a stray fraction from LL2, which SQLite's INTEGER column keeps too.
    case 'int':
    case 'float':
    case 'duration':
      return 'DOUBLE PRECISION';
    default:
      return TEXT;
  }
}

export function pgTableSql(plan: ColumnPlan): string[] {
  const { def } = plan;
  const idType = def.idType === 'int' ? 'BIGINT' : TEXT;
  const columns = [
    `id ${idType} PRIMARY KEY`,
    'richness INTEGER NOT NULL',
    'synthetic INTEGER NOT NULL DEFAULT 0',
    'served INTEGER NOT NULL DEFAULT 1',
    `slug ${TEXT}`,
    `search ${TEXT}`,
    ...plan.scalar.filter((n) => n !== 'id').map((n) => `f_${n} ${pgType(def.fields[n]!)}`),
    ...plan.lowered.map((n) => `l_${n} ${TEXT}`),
    ...plan.labelled.map((n) => `o_${n} ${TEXT}`),
    ...plan.sorted.map(
      (n) => `s_${n} ${pgType(def.fields[n]!) === TEXT ? TEXT : 'DOUBLE PRECISION'}`,
    ),
    'data TEXT NOT NULL',
  ];
  return [
    `CREATE TABLE ${plan.table} (${columns.join(', ')})`,
    // Values of every multi-valued field share one column: as text, which is how their filters
    // (`in`, `exact`, `icontains`) and the facet counts read them.
    `CREATE TABLE ${plan.multiTable} (record_id ${idType} NOT NULL, field ${TEXT} NOT NULL, value ${TEXT}, lvalue ${TEXT}, label ${TEXT})`,
  ];
}

export function pgIndexSql(plan: ColumnPlan): string[] {
  const { def, table } = plan;
  const filtered = new Set(def.filters.map((f) => f.field));
  const dateParted = new Set(
    def.filters.filter((f) => ['year', 'month', 'day'].includes(f.lookup)).map((f) => f.field),
  );
  const out = [`CREATE INDEX ix_${table}_slug ON ${table} (slug)`];
  for (const n of plan.scalar)
    if (n !== 'id' && filtered.has(n))
      out.push(`CREATE INDEX ix_${table}_f_${n} ON ${table} (f_${n})`);
  for (const n of plan.sorted) out.push(`CREATE INDEX ix_${table}_s_${n} ON ${table} (s_${n}, id)`);
  for (const n of dateParted) {
    const parts = (['year', 'month', 'day'] as const).map((p) => `(${datePartSql(`f_${n}`, p)})`);
    out.push(`CREATE INDEX ix_${table}_dp_${n} ON ${table} (${parts.join(', ')})`);
  }
  if (def.search.length > 0)
    out.push(`CREATE INDEX x_${def.key} ON ${table} USING gin (search gin_trgm_ops)`);
  out.push(`CREATE INDEX ix_${plan.multiTable}_fv ON ${plan.multiTable} (field, value, record_id)`);
  out.push(`CREATE INDEX ix_${plan.multiTable}_r ON ${plan.multiTable} (record_id)`);
  return out;
}

/** Changes with the definition (the plan's fingerprint) and with this file's DDL. */
export function pgFingerprint(plan: ColumnPlan): string {
  return createHash('sha256')
    .update(plan.fingerprint)
    .update(pgTableSql(plan).join(';'))
    .update(pgIndexSql(plan).join(';'))
    .digest('hex')
    .slice(0, 16);
}
