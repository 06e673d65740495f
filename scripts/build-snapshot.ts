/**
 * `npm run data:snapshot [-- <LL2 snapshot folder>]`: builds the embedded dataset in
 * `data/snapshot/` from saved LL2 responses (by default the public snapshot in
 * ../shared/ll2/data/TiloHeidasch__launchschedule, which a clone does not have) and the five
 * seed pages in `data/seed/`. Both go through the importer into a throwaway store, where a
 * richer copy of a record wins field by field (the seeds' 2.3.0 records over the snapshot's
 * 2.2.0 ones); the store is then written out, one gzip'd NDJSON file per resource. The same
 * input gives byte-identical files, so a rebuild shows no diff.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importPaths } from '@/lib/import/importer';
import { SNAPSHOT_DIR, writeSnapshot } from '@/lib/store/snapshot';
import { SqliteStore } from '@/lib/store/sqlite-store';
import { readArgs } from './cli-args';
import { fromShared, requireInput, SHARED_DIR } from './shared-input';

function fail(message: string): never {
  process.stderr.write(`data:snapshot: ${message}\nUsage: npm run data:snapshot [-- <LL2 snapshot folder>]\n`);
  process.exit(2);
}

const { positionals } = readArgs({ options: {}, allowPositionals: true }, fail);
if (positionals.length > 1) fail(`one folder at most, got ${positionals.length}`);
const input = requireInput(
  'data:snapshot',
  'the saved LL2 responses (a folder of JSON arrays and pages)',
  path.resolve(positionals[0] ?? path.join(SHARED_DIR, 'll2', 'data', 'TiloHeidasch__launchschedule')),
  fromShared('data:snapshot', '<folder of saved LL2 responses>'),
);
const seeds = path.join(process.cwd(), 'data', 'seed');

const started = Date.now();
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'orbit-snapshot-'));
const store = new SqliteStore(path.join(scratch, 'snapshot.db'));
try {
  const run = importPaths(store, [input, seeds]);
  for (const { file, error } of run.failures) process.stderr.write(`data:snapshot: FAILED ${file}: ${error}\n`);
  for (const { file, reason } of run.skipped) process.stderr.write(`data:snapshot: skipped ${file}: ${reason}\n`);
  if (run.failures.length > 0) process.exit(1);
  const manifest = writeSnapshot(store, SNAPSHOT_DIR, {
    source:
      `Launch Library 2 (https://thespacedevs.com/llapi) responses saved by the public project ` +
      `TiloHeidasch/launchschedule (API 2.2.0 and 2.3.0), merged with five LL2 2.3.0 pages captured for this project`,
    attribution: 'Data from The Space Devs\u2019 Launch Library 2 (https://thespacedevs.com), used with thanks.',
  });
  const bytes = manifest.files.reduce((n, f) => n + fs.statSync(path.join(SNAPSHOT_DIR, f.file)).size, 0);
  for (const f of manifest.files) process.stdout.write(`${f.resource.padEnd(26)} ${String(f.records).padStart(6)}\n`);
  process.stdout.write(
    `data:snapshot: ${path.relative(process.cwd(), SNAPSHOT_DIR)} ${manifest.files.reduce((n, f) => n + f.records, 0)} records, ` +
      `${(bytes / 1048576).toFixed(2)} MiB, newest change ${manifest.newestChange}, id ${manifest.id} in ${((Date.now() - started) / 1000).toFixed(1)}s\n`,
  );
} finally {
  store.close();
  fs.rmSync(scratch, { recursive: true, force: true });
}
