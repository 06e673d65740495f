import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A throwaway PostgreSQL server from Debian's `postgresql` package: initdb and pg_ctl in a
 * temporary folder, listening on 127.0.0.1 and a free port, durability off. For the tests that
 * run against both stores and for `npm run bench`'s topology run; never for data anyone keeps.
 */

const BIN_DIRS = [17, 16, 15].map((v) => `/usr/lib/postgresql/${v}/bin`);

/** Where initdb and pg_ctl are (`PG_BIN` overrides), or null when PostgreSQL is not installed. */
export function findPostgresBin(): string | null {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  return BIN_DIRS.find((dir) => fs.existsSync(path.join(dir, 'initdb'))) ?? null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface TempPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  url: string;
  stop(): void;
}

export async function startTempPostgres(
  bin: string,
  settings: string[] = [],
): Promise<TempPostgres> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbit-pg-'));
  // initdb and postgres refuse to run as root: CI runs as root, so they run as Debian's
  // `postgres` user, which then owns the folder.
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
  try {
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
    const options = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
      ...settings.map((s) => `-c ${s}`),
    ].join(' ');
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
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
