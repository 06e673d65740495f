/**
 * `npm run bench`: builds the site against a synthetic store of 100,000 launches, starts
 * `npm start` (Next behind its response cache) on 127.0.0.1 and load-tests it with autocannon (bounded: a fixed duration per
 * scenario, loopback only). Reports requests/s, p50/p95/p99 latency and errors per scenario,
 * the ratio of our throughput to a static file server serving a saved copy of a rendered page
 * (the figure of merit), the server's memory before and after, and the cache hit rates.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { chooseEncoding, toCachedResponse } from '@/lib/page-cache/page-cache';
import { addCompileHints } from './compile-hints';
import { pageCacheSettled } from './page-cache-settled';

const LAUNCHES = Number(process.env.BENCH_LAUNCHES ?? 100_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 8);
const PORT = 3900;
const STATIC_PORT = 3901;
const root = process.cwd();
const dbFile = path.join(root, 'data', 'bench', `synthetic-${LAUNCHES}.db`);
const distDir = '.next-bench';
/** What a browser sends: every real reader accepts compressed responses. */
const BROWSER_HEADERS = {
  accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br, zstd',
};
const env = {
  ...process.env,
  DATABASE_FILE: dbFile,
  NEXT_DIST_DIR: distDir,
  SITE_URL: `http://127.0.0.1:${PORT}`,
  NODE_ENV: 'production' as const,
};

function run(cmd: string, args: string[], extraEnv: NodeJS.ProcessEnv = env) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: extraEnv });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

function rssKiB(pid: number): number {
  // next start may run the server in a child process: add up the whole tree.
  let total = 0;
  const visit = (p: number) => {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const children = fs
        .readFileSync(`/proc/${p}/task/${p}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean);
      children.forEach((c) => visit(Number(c)));
    } catch {
      // process gone
    }
  };
  visit(pid);
  return total;
}

async function waitFor(url: string, timeoutMs = 120_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not start: ${url}`);
}

interface Row {
  name: string;
  url: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
  /** Mean bytes per response on the wire (compressed when the client accepts it). */
  bytesPerResponse: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function load(
  name: string,
  url: string,
  headers: Record<string, string> = BROWSER_HEADERS,
  /** Gives every request its own path (so each one misses the response cache). */
  pathFor?: (n: number) => string,
): Promise<Row> {
  // Warm-up: the first render of a page fills the caches, as on a live site, and the second
  // read has its Brotli body recompressed at the best quality in the background.
  for (let i = 0; i < 3; i++) await fetch(url).then((r) => r.arrayBuffer());
  // Measured with no recompression running (a static server has none either).
  await pageCacheSettled(new URL(url).origin);
  const times: number[] = [];
  let n = 0;
  const requests = pathFor
    ? [{ setupRequest: (request: { path: string }) => ({ ...request, path: pathFor(n++) }) }]
    : undefined;
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    pipelining: 1,
    headers,
    ...(requests ? { requests } : {}),
  });
  instance.on(
    'response',
    (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
      times.push(responseTime),
  );
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    name,
    url: url.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''),
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
    bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : NaN,
  };
}

function sampleUrls(): Record<string, string> {
  const db = new Database(dbFile, { readonly: true });
  const one = (sql: string) => db.prepare(sql).pluck().get() as string | number;
  const launchSlug = one(
    "SELECT slug FROM r_launches WHERE slug IS NOT NULL AND f_net < '2024' ORDER BY id LIMIT 1 OFFSET 500",
  );
  const agency = one('SELECT id FROM r_agencies ORDER BY f_total_launch_count DESC LIMIT 1');
  // The canonical URL: a bare id answers with a 308 to it.
  const agencySlug = one(`SELECT slug FROM r_agencies WHERE id = ${Number(agency)}`);
  const station = one(
    'SELECT f_space_station_target__id FROM r_docking_events GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
  );
  const dockings = one(
    `SELECT count(*) FROM r_docking_events WHERE f_space_station_target__id = ${Number(station)}`,
  );
  db.close();
  const base = `http://127.0.0.1:${PORT}`;
  console.log(`timeline station ${station}: ${dockings} docking events`);
  return {
    'home page': `${base}/`,
    'unfiltered list (launches)': `${base}/launches`,
    'list: 3 filters + search + ordering': `${base}/launches?lsp__id=${agency}&status__ids=3,4&net__gte=2000-01-01&search=syn&ordering=-net`,
    'deep page (offset=5000)': `${base}/launches?offset=5000`,
    'detail page (launch)': `${base}/launches/${launchSlug}`,
    'detail page (agency)': `${base}/agencies/${agency}-${String(agencySlug)}`,
    [`docking timeline (${dockings} events)`]: `${base}/docking-events?view=timeline&space_station_target__id=${station}&docking__gte=1950-01-01`,
    'JSON API (list, 3 filters)': `${base}/api/2.3.0/launches/?lsp__id=${agency}&status__ids=3,4&ordering=-net`,
    'JSON API (detail)': `${base}/api/2.3.0/agencies/${agency}/`,
  };
}

async function main() {
  if (!fs.existsSync(dbFile)) {
    console.log(`Generating ${LAUNCHES} synthetic launches → ${path.relative(root, dbFile)}`);
    // Not with the server's environment: its DATABASE_FILE is this very file, which the generator
    // (rightly) refuses to overwrite as "the app's database".
    run(
      'npx',
      ['tsx', 'scripts/synthetic.ts', '--launches', String(LAUNCHES), '--out', dbFile],
      process.env,
    );
  }
  console.log('Building the site…');
  run('npx', ['next', 'build']);
  addCompileHints(distDir);

  const server: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/serve.ts', '-H', '127.0.0.1', '-p', String(PORT)],
    { env, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  let staticServer: http.Server | null = null;
  try {
    await waitFor(`http://127.0.0.1:${PORT}/api/2.3.0/`);
    const urls = sampleUrls();
    const memoryBefore = rssKiB(server.pid!);

    const rows: Row[] = [];
    for (const [name, url] of Object.entries(urls)) {
      process.stdout.write(`… ${name}\n`);
      rows.push(await load(name, url));
    }
    const listUrl = urls['unfiltered list (launches)']!;
    rows.push(
      await load('unfiltered list, client without compression', listUrl, { accept: 'text/html' }),
    );
    // Worst case for the API: every request a query nobody asked before (all cache misses).
    const apiUrl = urls['JSON API (list, 3 filters)']!;
    const apiPath = new URL(apiUrl).pathname + new URL(apiUrl).search;
    rows.push(
      await load(
        'JSON API (list), every request uncached',
        apiUrl,
        BROWSER_HEADERS,
        (n) => `${apiPath}&offset=${(n * 7) % 20000}&limit=${11 + (n % 5)}`,
      ),
    );
    rows.push(
      await load(
        'list page, every request uncached',
        listUrl,
        BROWSER_HEADERS,
        // Never offset=0: that default answers with a redirect to the clean URL.
        (n) => `/launches?offset=${10 + ((n * 10) % 49_990)}&limit=${11 + (n % 3)}`,
      ),
    );
    const memoryAfter = rssKiB(server.pid!);

    // The static baseline: the same rendered list page, saved as a file with precompressed
    // copies (what nginx's gzip_static/brotli_static serves), answered by a bare Node server.
    const saved = Buffer.from(
      await (await fetch(listUrl, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer(),
    );
    const file = await toCachedResponse(
      { status: 200, headers: [['content-type', 'text/html; charset=utf-8']], body: saved },
      0,
    );
    staticServer = http.createServer((req, res) => {
      const encoding = chooseEncoding(req.headers['accept-encoding'], file.bodies);
      const body = file.bodies[encoding] ?? file.bodies.identity;
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': body.length,
        vary: 'Accept-Encoding',
        ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
      });
      res.end(body);
    });
    await new Promise<void>((resolve) => staticServer!.listen(STATIC_PORT, '127.0.0.1', resolve));
    const baseline = await load(
      'static file (baseline)',
      `http://127.0.0.1:${STATIC_PORT}/launches.html`,
    );

    const pageCache = (await (
      await fetch(`http://127.0.0.1:${PORT}/_orbit/page-cache`)
    ).json()) as { hitRate: number; hits: number; misses: number };
    const list = rows.find((r) => r.name.startsWith('unfiltered list'))!;
    const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '—');
    const lines = [
      `| scenario | req/s | p50 ms | p95 ms | p99 ms | errors | non-2xx | KB/response |`,
      `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
      ...[...rows, baseline].map(
        (r) =>
          `| ${r.name} | ${fmt(r.rps, 0)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.errors} | ${r.non2xx} | ${fmt(r.bytesPerResponse / 1024)} |`,
      ),
    ];
    const summary = [
      `${LAUNCHES.toLocaleString('en')} synthetic launches, ${CONNECTIONS} connections, ${DURATION_S} s per scenario, 127.0.0.1, browser request headers (Accept-Encoding: gzip, deflate, br, zstd) unless noted`,
      ...lines,
      `dynamic/static throughput (unfiltered list): ${fmt(list.rps / baseline.rps, 3)} (${fmt(list.rps, 0)} / ${fmt(baseline.rps, 0)} req/s)`,
      `server memory: ${fmt(memoryBefore / 1024)} MiB before, ${fmt(memoryAfter / 1024)} MiB after`,
      `page cache: hit rate ${fmt(pageCache.hitRate * 100)} % (${pageCache.hits} hits, ${pageCache.misses} misses)`,
    ].join('\n');
    console.log(`\n${summary}`);
    fs.mkdirSync('bench-results', { recursive: true });
    fs.writeFileSync('bench-results/bench.md', `${summary}\n`);
    fs.writeFileSync(
      'bench-results/bench.json',
      JSON.stringify({ rows, baseline, memoryBefore, memoryAfter, pageCache }, null, 2),
    );
  } finally {
    staticServer?.close();
    server.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
