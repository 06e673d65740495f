/**
 * `BENCH_SETS=abuse npm run bench` (opt-in): one abusive client asking for unique URLs over 32
 * connections, while 31 readers (one connection each, each its own address through a trusted
 * proxy's X-Forwarded-For) read cached pages. Reports the readers' latency alone, then beside
 * the scraper with the per-client limits off and on (lib/page-cache/rate-limit.ts), on the
 * real snapshot's store.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { pageKinds } from './bench-urls';
import { pageCacheSettled } from './page-cache-settled';

const READERS = 31;
const SCRAPER_CONNECTIONS = 32;
const SCRAPER = '203.0.113.66';

export interface AbuseRow {
  name: string;
  readerRps: number;
  readerP50: number;
  readerP95: number;
  readerP99: number;
  scraperOk: number;
  scraperRefused: number;
}

interface Options {
  port: number;
  env: NodeJS.ProcessEnv;
  databaseFile: string;
  durationS: number;
  headers: Record<string, string>;
}

async function waitFor(url: string) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not start: ${url}`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function phase(
  name: string,
  base: string,
  options: Options,
  readerPaths: string[],
  scrapePath: ((n: number) => string) | null,
): Promise<AbuseRow> {
  const times: number[] = [];
  let r = 0;
  const readers = autocannon({
    url: `${base}${readerPaths[0]}`,
    connections: READERS,
    duration: options.durationS,
    headers: options.headers,
    requests: [
      {
        setupRequest: (request: { path: string; headers?: Record<string, string> }) => {
          const n = r++;
          return {
            ...request,
            path: readerPaths[n % readerPaths.length]!,
            headers: { ...request.headers, 'x-forwarded-for': `198.51.100.${n % READERS}` },
          };
        },
      },
    ],
  });
  readers.on('response', (_c: unknown, _s: number, _b: number, ms: number) => times.push(ms));
  let s = 0;
  const statuses = { ok: 0, refused: 0 };
  const scraper = scrapePath
    ? autocannon({
        url: `${base}${scrapePath(0)}`,
        connections: SCRAPER_CONNECTIONS,
        duration: options.durationS,
        headers: { ...options.headers, 'x-forwarded-for': SCRAPER },
        requests: [
          { setupRequest: (request: { path: string }) => ({ ...request, path: scrapePath(s++) }) },
        ],
      })
    : null;
  scraper?.on('response', (_c: unknown, status: number) => {
    if (status === 429) statuses.refused += 1;
    else statuses.ok += 1;
  });
  const [result] = await Promise.all([readers, scraper]);
  times.sort((a, b) => a - b);
  return {
    name,
    readerRps: result.requests.average,
    readerP50: percentile(times, 50),
    readerP95: percentile(times, 95),
    readerP99: percentile(times, 99),
    scraperOk: statuses.ok,
    scraperRefused: statuses.refused,
  };
}

async function withServer<T>(
  options: Options,
  rateLimit: 'on' | 'off',
  run: (base: string) => Promise<T>,
): Promise<T> {
  const base = `http://127.0.0.1:${options.port}`;
  const server: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/serve.ts', '-H', '127.0.0.1', '-p', String(options.port)],
    {
      env: { ...options.env, RATE_LIMIT: rateLimit, TRUST_PROXY: '1' },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  try {
    await waitFor(`${base}/api/2.3.0/`);
    return await run(base);
  } finally {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
  }
}

export async function abuseBench(options: Options): Promise<AbuseRow[]> {
  const db = new Database(options.databaseFile, { readonly: true });
  const kinds = pageKinds(db);
  db.close();
  const readerPaths = kinds.map((k) => k.cached);
  const list = kinds.find((k) => k.name === 'list page') ?? kinds[0]!;
  // Past the URLs the other sets' uncached scenarios use.
  const scrapePath = (n: number) => list.uncached(1_000_000 + n);
  const rows: AbuseRow[] = [];
  for (const limit of ['off', 'on'] as const) {
    await withServer(options, limit, async (base) => {
      for (const path of readerPaths)
        for (let i = 0; i < 3; i++) await (await fetch(`${base}${path}`)).arrayBuffer();
      await pageCacheSettled(base);
      if (limit === 'off')
        rows.push(await phase('31 readers alone', base, options, readerPaths, null));
      rows.push(
        await phase(
          `31 readers + 1 scraper, limits ${limit}`,
          base,
          options,
          readerPaths,
          scrapePath,
        ),
      );
    });
  }
  return rows;
}

const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '—');

export function abuseReport(rows: AbuseRow[], durationS: number): string {
  return [
    `## One abusive client beside 31 readers`,
    '',
    `Real snapshot store, TRUST_PROXY=1. ${READERS} readers, one connection each and an address of their own, read ${'the cached pages of each kind'} in turn; the scraper (one address, ${SCRAPER_CONNECTIONS} connections) asks for a list URL nobody asked before with every request, ignoring Retry-After. ${durationS} s per row; default limits (120 renders/min, burst 60, 4 at once).`,
    '',
    `| scenario | readers req/s | readers p50 ms | readers p95 ms | readers p99 ms | scraper 2xx/3xx | scraper 429 |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ---: |`,
    ...rows.map(
      (r) =>
        `| ${r.name} | ${fmt(r.readerRps, 0)} | ${fmt(r.readerP50)} | ${fmt(r.readerP95)} | ${fmt(r.readerP99)} | ${r.scraperOk} | ${r.scraperRefused} |`,
    ),
  ].join('\n');
}
