/**
 * Builds a synthetic LL2 store at any scale:
 *   npm run data:synthetic -- --launches 100000 --out data/synthetic.db [--seed 42]
 *     [--agencies N --spacecraft N --events N --docking-events N --stations N --now 2026-01-01]
 * Every record is marked synthetic ("[SYN] " names, ids ≥ 10,000,000, the store's synthetic flag,
 * meta dataset=synthetic). It never writes into the app's database: `--out` is required, and a
 * file that already holds real data is refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';
import { SqliteStore } from '@/lib/store/sqlite-store';
import { SYNTHETIC_META, writeSyntheticDataset } from '@/tools/synthetic/write';
import type { SyntheticOptions } from '@/tools/synthetic';
import { readArgs } from './cli-args';
import { syntheticPoolDir } from './shared-input';

const NUMBER_OPTIONS = {
  launches: 'launches',
  agencies: 'agencies',
  spacecraft: 'spacecraft',
  events: 'events',
  'docking-events': 'dockingEvents',
  stations: 'stations',
  programs: 'programs',
  seed: 'seed',
  batch: 'batchSize',
} as const satisfies Record<string, keyof SyntheticOptions>;

const USAGE =
  'Usage: npm run data:synthetic -- --launches N --out FILE [--seed 42] [--agencies N] [--spacecraft N]\n' +
  '         [--events N] [--docking-events N] [--stations N] [--programs N] [--now YYYY-MM-DD] [--batch 2000]\n';

function fail(message: string, problem?: 'unknown-option' | 'usage'): never {
  const hint = problem === 'unknown-option' ? ' (try --help)' : '';
  process.stderr.write(`data:synthetic: ${message}${hint}\n`);
  process.exit(2);
}

function readSyntheticArgs(): { options: SyntheticOptions; out: string | null } {
  const { values } = readArgs(
    {
      options: {
        ...(Object.fromEntries(
          Object.keys(NUMBER_OPTIONS).map((name) => [name, { type: 'string' }]),
        ) as Record<keyof typeof NUMBER_OPTIONS, { type: 'string' }>),
        out: { type: 'string' },
        now: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    },
    fail,
  );
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const options: Partial<SyntheticOptions> = {};
  if (values.now !== undefined) {
    const now = new Date(values.now);
    if (Number.isNaN(now.getTime())) fail(`--now: not a date: ${values.now}`);
    options.now = now;
  }
  for (const [name, key] of Object.entries(NUMBER_OPTIONS)) {
    const value = values[name as keyof typeof NUMBER_OPTIONS];
    if (value === undefined) continue;
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < 0)
      fail(`--${name}: expected a whole number ≥ 0, got ${value}`);
    options[key] = n;
  }
  if (options.launches === undefined) fail('--launches N is required');
  return { options: { ...options, launches: options.launches }, out: values.out ?? null };
}

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '.version'])
    fs.rmSync(`${file}${suffix}`, { force: true });
}

/** Synthetic data must never land in a store holding real data. */
function prepareTarget(file: string): void {
  if (path.resolve(file) === path.resolve(env.DATABASE_FILE)) {
    fail(`refusing to write into the app's database ${env.DATABASE_FILE}; pick another --out file`);
  }
  if (!fs.existsSync(file)) return;
  const existing = new SqliteStore(file, { readonly: true });
  const marker = existing.getMeta(SYNTHETIC_META);
  const hasData = existing.dataVersion() > 0 || existing.getMeta('embedded_dataset') !== null;
  existing.close();
  if (hasData && marker !== 'synthetic')
    fail(`refusing to add synthetic records to ${file}: it holds a non-synthetic dataset`);
  process.stderr.write(`data:synthetic: replacing the synthetic store ${file}\n`);
  removeDatabase(file);
}

const started = performance.now();
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function main(): void {
  const { options, out } = readSyntheticArgs();
  if (!out)
    fail(
      `--out FILE is required (the default ${path.relative(process.cwd(), env.DATABASE_FILE)} never receives synthetic data)`,
    );
  prepareTarget(out);
  options.poolDir = syntheticPoolDir('data:synthetic');
  const store = new SqliteStore(out);
  // A throwaway file built in one go: journal in memory and no fsync (half the disk writes of
  // WAL); a failed run is simply rebuilt. WAL comes back at the end for readers.
  store.db.pragma('journal_mode = MEMORY');
  store.db.pragma('synchronous = OFF');
  store.db.pragma('cache_size = -524288');
  let last = '';
  const loadStarted = performance.now();
  const summary = store.bulkLoad(() =>
    writeSyntheticDataset(store, options, (p) => {
      if (last && last !== p.resource) process.stderr.write('\n');
      last = p.resource;
      process.stderr.write(
        `\r[synthetic] ${p.resource.padEnd(14)} ${p.done.toLocaleString('en-US')}/${p.total.toLocaleString('en-US')}` +
          ` · ${p.written.toLocaleString('en-US')} writes · ${(p.elapsedMs / 1000).toFixed(1)} s`,
      );
    }),
  );
  const loadMs = performance.now() - loadStarted;
  // bulkLoad rebuilds the indexes after the last batch: the load's remaining time.
  const indexMs = loadMs - summary.planMs - summary.buildMs - summary.writeMs;
  process.stderr.write('\n');
  const analyzed = performance.now();
  store.optimize();
  const analyzeMs = performance.now() - analyzed;
  store.db.pragma('journal_mode = WAL');
  store.close();
  const size = fs.statSync(out).size;
  const c = summary.counts;
  process.stdout.write(
    [
      `synthetic store: ${out} (${(size / 1024 / 1024).toFixed(1)} MiB)`,
      `  seed ${summary.seed}, now ${summary.now}`,
      `  launches ${c.launches}, agencies ${c.agencies}, spacecraft ${c.spacecraft}, events ${c.events}, docking events ${c.dockingEvents}, stations ${c.stations}, programs ${c.programs}`,
      `  ${summary.written} store writes (${summary.deduplicated} duplicate embedded copies skipped)`,
      `  plan ${(summary.planMs / 1000).toFixed(1)} s · build+validate ${(summary.buildMs / 1000).toFixed(1)} s · write ${(summary.writeMs / 1000).toFixed(1)} s · indexes ${(indexMs / 1000).toFixed(1)} s · search index + analyze ${(analyzeMs / 1000).toFixed(1)} s`,
      `  total ${((performance.now() - started) / 1000).toFixed(1)} s wall, ${(cpu() / 1000).toFixed(1)} s CPU`,
    ].join('\n') + '\n',
  );
}

main();
