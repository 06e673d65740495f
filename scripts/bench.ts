/**
 * `npm run bench`: builds the site once and load-tests `npm start` (Next behind its response
 * cache) on 127.0.0.1 with autocannon (bounded: a fixed duration per scenario, loopback only),
 * on two datasets in turn:
 *   - synthetic: 100,000 generated launches (`BENCH_LAUNCHES`), the scale the queries are built for;
 *   - snapshot: the committed snapshot of real LL2 data (data/snapshot), loaded into a fresh store
 *     by the normal first-start path.
 * `BENCH_SETS=snapshot` (or `synthetic`) runs one of them; `abuse` (opt-in, scripts/bench-abuse.ts)
 * measures readers beside one abusive client, with the per-client limits off and on. For each set it reports requests/s,
 * p50/p95/p99 latency, errors and bytes per scenario, cached (one URL read again and again) and
 * uncached (every request a URL nobody asked before); the time of one uncached render on an idle
 * server (sequential requests, median and p95); the ratio of our throughput to a static file
 * server serving a saved copy of the list page (the figure of merit); the server's memory before
 * and after, and the cache hit rates.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { chooseEncoding, toCachedResponse } from '@/lib/page-cache/page-cache';
import { SKIP_SNAPSHOT } from '@/lib/store/embedded';
import { readManifest } from '@/lib/store/snapshot';
import { pageKinds, syntheticPages, type PageKind } from './bench-urls';
import { runTopology } from './bench-topology';
import { abuseBench, abuseReport, type AbuseRow } from './bench-abuse';
import { addCompileHints } from './compile-hints';
import { pageCacheSettled } from './page-cache-settled';

const LAUNCHES = Number(process.env.BENCH_LAUNCHES ?? 100_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 8);
/** Sequential requests per kind for the single-request table, after a few unmeasured ones. */
const SINGLE_SAMPLES = Number(process.env.BENCH_SINGLE ?? 30);
const SINGLE_WARMUP = 5;
const PORT = Number(process.env.BENCH_PORT ?? 3900);
const STATIC_PORT = PORT + 1;
const SET_KEYS = ['synthetic', 'snapshot', 'topology', 'abuse'] as const;
/** `topology` (nginx, PostgreSQL, three servers: scripts/bench-topology.ts) and `abuse` run when asked for. */
const DEFAULT_SETS: readonly SetKey[] = ['synthetic', 'snapshot'];
type SetKey = (typeof SET_KEYS)[number];
const root = process.cwd();
const distDir = '.next-bench';
const base = `http://127.0.0.1:${PORT}`;
/** What a browser sends: every real reader accepts compressed responses. */
const BROWSER_HEADERS = {
  accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br, zstd',
};
const common = {
  NEXT_DIST_DIR: distDir,
  SITE_URL: base,
  NODE_ENV: 'production' as const,
  // One client (this script) asks for every URL: the per-client limits are measured on their own.
  RATE_LIMIT: 'off',
};

function selectedSets(): SetKey[] {
  const asked = (process.env.BENCH_SETS ?? DEFAULT_SETS.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = asked.filter((s) => !(SET_KEYS as readonly string[]).includes(s));
  if (unknown.length || !asked.length)
    throw new Error(`BENCH_SETS: expected some of ${SET_KEYS.join(', ')}; got "${asked.join()}"`);
  return SET_KEYS.filter((k) => asked.includes(k));
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

/** The server and its children (next start may run the server in a child process). */
function processTree(pid: number): number[] {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      const p = pids[i]!;
      const children = fs.readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim();
      if (children) pids.push(...children.split(/\s+/).map(Number));
    } catch {
      // process gone
    }
  }
  return pids;
}

const sumOver = (pid: number, read: (p: number) => number) =>
  processTree(pid).reduce((total, p) => {
    try {
      return total + read(p);
    } catch {
      return total; // process gone
    }
  }, 0);

const rssKiB = (pid: number) =>
  sumOver(pid, (p) =>
    Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0),
  );

const TICKS_PER_S = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/**
 * CPU time the server has used (user + system), in ms. Unlike wall time it hardly grows when
 * other processes share the cores, so it says what a request costs on a busy machine too.
 */
const cpuMs = (pid: number) =>
  sumOver(pid, (p) => {
    // The fields after the command name, which may itself hold spaces and parentheses.
    const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_S) * 1000;
  });

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

const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

interface PageCacheStats {
  hitRate: number;
  hits: number;
  misses: number;
}

const pageCacheStats = async (origin = base): Promise<PageCacheStats> =>
  (await (await fetch(`${origin}/_orbit/page-cache`)).json()) as PageCacheStats;

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
  /** Share of the measured requests the response cache answered (none, when uncached). */
  cacheHitRate: number;
  /** The server's CPU time per answered request (requests still open at the end add to it). */
  cpuMsPerRequest: number;
}

interface Scenario {
  name: string;
  /** Warmed up, and the one URL asked for unless `pathFor` gives every request its own. */
  url: string;
  /** What the report shows as the URL. */
  shown?: string;
  headers?: Record<string, string>;
  /** Gives every request its own path (so each one misses the response cache). */
  pathFor?: (n: number) => string;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Loads `scenario`'s URLs for DURATION_S; `serverPid` is the server's, to count its CPU time. */
async function load(scenario: Scenario, serverPid?: number): Promise<Row> {
  const { name, url, pathFor, headers = BROWSER_HEADERS } = scenario;
  const origin = new URL(url).origin;
  // Warm-up: the first render of a page fills the caches, as on a live site, and the second
  // read has its Brotli body recompressed at the best quality in the background.
  for (let i = 0; i < 3; i++) await fetch(url).then((r) => r.arrayBuffer());
  // Measured with no recompression running (a static server has none either).
  await pageCacheSettled(origin);
  const before = origin === base ? await pageCacheStats() : null;
  const cpuBefore = serverPid ? cpuMs(serverPid) : NaN;
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
  const cpu = serverPid ? cpuMs(serverPid) - cpuBefore : NaN;
  const after = before ? await pageCacheStats() : null;
  times.sort((a, b) => a - b);
  const hits = before && after ? after.hits - before.hits : NaN;
  const misses = before && after ? after.misses - before.misses : NaN;
  return {
    name,
    url: scenario.shown ?? url.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''),
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
    bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : NaN,
    cacheHitRate: hits / (hits + misses),
    cpuMsPerRequest: cpu / result.requests.total,
  };
}

interface SingleRow {
  name: string;
  pattern: string;
  samples: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  /** The server's CPU time per request: what a render costs, however busy the machine is. */
  cpuMs: number;
  /** Answers that were not a fresh 200 render (a redirect, an error, a cache hit). */
  notMisses: number;
  bytesPerResponse: number;
}

/**
 * One request at a time, each to a URL nobody asked before: the time of one render on an idle
 * server, as the first reader of a page sees it (with the compression of the stored copies).
 */
async function singleRequests(kind: PageKind, serverPid: number): Promise<SingleRow> {
  const times: number[] = [];
  let notMisses = 0;
  let bytes = 0;
  let cpuStart = NaN;
  for (let n = 0; n < SINGLE_WARMUP + SINGLE_SAMPLES; n++) {
    if (n === SINGLE_WARMUP) cpuStart = cpuMs(serverPid);
    const started = performance.now();
    const res = await fetch(`${base}${kind.uncached(n)}`, {
      headers: BROWSER_HEADERS,
      redirect: 'manual',
    });
    const body = await res.arrayBuffer();
    const ms = performance.now() - started;
    if (n < SINGLE_WARMUP) continue;
    times.push(ms);
    bytes += Number(res.headers.get('content-length') ?? body.byteLength);
    if (res.status !== 200 || res.headers.get('x-page-cache') !== 'MISS') notMisses += 1;
  }
  const cpu = cpuMs(serverPid) - cpuStart;
  times.sort((a, b) => a - b);
  return {
    name: kind.name,
    pattern: kind.pattern,
    samples: times.length,
    median: percentile(times, 50),
    p95: percentile(times, 95),
    min: times[0] ?? NaN,
    max: times.at(-1) ?? NaN,
    cpuMs: cpu / times.length,
    notMisses,
    bytesPerResponse: bytes / times.length,
  };
}

/** The single-request URLs come first in each kind's sequence; load tests start after them. */
const LOAD_START = SINGLE_WARMUP + SINGLE_SAMPLES;

function uncachedScenario(kind: PageKind): Scenario {
  return {
    name: `${kind.name}, every request uncached`,
    url: `${base}${kind.cached}`,
    shown: kind.pattern,
    pathFor: (n) => kind.uncached(LOAD_START + n),
  };
}

interface BenchSet {
  key: SetKey;
  title: string;
  /** Creates the set's store when needed; says what it holds. */
  prepare(): string;
  /** The server's environment: which store it serves. */
  env: NodeJS.ProcessEnv;
  databaseFile: string;
  /** Scenarios under load, given the store's page kinds. */
  scenarios(db: Database.Database, kinds: PageKind[]): { scenarios: Scenario[]; note?: string };
}

function syntheticSet(): BenchSet {
  const databaseFile = path.join(root, 'data', 'bench', `synthetic-${LAUNCHES}.db`);
  return {
    key: 'synthetic',
    title: `Synthetic: ${LAUNCHES.toLocaleString('en')} launches`,
    databaseFile,
    env: { ...process.env, ...common, DATABASE_FILE: databaseFile },
    prepare() {
      // A store made before synthetic stores refused the snapshot may hold it too: rebuild it.
      if (fs.existsSync(databaseFile)) {
        const db = new Database(databaseFile, { readonly: true });
        const marker = db.prepare("SELECT value FROM meta WHERE key = 'snapshot_id'").pluck().get();
        db.close();
        if (marker === SKIP_SNAPSHOT) return `${path.relative(root, databaseFile)} (reused)`;
      }
      console.log(
        `Generating ${LAUNCHES} synthetic launches → ${path.relative(root, databaseFile)}`,
      );
      // Not with the server's environment: its DATABASE_FILE is this very file, which the
      // generator (rightly) refuses to overwrite as "the app's database".
      run(
        'npx',
        ['tsx', 'scripts/synthetic.ts', '--launches', String(LAUNCHES), '--out', databaseFile],
        process.env,
      );
      return path.relative(root, databaseFile);
    },
    scenarios(db, kinds) {
      const { urls, note } = syntheticPages(db);
      const list = kinds.find((k) => k.name === 'list page')!;
      const statistics = kinds.find((k) => k.name === 'statistics page')!;
      const api = urls['JSON API (list, 3 filters)']!;
      return {
        note,
        scenarios: [
          ...Object.entries(urls).map(([name, url]) => ({ name, url: `${base}${url}` })),
          {
            name: 'unfiltered list, client without compression',
            url: `${base}/launches`,
            headers: { accept: 'text/html' },
          },
          {
            // Worst case for the API: every request a query nobody asked before.
            name: 'JSON API (list), every request uncached',
            url: `${base}${api}`,
            shown: `${api}&offset=<n>&limit=<n>`,
            pathFor: (n) => `${api}&offset=${(n * 7) % 20000}&limit=${11 + (n % 5)}`,
          },
          uncachedScenario(list),
          uncachedScenario(statistics),
        ],
      };
    },
  };
}

function snapshotSet(): BenchSet {
  const manifest = readManifest();
  if (!manifest) throw new Error('BENCH_SETS=snapshot: there is no data/snapshot');
  const dataDir = path.join(root, 'data', 'bench', 'snapshot');
  const databaseFile = path.join(dataDir, 'orbit-index.db');
  const launches = manifest.files.find((f) => f.resource === 'launches')?.records ?? 0;
  const env = { ...process.env, ...common, DATA_DIR: dataDir, DATABASE_FILE: '' };
  return {
    key: 'snapshot',
    title: `Real snapshot: ${launches.toLocaleString('en')} launches (data/snapshot, newest record ${manifest.newestChange.slice(0, 10)})`,
    databaseFile,
    env,
    prepare() {
      // A new store every run, filled as a fresh clone's first `npm start` fills it.
      fs.rmSync(dataDir, { recursive: true, force: true });
      const started = performance.now();
      run('npx', ['tsx', 'scripts/ensure-data.ts'], env);
      const seconds = (performance.now() - started) / 1000;
      return `a fresh store in ${path.relative(root, dataDir)}/, loaded by npm start's data step in ${seconds.toFixed(1)} s`;
    },
    scenarios: (_db, kinds) => ({
      scenarios: [
        ...kinds.map((k) => ({ name: `${k.name}, cached`, url: `${base}${k.cached}` })),
        ...kinds.map(uncachedScenario),
      ],
    }),
  };
}

/** The static baseline: a saved copy of a rendered page with precompressed copies (what nginx's gzip_static/brotli_static serves), answered by a bare Node server. */
async function staticBaseline(pageUrl: string): Promise<Row> {
  const saved = Buffer.from(
    await (await fetch(pageUrl, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer(),
  );
  const file = await toCachedResponse(
    { status: 200, headers: [['content-type', 'text/html; charset=utf-8']], body: saved },
    0,
  );
  const server = http.createServer((req, res) => {
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
  await new Promise<void>((resolve) => server.listen(STATIC_PORT, '127.0.0.1', resolve));
  try {
    return await load({
      name: 'static file (baseline)',
      url: `http://127.0.0.1:${STATIC_PORT}/launches.html`,
    });
  } finally {
    server.close();
  }
}

interface SetResult {
  key: SetKey;
  title: string;
  store: string;
  note?: string;
  loadAverage: { start: string; end: string };
  single: SingleRow[];
  rows: Row[];
  baseline: Row;
  memoryBefore: number;
  memoryAfter: number;
  pageCache: PageCacheStats;
}

async function stop(server: ChildProcess) {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

async function benchSet(set: BenchSet, store: string): Promise<SetResult> {
  console.log(`\n== ${set.title}`);
  const server: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/serve.ts', '-H', '127.0.0.1', '-p', String(PORT)],
    { env: set.env, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  try {
    await waitFor(`${base}/api/2.3.0/`);
    const db = new Database(set.databaseFile, { readonly: true });
    const kinds = pageKinds(db);
    const { scenarios, note } = set.scenarios(db, kinds);
    db.close();
    if (note) console.log(note);
    const start = loadAverage();
    const memoryBefore = rssKiB(server.pid!);

    // First, while the server is idle: one render at a time.
    const single: SingleRow[] = [];
    for (const kind of kinds) {
      process.stdout.write(`… single requests: ${kind.name}\n`);
      single.push(await singleRequests(kind, server.pid!));
    }
    const rows: Row[] = [];
    for (const scenario of scenarios) {
      process.stdout.write(`… ${scenario.name}\n`);
      rows.push(await load(scenario, server.pid));
    }
    const memoryAfter = rssKiB(server.pid!);
    const baseline = await staticBaseline(`${base}/launches`);
    return {
      key: set.key,
      title: set.title,
      store,
      ...(note ? { note } : {}),
      loadAverage: { start, end: loadAverage() },
      single,
      rows,
      baseline,
      memoryBefore,
      memoryAfter,
      pageCache: await pageCacheStats(),
    };
  } finally {
    await stop(server);
  }
}

const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '—');

function report(r: SetResult): string {
  const list = r.rows.find((row) => row.url === '/launches' && row.name.includes('list'))!;
  return [
    `## ${r.title}`,
    '',
    `Store: ${r.store}. Load average (1/5/15 min, ${os.cpus().length} CPUs): ${r.loadAverage.start} at the start, ${r.loadAverage.end} at the end.${r.note ? ` ${r.note}.` : ''}`,
    '',
    `### One uncached request at a time (idle server)`,
    '',
    `${SINGLE_SAMPLES} sequential requests per kind, each to a URL nobody asked before (after ${SINGLE_WARMUP} unmeasured ones), browser request headers: time to the last byte, and the server's CPU time per request (mean), which other processes on the machine hardly change.`,
    '',
    `| page | URLs | median ms | p95 ms | min ms | max ms | server CPU ms | not a fresh 200 | KB/response |`,
    `| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
    ...r.single.map(
      (s) =>
        `| ${s.name} | \`${s.pattern}\` | ${fmt(s.median)} | ${fmt(s.p95)} | ${fmt(s.min)} | ${fmt(s.max)} | ${fmt(s.cpuMs)} | ${s.notMisses} | ${fmt(s.bytesPerResponse / 1024)} |`,
    ),
    '',
    `### Under load`,
    '',
    `${CONNECTIONS} connections, ${DURATION_S} s per scenario, 127.0.0.1, browser request headers (Accept-Encoding: gzip, deflate, br, zstd) unless noted. "Uncached": every request a URL nobody asked before.`,
    '',
    `| scenario | URL | req/s | p50 ms | p95 ms | p99 ms | errors | non-2xx | cache hits | server CPU ms/req | KB/response |`,
    `| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
    ...[...r.rows, r.baseline].map(
      (row) =>
        `| ${row.name} | \`${row.url}\` | ${fmt(row.rps, 0)} | ${fmt(row.p50)} | ${fmt(row.p95)} | ${fmt(row.p99)} | ${row.errors} | ${row.non2xx} | ${Number.isFinite(row.cacheHitRate) ? `${fmt(row.cacheHitRate * 100, 0)} %` : '—'} | ${fmt(row.cpuMsPerRequest, 2)} | ${fmt(row.bytesPerResponse / 1024)} |`,
    ),
    '',
    `dynamic/static throughput (unfiltered list, cached): ${fmt(list.rps / r.baseline.rps, 3)} (${fmt(list.rps, 0)} / ${fmt(r.baseline.rps, 0)} req/s)`,
    `server memory: ${fmt(r.memoryBefore / 1024)} MiB before, ${fmt(r.memoryAfter / 1024)} MiB after`,
    `page cache: hit rate ${fmt(r.pageCache.hitRate * 100)} % (${r.pageCache.hits} hits, ${r.pageCache.misses} misses)`,
  ].join('\n');
}

async function main() {
  const keys = selectedSets();
  const abuse = keys.includes('abuse');
  const sets = keys.flatMap((k) =>
    k === 'synthetic' ? [syntheticSet()] : k === 'snapshot' ? [snapshotSet()] : [],
  );
  const stores = sets.map((set) => set.prepare());
  // The abuse rows read the snapshot's store, made here when its own set does not run.
  const abuseStore = abuse ? (sets.find((set) => set.key === 'snapshot') ?? snapshotSet()) : null;
  if (abuseStore && !sets.includes(abuseStore)) abuseStore.prepare();

  if (process.env.BENCH_REUSE_BUILD === '1' && fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
    console.log(`Reusing the build in ${distDir}`);
  } else {
    console.log('Building the site…');
    // The pages render per request, so one build serves every set.
    run('npx', ['next', 'build'], (sets[0] ?? abuseStore)?.env ?? { ...process.env, ...common });
  }
  addCompileHints(distDir);

  const results: SetResult[] = [];
  for (const [i, set] of sets.entries()) results.push(await benchSet(set, stores[i]!));
  let abuseRows: AbuseRow[] | null = null;
  if (abuseStore) {
    console.log('\n== One abusive client beside 31 readers');
    abuseRows = await abuseBench({
      port: PORT,
      env: abuseStore.env,
      databaseFile: abuseStore.databaseFile,
      durationS: DURATION_S,
      headers: BROWSER_HEADERS,
    });
  }

  const topology = keys.includes('topology')
    ? await runTopology({
        root,
        env: { ...process.env, ...common },
        connections: CONNECTIONS,
        durationS: Number(process.env.BENCH_TOPOLOGY_DURATION ?? 5),
      })
    : null;

  const markdown = [
    `# npm run bench, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    [
      ...results.map(report),
      ...(abuseRows ? [abuseReport(abuseRows, DURATION_S)] : []),
      ...(topology ? [topology] : []),
    ].join('\n\n'),
  ].join('\n');
  console.log(`\n${markdown}`);
  fs.mkdirSync('bench-results', { recursive: true });
  fs.writeFileSync('bench-results/bench.md', `${markdown}\n`);
  fs.writeFileSync(
    'bench-results/bench.json',
    JSON.stringify(
      {
        connections: CONNECTIONS,
        durationS: DURATION_S,
        singleSamples: SINGLE_SAMPLES,
        cpus: os.cpus().length,
        sets: Object.fromEntries(results.map((r) => [r.key, r])),
        ...(abuseRows ? { abuse: abuseRows } : {}),
      },
      null,
      2,
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
