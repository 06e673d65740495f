/**
 * `npm run bench:compare -- <base checkout>`: the uncached throughput of this checkout against
 * another one (a `git worktree` of the commit before a change), in one run on one machine.
 * Both are built beforehand (`npm run build` in each) and serve a copy of the same synthetic
 * store (`data/bench/synthetic-<n>.db`, made by `npm run bench` or `npm run data:synthetic`).
 *
 * Each scenario is run against the two servers in turn, several rounds, the order swapped every
 * round, so that the load other processes put on the machine falls on both alike; the report
 * gives the median of the rounds. Every request asks for a URL nobody asked before, so each one
 * is a render (the response cache misses); the same URLs go to both servers. 127.0.0.1 only,
 * bounded by a fixed duration per run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { pageKinds, syntheticPages } from './bench-urls';

const LAUNCHES = Number(process.env.BENCH_LAUNCHES ?? 100_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 3950);
const BROWSER_HEADERS = {
  accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br, zstd',
};

interface Server {
  label: string;
  dir: string;
  port: number;
  child: ChildProcess;
  /** The next unused URL number, per scenario: every request misses. */
  next: Map<string, number>;
}

const TICKS_PER_S = 100;

/** CPU time (user + system, ms) of a process and its children. */
function cpuMs(pid: number): number {
  const pids = [pid];
  let total = 0;
  for (let i = 0; i < pids.length; i++) {
    try {
      const p = pids[i]!;
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_S) * 1000;
      const children = fs.readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim();
      if (children) pids.push(...children.split(/\s+/).map(Number));
    } catch {
      // gone
    }
  }
  return total;
}

async function start(label: string, dir: string, port: number): Promise<Server> {
  const databaseFile = path.join(dir, 'data', 'bench', `synthetic-${LAUNCHES}.db`);
  if (!fs.existsSync(databaseFile)) throw new Error(`${label}: no store at ${databaseFile}`);
  if (!fs.existsSync(path.join(dir, '.next', 'BUILD_ID')))
    throw new Error(`${label}: not built (run npm run build in ${dir})`);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/serve.ts', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: dir,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_FILE: databaseFile,
        SITE_URL: `http://127.0.0.1:${port}`,
        // One client (this script) asks for every URL: the per-client limits would measure themselves.
        RATE_LIMIT: 'off',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  for (let i = 0; i < 240; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/api/2.3.0/`)
      .then((r) => r.ok)
      .catch(() => false);
    if (up) return { label, dir, port, child, next: new Map() };
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${label}: server did not start`);
}

interface Scenario {
  name: string;
  url: (n: number) => string;
}

interface Sample {
  rps: number;
  p50: number;
  p95: number;
  cpuMsPerRequest: number;
  errors: number;
  non2xx: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function measure(server: Server, scenario: Scenario): Promise<Sample> {
  const origin = `http://127.0.0.1:${server.port}`;
  let n = server.next.get(scenario.name) ?? 0;
  // Two unmeasured renders: the first request of a kind loads its code.
  for (let i = 0; i < 2; i++) await fetch(origin + scenario.url(n++)).then((r) => r.arrayBuffer());
  const times: number[] = [];
  const cpuBefore = cpuMs(server.child.pid!);
  const instance = autocannon({
    url: origin + scenario.url(n),
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: BROWSER_HEADERS,
    requests: [
      { setupRequest: (request: { path: string }) => ({ ...request, path: scenario.url(n++) }) },
    ],
  });
  instance.on('response', (_c: unknown, _s: number, _b: number, ms: number) => times.push(ms));
  const result = await instance;
  const cpu = cpuMs(server.child.pid!) - cpuBefore;
  server.next.set(scenario.name, n);
  times.sort((a, b) => a - b);
  return {
    rps: result.requests.total / DURATION_S,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    cpuMsPerRequest: cpu / result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function main() {
  const baseDir = path.resolve(process.argv[2] ?? '');
  if (!process.argv[2] || !fs.existsSync(baseDir))
    throw new Error('usage: npm run bench:compare -- <base checkout>');
  const only = process.env.BENCH_SCENARIOS?.split(',').map((s) => s.trim());
  const db = new Database(path.join('data', 'bench', `synthetic-${LAUNCHES}.db`), {
    readonly: true,
  });
  const kinds = pageKinds(db);
  const { urls } = syntheticPages(db);
  db.close();
  const api = urls['JSON API (list, 3 filters)']!;
  const kind = (name: string) => kinds.find((k) => k.name === name)!;
  const all: Scenario[] = [
    { name: 'list page', url: (n) => kind('list page').uncached(n) },
    {
      name: 'JSON API (list)',
      url: (n) => `${api}&offset=${(n * 7) % 20000}&limit=${11 + (n % 5)}`,
    },
    // Any query makes the home page a miss; the page ignores it.
    { name: 'home page', url: (n) => `/?bench=${n}` },
    { name: 'detail page (launch)', url: (n) => kind('detail page (launch)').uncached(n) },
    {
      name: 'filtered list + facets',
      url: (n) => kind('filtered list + facets (provider, status)').uncached(n),
    },
    // The floor under the list page: the same page showing one launch instead of ten (its filter
    // panel, histogram, header and footer remain), and what Next spends on any request at all.
    {
      name: 'floor: list page, 1 result',
      url: (n) => `${kind('list page').uncached(n)}&limit=1`,
    },
    { name: 'floor: trivial route', url: (n) => `/robots.txt?bench=${n}` },
    { name: 'floor: API index', url: (n) => `/api/2.3.0/?bench=${n}` },
  ];
  const scenarios = all.filter((s) => !only || only.some((o) => s.name.startsWith(o)));

  const servers: Server[] = [];
  const results = new Map<string, Sample[]>();
  const load: string[] = [os.loadavg()[0]!.toFixed(2)];
  try {
    servers.push(await start('before', baseDir, PORT));
    servers.push(await start('after', process.cwd(), PORT + 1));
    for (let round = 0; round < ROUNDS; round++) {
      for (const scenario of scenarios) {
        const order = round % 2 ? [...servers].reverse() : servers;
        for (const server of order) {
          const sample = await measure(server, scenario);
          const key = `${scenario.name}|${server.label}`;
          results.set(key, [...(results.get(key) ?? []), sample]);
          console.log(
            `round ${round + 1} ${scenario.name} ${server.label}: ${sample.rps.toFixed(1)} req/s, p50 ${sample.p50.toFixed(0)} ms, p95 ${sample.p95.toFixed(0)} ms, ${sample.cpuMsPerRequest.toFixed(1)} CPU ms/req`,
          );
        }
      }
    }
    load.push(os.loadavg()[0]!.toFixed(2));
  } finally {
    for (const s of servers) s.child.kill('SIGTERM');
  }
  const rows = scenarios.map((scenario) => {
    const [before, after] = ['before', 'after'].map((label) => {
      const samples = results.get(`${scenario.name}|${label}`) ?? [];
      const m = (pick: (s: Sample) => number) => median(samples.map(pick));
      return {
        rps: m((s) => s.rps),
        p50: m((s) => s.p50),
        p95: m((s) => s.p95),
        cpu: m((s) => s.cpuMsPerRequest),
        bad: samples.reduce((t, s) => t + s.errors + s.non2xx, 0),
        all: samples.map((s) => s.rps.toFixed(1)).join(' / '),
      };
    });
    return `| ${scenario.name} | ${before!.rps.toFixed(1)} (${before!.all}) | ${after!.rps.toFixed(1)} (${after!.all}) | ${(after!.rps / before!.rps).toFixed(2)}× | ${before!.p50.toFixed(0)} / ${before!.p95.toFixed(0)} | ${after!.p50.toFixed(0)} / ${after!.p95.toFixed(0)} | ${before!.cpu.toFixed(1)} → ${after!.cpu.toFixed(1)} | ${before!.bad} / ${after!.bad} |`;
  });
  const markdown = [
    `# bench:compare, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `before: ${baseDir}; after: ${process.cwd()}. ${LAUNCHES.toLocaleString('en')} synthetic launches, every request uncached, ${CONNECTIONS} connections, ${DURATION_S} s per run, ${ROUNDS} rounds (median; each round's req/s in brackets), ${os.cpus().length} CPUs, load average ${load.join(' → ')}.`,
    '',
    '| scenario | before req/s | after req/s | speed-up | before p50 / p95 ms | after p50 / p95 ms | server CPU ms/req | errors + non-2xx |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
  console.log(`\n${markdown}`);
  fs.mkdirSync('bench-results', { recursive: true });
  fs.writeFileSync('bench-results/bench-compare.md', `${markdown}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
