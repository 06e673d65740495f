import pg from 'pg';

/**
 * Counts (`count(*)`) and BIGINT ids come back as numbers, as SQLite gives them: every id and
 * count the store holds is a safe integer (ids are checked on write).
 */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC)
      return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export function createPool(url: string, options: { max?: number } = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    types,
    max: options.max ?? 10,
    // A health check or a page must not hang on a server that stopped answering.
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    application_name: 'orbit-index',
  });
  // An idle client whose server went away errors here; the next query reconnects.
  pool.on('error', () => {});
  return pool;
}

export function createClient(url: string): pg.Client {
  return new pg.Client({
    connectionString: url,
    types,
    connectionTimeoutMillis: 5000,
    application_name: 'orbit-index-listen',
  });
}
