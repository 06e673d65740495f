import type pg from 'pg';
import { QueryCache } from '@/lib/cache/query-cache';
import { isServable } from '@/lib/ll2/served';
import { narrowsSelection } from '@/lib/query/parse';
import type { ListQuery } from '@/lib/query/types';
import { resourceList } from '@/lib/resources';
import type { ResourceDef, WireRecord } from '@/lib/resources/types';
import {
  aggregateSql,
  readAggregateRows,
  type AggregateRow,
  type AggregateSpec,
} from '../aggregate';
import { deriveRow, planColumns, type ColumnPlan } from '../columns';
import { postgresDialect, toPositional } from '../dialect';
import { replacesStored, withMissingKeys } from '../merge';
import {
  buildWhere,
  searchesBeyondLl2,
  sideTableCount,
  type WhereClause,
  type WhereOptions,
} from '../sql-query';
import {
  countDriver,
  countSql,
  fieldRowsSql,
  histogramSql,
  pageIdsSql,
  valueCountsSql,
  type CountDriver,
} from '../statements';
import type {
  AsyncStore,
  FacetOption,
  GetOptions,
  HistogramBucket,
  IncomingRecord,
  ListResult,
  StoreHealth,
  WriteSummary,
} from '../types';
import { createPool } from './pool';
import { pgFingerprint, pgIndexSql, pgTableSql, readMigrations } from './schema';
import { DATA_CHANNEL, VersionWatch } from './version-watch';

type Row = Record<string, unknown>;
type Id = string | number;

/** Serialises migrations and writes across every process on the database. */
const MIGRATE_LOCK = 7_001_001;
const WRITE_LOCK = 7_001_002;
/** PostgreSQL binds at most 65,535 parameters a statement. */
const MAX_PARAMS = 60_000;
const CACHE_SIZE = 5000;

interface StoredRow {
  data: string;
  richness: number;
  synthetic: number;
}

export interface PgStoreOptions {
  /** Connections in the pool (default 10). */
  max?: number;
  /** LISTEN for other processes' commits (default). A one-shot script can do without. */
  watch?: boolean;
}

/**
 * The PostgreSQL store (`DATABASE_URL=postgres://…`): the SQLite store's tables and queries
 * (`statements.ts`, `sql-query.ts` in the PostgreSQL dialect), so both answer every query alike.
 * Many app instances share one database; one process (`npm run sync`) writes. Each instance
 * keeps the meta table and the data version in memory and reloads them on every commit it is
 * told of (LISTEN/NOTIFY), so its caches, keyed by the version, drop stale entries at once.
 */
export class PgStore implements AsyncStore {
  readonly kind = 'postgres' as const;
  readonly pool: pg.Pool;
  private readonly plans = new Map<string, ColumnPlan>();
  private meta = new Map<string, string>();
  private version = 0;
  private ready: Promise<void> | null = null;
  private readonly watch: VersionWatch | null;
  private readonly facets = new QueryCache<Promise<FacetOption[]>>(500);
  private readonly facetCountCache = new QueryCache<Promise<[string, number][]>>(CACHE_SIZE);
  private readonly counts = new QueryCache<Promise<number>>(CACHE_SIZE);

  constructor(
    readonly url: string,
    options: PgStoreOptions = {},
  ) {
    this.pool = createPool(url, { max: options.max });
    for (const def of resourceList) this.plans.set(def.key, planColumns(def));
    this.watch = options.watch === false ? null : new VersionWatch(url, () => this.reloadMeta());
    // Callers see a failure on their first query; an unawaited rejection must not end the process.
    this.opened().catch(() => {});
  }

  /**
   * Resolves once the schema is in place and the meta table is read; rejects if it cannot be.
   * A failed attempt (the database was down when the instance started) is retried by the next
   * caller, so an instance recovers when the database comes back.
   */
  opened(): Promise<void> {
    if (this.ready) return this.ready;
    const attempt = this.migrate().then(() => this.reloadMeta());
    this.ready = attempt;
    attempt.then(
      () => this.watch?.start(),
      () => {
        if (this.ready === attempt) this.ready = null;
      },
    );
    return attempt;
  }

  private plan(def: ResourceDef): ColumnPlan {
    const plan = this.plans.get(def.key);
    if (!plan) throw new Error(`Unknown resource ${def.key}`);
    return plan;
  }

  private async query<T extends Row>(
    sql: string,
    params: unknown[] = [],
    client: pg.Pool | pg.PoolClient = this.pool,
  ): Promise<T[]> {
    await this.opened();
    return (await client.query<T>(toPositional(sql), params)).rows;
  }

  /** Applies the SQL migrations not yet applied, then (re)builds resource tables whose definition changed. */
  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATE_LOCK]);
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
      );
      const applied = new Set(
        (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
          (r) => r.version,
        ),
      );
      for (const m of readMigrations()) {
        if (applied.has(m.version)) continue;
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
          m.version,
          m.name,
        ]);
      }
      const stored = new Map(
        (
          await client.query<{ key: string; value: string }>(
            "SELECT key, value FROM meta WHERE key LIKE 'schema:%'",
          )
        ).rows.map((r) => [r.key, r.value]),
      );
      for (const plan of this.plans.values()) {
        const fingerprint = pgFingerprint(plan);
        if (stored.get(`schema:${plan.def.key}`) === fingerprint) continue;
        await this.rebuild(client, plan);
        await client.query(
          'INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
          [`schema:${plan.def.key}`, fingerprint],
        );
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /** Recreates a resource's tables and indexes from its stored records (a changed definition). */
  private async rebuild(client: pg.PoolClient, plan: ColumnPlan): Promise<void> {
    const exists =
      (await client.query('SELECT 1 FROM pg_tables WHERE tablename = $1', [plan.table]))
        .rowCount !== 0;
    const old = exists
      ? (
          await client.query<StoredRow & { id: Id }>(
            `SELECT id, data, richness, synthetic FROM ${plan.table}`,
          )
        ).rows
      : [];
    await client.query(
      `DROP TABLE IF EXISTS ${plan.table}; DROP TABLE IF EXISTS ${plan.multiTable};`,
    );
    for (const sql of pgTableSql(plan)) await client.query(sql);
    await this.insertRows(
      client,
      plan,
      old.map((r) => ({ ...r, record: JSON.parse(r.data) as WireRecord })),
    );
    for (const sql of pgIndexSql(plan)) await client.query(sql);
    await client.query(`ANALYZE ${plan.table}; ANALYZE ${plan.multiTable};`);
  }

  /** Re-reads the meta table, and with it the data version (another process committed). */
  private async reloadMeta(): Promise<void> {
    const rows = (
      await this.pool.query<{ key: string; value: string }>(
        "SELECT key, value FROM meta WHERE key NOT LIKE 'schema:%'",
      )
    ).rows;
    this.meta = new Map(rows.map((r) => [r.key, r.value]));
    this.version = Number(this.meta.get('data_version') ?? '0');
  }

  getMeta(key: string): string | null {
    return this.meta.get(key) ?? null;
  }

  dataVersion(): number {
    return this.version;
  }

  async health(): Promise<StoreHealth> {
    const rows = await this.query<{ key: string; value: string }>(
      "SELECT key, value FROM meta WHERE key IN ('data_version', 'last_sync_at')",
    );
    const value = (key: string) => rows.find((r) => r.key === key)?.value ?? null;
    return {
      store: 'postgres',
      dataVersion: Number(value('data_version') ?? '0'),
      lastSyncAt: value('last_sync_at'),
    };
  }

  /** A per-version cache of promises that forgets a failed one, so the next request retries. */
  private cached<V>(
    cache: QueryCache<Promise<V>>,
    key: string,
    compute: () => Promise<V>,
  ): Promise<V> {
    const promise = cache.get(this.version, key, compute);
    promise.catch(() => cache.delete(key));
    return promise;
  }

  private whereOptions(): WhereOptions {
    return { dialect: postgresDialect };
  }

  async list(def: ResourceDef, query: ListQuery, now = new Date()): Promise<ListResult> {
    await this.opened();
    const plan = this.plan(def);
    const servedOnly = query.servedOnly === true && (await this.hasUnserved(plan));
    const options: WhereOptions = {
      ...this.whereOptions(),
      ...(servedOnly ? { servedOnly: true } : {}),
    };
    const where = buildWhere(plan, def, query, now, options);
    const count = await this.cached(
      this.counts,
      `${plan.table}|${where.sql}|${JSON.stringify(where.params)}`,
      () => this.count(plan, query, where, options),
    );
    if (query.offset >= count) return { count, results: [] };
    const page = pageIdsSql(plan, def, query, where, '', postgresDialect);
    const ids = (await this.query<{ id: Id }>(page.sql, page.params)).map((r) => r.id);
    return { count, results: await this.fetchMany(plan, ids) };
  }

  private hasUnserved(plan: ColumnPlan): Promise<boolean> {
    return this.cached(
      this.counts,
      `${plan.table}|unserved`,
      async () =>
        (
          await this.query<{ n: number }>(
            `SELECT count(*) AS n FROM (SELECT 1 FROM ${plan.table} WHERE served = 0 LIMIT 1) AS s`,
          )
        )[0]!.n,
    ).then((n) => n > 0);
  }

  /** One multi-valued filter alone (`program=…`) is counted in its side table, as in SQLite. */
  private async count(
    plan: ColumnPlan,
    query: ListQuery,
    where: WhereClause,
    options: WhereOptions,
  ): Promise<number> {
    const alone =
      !query.view && !query.span && !options.servedOnly && !searchesBeyondLl2(plan, query);
    const only =
      query.filters.length === 1 && query.searchTerms.length === 0 && alone
        ? query.filters[0]
        : undefined;
    const statement =
      (only && sideTableCount(plan, only, postgresDialect)) || countSql(plan, where);
    return (await this.query<{ n: number }>(statement.sql, statement.params))[0]!.n;
  }

  private async fetchMany(plan: ColumnPlan, ids: Id[]): Promise<WireRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.query<{ id: Id; data: string }>(
      `SELECT id, data FROM ${plan.table} WHERE id = ANY(?)`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r.data]));
    return ids.flatMap((id) => {
      const data = byId.get(id);
      return data ? [JSON.parse(data) as WireRecord] : [];
    });
  }

  async get(def: ResourceDef, id: Id, options: GetOptions = {}): Promise<WireRecord | null> {
    const plan = this.plan(def);
    const key = def.idType === 'int' ? Number(id) : String(id);
    if (def.idType === 'int' && !Number.isSafeInteger(key)) return null;
    const served = options.servedOnly ? ' AND served = 1' : '';
    const [row] = await this.query<{ data: string }>(
      `SELECT data FROM ${plan.table} WHERE id = ?${served}`,
      [key],
    );
    return row ? (JSON.parse(row.data) as WireRecord) : null;
  }

  async getBySlug(def: ResourceDef, slug: string): Promise<WireRecord | null> {
    const plan = this.plan(def);
    const [row] = await this.query<{ data: string }>(
      `SELECT data FROM ${plan.table} WHERE slug = ? ORDER BY richness DESC, id LIMIT 1`,
      [slug],
    );
    return row ? (JSON.parse(row.data) as WireRecord) : null;
  }

  async ids(
    def: ResourceDef,
  ): Promise<{ id: Id; slug: string | null; lastUpdated: string | null }[]> {
    const plan = this.plan(def);
    const updated = plan.scalar.includes('last_updated') ? 'f_last_updated' : 'NULL';
    return this.query(
      `SELECT id, slug, ${updated} AS "lastUpdated" FROM ${plan.table} ORDER BY id`,
    );
  }

  facet(def: ResourceDef, field: string): Promise<FacetOption[]> {
    return this.cached(this.facets, `${def.key}:${field}`, async () =>
      (await this.valueCounts(this.plan(def), field, { sql: '', params: [] }, true)).map((r) => ({
        value: String(r.value),
        label: typeof r.label === 'string' && r.label ? r.label : String(r.value),
        count: Number(r.count),
      })),
    );
  }

  async facetCounts(
    def: ResourceDef,
    field: string,
    query: ListQuery,
    now = new Date(),
  ): Promise<Map<string, number> | null> {
    const others = { ...query, filters: query.filters.filter((f) => f.filter.field !== field) };
    if (!narrowsSelection(others)) return null;
    const plan = this.plan(def);
    const where = buildWhere(plan, def, others, now, this.whereOptions());
    const key = `${plan.table}|${field}|${where.sql}|${JSON.stringify(where.params)}`;
    const rows = await this.cached(this.facetCountCache, key, async () =>
      (
        await this.valueCounts(plan, field, where, false, await this.driverFor(plan, field, where))
      ).map((r): [string, number] => [String(r.value), Number(r.count)]),
    );
    return new Map(rows);
  }

  /** `countDriver` for a multi-valued field: two counts, each a walk of one index. */
  private async driverFor(
    plan: ColumnPlan,
    field: string,
    where: WhereClause,
  ): Promise<CountDriver> {
    if (!plan.multi.includes(field)) return 'values';
    const count = async (s: WhereClause) =>
      Number((await this.query<{ n: string }>(s.sql, s.params))[0]?.n ?? 0);
    return countDriver(await count(countSql(plan, where)), await count(fieldRowsSql(plan, field)));
  }

  private async valueCounts(
    plan: ColumnPlan,
    field: string,
    where: WhereClause,
    withLabels: boolean,
    driver: CountDriver = 'values',
  ): Promise<Row[]> {
    const statement = valueCountsSql(plan, field, where, withLabels, postgresDialect, driver);
    return statement ? this.query(statement.sql, statement.params) : [];
  }

  async histogram(
    def: ResourceDef,
    query: ListQuery,
    unit: 'year' | 'month',
    now = new Date(),
  ): Promise<HistogramBucket[]> {
    if (!def.dateField) return [];
    const plan = this.plan(def);
    const statement = histogramSql(
      plan,
      def.dateField,
      buildWhere(plan, def, query, now, this.whereOptions()),
      unit,
    );
    return this.query<{ bucket: string; count: number }>(statement.sql, statement.params);
  }

  /** The SQLite store's GROUP BY, spelt the same: substr, max, count and a subquery. */
  async aggregate(
    def: ResourceDef,
    query: ListQuery,
    spec: AggregateSpec,
    now = new Date(),
  ): Promise<AggregateRow[]> {
    const plan = this.plan(def);
    const statement = aggregateSql(
      plan,
      buildWhere(plan, def, query, now, this.whereOptions()),
      spec,
    );
    return readAggregateRows(await this.query(statement.sql, statement.params), spec);
  }

  /**
   * Upserts records atomically, merging each with the stored copy as the SQLite store does (a
   * richer copy wins, a poorer one only fills gaps), then announces the commit. Rows are read
   * and written a resource at a time, not a record at a time: one round trip per table.
   */
  async write(records: IncomingRecord[], meta: Record<string, string> = {}): Promise<WriteSummary> {
    await this.opened();
    const summary: WriteSummary = { inserted: 0, updated: 0, unchanged: 0 };
    const client = await this.pool.connect();
    let version = this.version;
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      const byResource = new Map<string, IncomingRecord[]>();
      for (const incoming of records) {
        if (!this.plans.has(incoming.resource))
          throw new Error(`Unknown resource ${incoming.resource}`);
        byResource.set(incoming.resource, [...(byResource.get(incoming.resource) ?? []), incoming]);
      }
      for (const [resource, incoming] of byResource) {
        const plan = this.plans.get(resource)!;
        const idOf = (r: IncomingRecord) => {
          const id = plan.def.idType === 'int' ? Number(r.record.id) : String(r.record.id);
          if (plan.def.idType === 'int' && !Number.isSafeInteger(id))
            throw new Error(`${resource}: bad id ${String(r.record.id)}`);
          return id;
        };
        const ids = [...new Set(incoming.map(idOf))];
        const stored = new Map<Id, StoredRow>();
        for (let i = 0; i < ids.length; i += 10_000) {
          const rows = await client.query<StoredRow & { id: Id }>(
            `SELECT id, data, richness, synthetic FROM ${plan.table} WHERE id = ANY($1)`,
            [ids.slice(i, i + 10_000)],
          );
          for (const r of rows.rows) stored.set(r.id, r);
        }
        const changed = new Map<Id, StoredRow & { record: WireRecord }>();
        for (const r of incoming) {
          const id = idOf(r);
          const existing = changed.get(id) ?? stored.get(id);
          let merged: WireRecord = r.record;
          let richness: number = r.richness;
          if (existing) {
            const current = JSON.parse(existing.data) as WireRecord;
            merged = replacesStored(r.richness, existing.richness)
              ? withMissingKeys(r.record, current)
              : withMissingKeys(current, r.record);
            richness = Math.max(existing.richness, r.richness);
          }
          const data = JSON.stringify(merged);
          if (existing && existing.data === data && existing.richness === richness) {
            summary.unchanged += 1;
            continue;
          }
          changed.set(id, {
            data,
            richness,
            synthetic: (r.synthetic ?? existing?.synthetic === 1) ? 1 : 0,
            record: merged,
          });
          if (existing) summary.updated += 1;
          else summary.inserted += 1;
        }
        await this.insertRows(client, plan, [...changed.values()]);
      }
      const changedAny = summary.inserted + summary.updated > 0;
      const metaRows: [string, string][] = Object.entries(meta);
      if (changedAny) {
        const current = await client.query<{ value: string }>(
          "SELECT value FROM meta WHERE key = 'data_version'",
        );
        version = Number(current.rows[0]?.value ?? '0') + 1;
        metaRows.push(
          ['data_version', String(version)],
          ['data_updated_at', new Date().toISOString()],
        );
      }
      for (const [key, value] of metaRows) {
        await client.query(
          'INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
          [key, value],
        );
      }
      // Delivered on commit, to every instance LISTENing: they reload the meta and the version.
      if (metaRows.length > 0)
        await client.query('SELECT pg_notify($1, $2)', [DATA_CHANNEL, String(version)]);
      await client.query('COMMIT');
      for (const [key, value] of metaRows) this.meta.set(key, value);
      this.version = version;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
    return summary;
  }

  /** Upserts rows with their derived columns and replaces their side-table values. */
  private async insertRows(
    client: pg.PoolClient,
    plan: ColumnPlan,
    rows: (StoredRow & { record: WireRecord })[],
  ): Promise<void> {
    if (rows.length === 0) return;
    const derivedRows = rows.map((row) => {
      const derived = deriveRow(plan, row.record);
      const id = plan.def.idType === 'int' ? Number(row.record.id) : String(row.record.id);
      const values: Record<string, unknown> = {
        id,
        richness: row.richness,
        synthetic: row.synthetic,
        served: isServable(plan.def, row.record, row.richness) ? 1 : 0,
        slug: derived.slug,
        search: derived.search,
        ...derived.values,
        data: row.data,
      };
      return { id, values, multi: derived.multi };
    });
    const names = Object.keys(derivedRows[0]!.values);
    const perStatement = Math.max(1, Math.floor(MAX_PARAMS / names.length));
    const update = names
      .filter((n) => n !== 'id')
      .map((n) => `${n} = excluded.${n}`)
      .join(', ');
    for (let i = 0; i < derivedRows.length; i += perStatement) {
      const chunk = derivedRows.slice(i, i + perStatement);
      const tuples = chunk.map(() => `(${names.map(() => '?').join(', ')})`).join(', ');
      const sql = `INSERT INTO ${plan.table} (${names.join(', ')}) VALUES ${tuples} ON CONFLICT (id) DO UPDATE SET ${update}`;
      await client.query(
        toPositional(sql),
        chunk.flatMap((r) => names.map((n) => r.values[n] ?? null)),
      );
    }
    await client.query(`DELETE FROM ${plan.multiTable} WHERE record_id = ANY($1)`, [
      derivedRows.map((r) => r.id),
    ]);
    const multi = derivedRows.flatMap((r) =>
      r.multi.map((m) => [r.id, m.field, String(m.value), m.lvalue, m.label]),
    );
    for (let i = 0; i < multi.length; i += MAX_PARAMS / 5) {
      const chunk = multi.slice(i, i + MAX_PARAMS / 5);
      const sql = `INSERT INTO ${plan.multiTable} (record_id, field, value, lvalue, label) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?)').join(', ')}`;
      await client.query(toPositional(sql), chunk.flat());
    }
  }

  async close(): Promise<void> {
    await this.watch?.stop();
    await this.pool.end();
  }
}
