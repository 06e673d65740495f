/**
 * `BENCH_SETS=topology npm run bench`: the same URLs, in the same run, through Debian's nginx to
 *   - 2 app instances (`scripts/serve.ts`) sharing one PostgreSQL database, and
 *   - 1 app instance on the embedded SQLite store,
 * both loaded with the committed snapshot by the normal start-up step. nginx only balances
 * (round robin, keep-alive; no proxy cache), so "cached" is each instance's own response cache
 * and "uncached" a URL nobody asked before. On a 2-core machine the point is that the shared
 * database works and what it costs, not a speed-up. Bounded (BENCH_TOPOLOGY_DURATION seconds a
 * scenario), 127.0.0.1 only; PostgreSQL runs from a temporary folder and is removed after.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import pg from 'pg';
import { NGINX, startNginx } from '@/tools/nginx/temp-proxy';
import { findPostgresBin, freePort, startTempPostgres } from '@/tools/postgres/temp-server';
import { pageKinds, type PageKind } from './bench-urls';

const KINDS = ['list page', 'detail page (launch)', 'filtered list + facets (provider, status)'];
const HEADERS = {
  accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br, zstd',
};

export interface TopologyOptions {
  root: string;
  /** The environment every server shares (NEXT_DIST_DIR of a finished build, NODE_ENV…). */
  env: NodeJS.ProcessEnv;
  connections: number;
  durationS: number;
}

interface Row {
  scenario: string;
  url: string;
  rps: number;
  p50: number;
  p95: number;
  errors: number;
  non2xx: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(url: string, timeoutMs = 180_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await sleep(500);
  }
  throw new Error(`not up: ${url}`);
}

function percentile(sorted: number[], p: number): number {
  return sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
    : NaN;
}

async function load(
  origin: string,
  name: string,
  url: string,
  pathFor: ((n: number) => string) | null,
  options: TopologyOptions,
): Promise<Row> {
  for (let i = 0; i < 3; i++)
    await fetch(origin + url, { headers: HEADERS }).then((r) => r.arrayBuffer());
  const times: number[] = [];
  let n = 0;
  const instance = autocannon({
    url: origin + url,
    connections: options.connections,
    duration: options.durationS,
    pipelining: 1,
    headers: HEADERS,
    ...(pathFor
      ? {
          requests: [
            { setupRequest: (request: { path: string }) => ({ ...request, path: pathFor(n++) }) },
          ],
        }
      : {}),
  });
  instance.on('response', (_c: unknown, _s: number, _b: number, ms: number) => times.push(ms));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    scenario: name,
    url: pathFor ? url.replace(/\?.*/, '?…<new each request>') : url,
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

export async function runTopology(options: TopologyOptions): Promise<string> {
  const bin = findPostgresBin();
  if (!bin || !fs.existsSync(NGINX))
    return `## Topology\n\nSkipped: needs Debian's postgresql and nginx (${bin ? '' : 'no PostgreSQL binaries; '}${fs.existsSync(NGINX) ? '' : `no ${NGINX}`}).`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbit-topology-'));
  const children: ChildProcess[] = [];
  const server = await startTempPostgres(bin, ['max_connections=100']);
  try {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('CREATE DATABASE orbit_topology');
    await admin.end();
    const databaseUrl = server.url.replace(/\/postgres$/, '/orbit_topology');
    const sqliteDir = path.join(dir, 'sqlite');
    const pgEnv = { ...options.env, DATABASE_URL: databaseUrl };
    const sqliteEnv = { ...options.env, DATA_DIR: sqliteDir, DATABASE_FILE: '' };
    const loaded: string[] = [];
    for (const [name, env] of [
      ['PostgreSQL', pgEnv],
      ['SQLite', sqliteEnv],
    ] as const) {
      const started = performance.now();
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ensure-data.ts'], {
        env,
        stdio: ['ignore', 'ignore', 'inherit'],
        cwd: options.root,
      });
      if (result.status !== 0) throw new Error(`ensure-data (${name}) failed`);
      loaded.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const db = new Database(path.join(sqliteDir, 'orbit-index.db'), { readonly: true });
    const kinds: PageKind[] = pageKinds(db).filter((k) => KINDS.includes(k.name));
    db.close();

    const appPorts = await Promise.all([freePort(), freePort(), freePort()]);
    const [pgA, pgB, lite] = appPorts as [number, number, number];
    for (const [port, env] of [
      [pgA, pgEnv],
      [pgB, pgEnv],
      [lite, sqliteEnv],
    ] as const) {
      children.push(
        spawn(
          process.execPath,
          ['--import', 'tsx', 'scripts/serve.ts', '-H', '127.0.0.1', '-p', String(port)],
          {
            env,
            cwd: options.root,
            stdio: ['ignore', 'ignore', 'inherit'],
          },
        ),
      );
    }
    const [pgFront, liteFront] = [await freePort(), await freePort()];
    children.push(
      startNginx(dir, [
        { port: pgFront, upstreams: [pgA, pgB] },
        { port: liteFront, upstreams: [lite] },
      ]),
    );
    const origins = { pg: `http://127.0.0.1:${pgFront}`, sqlite: `http://127.0.0.1:${liteFront}` };
    for (const port of appPorts) await waitFor(`http://127.0.0.1:${port}/healthz`);
    await waitFor(`${origins.pg}/healthz`);
    await waitFor(`${origins.sqlite}/healthz`);

    const api = '/api/2.3.0/launches/?limit=10&mode=list';
    const scenarios: { name: string; url: string; pathFor: ((n: number) => string) | null }[] = [
      ...kinds.map((k) => ({ name: `${k.name}, cached`, url: k.cached, pathFor: null })),
      { name: 'JSON API (list), cached', url: api, pathFor: null },
      ...kinds.map((k) => ({
        name: `${k.name}, uncached`,
        url: k.uncached(0),
        pathFor: (n: number) => k.uncached(1 + n),
      })),
      {
        name: 'JSON API (list), uncached',
        url: `${api}&offset=0`,
        pathFor: (n: number) => `${api}&offset=${(n * 7 + 1) % 6000}`,
      },
    ];
    const rows: { pg: Row; sqlite: Row }[] = [];
    let offset = 0;
    for (const s of scenarios) {
      process.stdout.write(`… topology: ${s.name}\n`);
      // Uncached URLs differ between the two runs, so neither finds the other's answers cached.
      const base = offset;
      offset += 100_000;
      const shift = s.pathFor ? (n: number) => s.pathFor!(base + n) : null;
      const pgRow = await load(origins.pg, s.name, s.url, shift, options);
      const liteShift = s.pathFor ? (n: number) => s.pathFor!(base + 50_000 + n) : null;
      const liteRow = await load(origins.sqlite, s.name, s.url, liteShift, options);
      rows.push({ pg: pgRow, sqlite: liteRow });
    }
    const f = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '—');
    return [
      '## Topology: nginx → 2 instances on one PostgreSQL vs nginx → 1 instance on SQLite',
      '',
      `Real snapshot, loaded by npm start's data step (${loaded.join(', ')}). nginx (1 worker, round robin, keep-alive, no proxy cache) in front of both; ${options.connections} connections, ${options.durationS} s a scenario, 127.0.0.1, ${os.cpus().length} CPUs shared by every process (3 app servers, PostgreSQL, nginx, the load generator). Load average at the end: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' / ')}.`,
      '',
      '| scenario | URL | PG ×2 req/s | PG ×2 p95 ms | SQLite ×1 req/s | SQLite ×1 p95 ms | errors / non-2xx (PG, SQLite) |',
      '| --- | --- | ---: | ---: | ---: | ---: | --- |',
      ...rows.map(
        ({ pg: a, sqlite: b }) =>
          `| ${a.scenario} | \`${a.url}\` | ${f(a.rps)} | ${f(a.p95, 1)} | ${f(b.rps)} | ${f(b.p95, 1)} | ${a.errors}/${a.non2xx}, ${b.errors}/${b.non2xx} |`,
      ),
    ].join('\n');
  } finally {
    for (const child of children) await stop(child);
    server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
