import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Vitest global setup: a throwaway PostgreSQL server from Debian's `postgresql` package, in a
 * temporary folder, on 127.0.0.1 and a free port, for the tests that run against both stores.
 * Each test file makes a database of its own on it (`test/store/stores.ts`). Without the
 * binaries the PostgreSQL variants are skipped with a message, except in CI (`CI` set), where
 * that is a failure: CI installs the package (.ci/run).
 */

declare module 'vitest' {
  export interface ProvidedContext {
    /** `postgres://…/postgres` of the test server, or null when there is none. */
    pgUrl: string | null;
  }
}

const BIN_DIRS = [
  '/usr/lib/postgresql/17/bin',
  '/usr/lib/postgresql/16/bin',
  '/usr/lib/postgresql/15/bin',
];

function findBin(): string | null {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  return BIN_DIRS.find((dir) => fs.existsSync(path.join(dir, 'initdb'))) ?? null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject) {
  const bin = findBin();
  if (!bin || process.env.PG_TESTS === 'off') {
    const why = bin ? 'PG_TESTS=off' : 'no PostgreSQL binaries (apt-get install -y postgresql)';
    if (process.env.CI && !bin) throw new Error(`PostgreSQL store tests cannot run in CI: ${why}`);
    process.stderr.write(`\n[postgres] skipping the PostgreSQL store variants: ${why}\n\n`);
    project.provide('pgUrl', null);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbit-pg-'));
  // initdb and postgres refuse to run as root: CI runs as root, so they run as Debian's
  // `postgres` user, which owns the folder.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  const run = (tool: string, args: string[]) => {
    const file = path.join(bin, tool);
    const [cmd, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', file, ...args]]
      : [file, args];
    execFileSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000 });
  };
  const data = path.join(dir, 'data');
  const port = await freePort();
  run('initdb', [
    '-D',
    data,
    '--auth=trust',
    '-U',
    'postgres',
    '--encoding=UTF8',
    '--no-locale',
    '-N',
  ]);
  // A test server: durability off, connections on loopback only.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  run('pg_ctl', [
    '-D',
    data,
    '-o',
    options,
    '-w',
    '-t',
    '30',
    '-l',
    path.join(dir, 'server.log'),
    'start',
  ]);
  project.provide('pgUrl', `postgres://postgres@127.0.0.1:${port}/postgres`);
  return () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}
