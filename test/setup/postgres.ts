import type { TestProject } from 'vitest/node';
import { findPostgresBin, startTempPostgres } from '@/tools/postgres/temp-server';

/**
 * Vitest global setup: a throwaway PostgreSQL server (tools/postgres/temp-server.ts) for the
 * tests that run against both stores; each test file makes a database of its own on it
 * (`test/store/pg.ts`). Without the binaries the PostgreSQL variants are skipped with a
 * message, except in CI (`CI` set), where that is a failure: CI installs the package (.ci/run).
 */

declare module 'vitest' {
  export interface ProvidedContext {
    /** `postgres://…/postgres` of the test server, or null when there is none. */
    pgUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  const bin = findPostgresBin();
  if (!bin || process.env.PG_TESTS === 'off') {
    const why = bin ? 'PG_TESTS=off' : 'no PostgreSQL binaries (apt-get install -y postgresql)';
    if (process.env.CI && !bin) throw new Error(`PostgreSQL store tests cannot run in CI: ${why}`);
    process.stderr.write(`\n[postgres] skipping the PostgreSQL store variants: ${why}\n\n`);
    project.provide('pgUrl', null);
    return;
  }
  const server = await startTempPostgres(bin);
  project.provide('pgUrl', server.url);
  return () => server.stop();
}
