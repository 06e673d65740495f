/**
 * Imports LL2 responses into the store:
 *   npm run import -- <files or directories…> [--resource agencies] [--synthetic]
 * Each file lands in one transaction (all of it or none); a bad file is reported and the others
 * still land. Progress goes to stderr, the summary table to stdout; the exit code is 1 when any
 * file failed, 2 for bad arguments.
 */
import fs from 'node:fs';
import { progressBar } from '@/lib/format/progress-bar';
import path from 'node:path';
import { env } from '@/lib/env';
import { importPaths, importPathsInto, type ImportRun } from '@/lib/import/importer';
import { getResource, resourceList } from '@/lib/resources';
import { getServingStore, getStore } from '@/lib/store';
import { readArgs } from './cli-args';

const USAGE = 'Usage: npm run import -- <files or directories…> [--resource <key>] [--synthetic]\n';

function fail(message: string): never {
  process.stderr.write(`import: ${message}\n${USAGE}`);
  process.exit(2);
}

function readImportArgs(): { inputs: string[]; resource?: string; synthetic: boolean } {
  const { values, positionals: inputs } = readArgs(
    {
      options: {
        resource: { type: 'string' },
        synthetic: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
    },
    fail,
  );
  if (values.help) {
    process.stdout.write(`${USAGE}Resources: ${resourceList.map((d) => d.key).join(', ')}\n`);
    process.exit(0);
  }
  const { resource, synthetic } = values;
  if (resource !== undefined && !getResource(resource))
    fail(`unknown resource ${resource} (one of ${resourceList.map((d) => d.key).join(', ')})`);
  if (inputs.length === 0) fail('name at least one file or directory');
  const missing = inputs.filter((input) => !fs.existsSync(input));
  if (missing.length > 0) fail(`no such file or directory: ${missing.join(', ')}`);
  return { inputs, resource, synthetic };
}

const number = new Intl.NumberFormat('en-US');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/** A one-line progress bar, redrawn in place on a terminal and printed per file otherwise. */
function progress(started: number) {
  const tty = process.stderr.isTTY === true;
  return (done: number, total: number, file: string, run: ImportRun) => {
    const records = run.results.reduce((n, r) => n + r.records + r.nested, 0);
    const bar = progressBar(done, total, 24, '#-');
    const line = `${bar} ${done}/${total} files · ${number.format(records)} records · ${seconds(Date.now() - started)}${file ? ` · ${path.basename(file)}` : ''}`;
    if (tty) process.stderr.write(`\r\u001b[2K${line}${done === total ? '\n' : ''}`);
    else if (done === total || done > 0) process.stderr.write(`${line}\n`);
  };
}

function table(rows: string[][], numeric: boolean[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((row, i) => {
      const line = row
        .map((cell, c) => (numeric[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
        .join('  ');
      return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

function summary(run: ImportRun, root: string): string {
  const columns = ['records', 'nested', 'inserted', 'updated', 'unchanged'] as const;
  const rows = run.results.map((r) => [
    path.relative(root, r.file) || r.file,
    r.resource,
    ...columns.map((c) => number.format(r[c])),
  ]);
  const totals = columns.map((c) => number.format(run.results.reduce((n, r) => n + r[c], 0)));
  const all = [
    ['file', 'resource', ...columns],
    ...rows,
    ['total', `${run.results.length} files`, ...totals],
  ];
  return table(all, [false, false, true, true, true, true, true]);
}

async function importAll(options: ReturnType<typeof readImportArgs>, started: number) {
  const { inputs, resource, synthetic } = options;
  if (env.DATABASE_URL) {
    process.stderr.write('Importing into PostgreSQL (DATABASE_URL)\n');
    const store = getServingStore();
    await store.opened();
    const run = await importPathsInto(store, inputs, { resource, synthetic, onProgress: progress(started) });
    await store.close();
    return run;
  }
  const store = getStore();
  const relative = path.relative(process.cwd(), env.DATABASE_FILE);
  process.stderr.write(
    `Importing into ${relative.startsWith('..') ? env.DATABASE_FILE : relative}\n`,
  );
  const run = importPaths(store, inputs, { resource, synthetic, onProgress: progress(started) });
  store.optimize();
  store.close();
  return run;
}

async function main(): Promise<void> {
  const args = readImportArgs();
  const { inputs } = args;
  const started = Date.now();
  const run = await importAll(args, started);

  const root =
    inputs.length === 1 && fs.statSync(inputs[0]!).isDirectory() ? inputs[0]! : process.cwd();
  if (run.results.length > 0) process.stdout.write(`${summary(run, root)}\n`);
  for (const { file, reason } of run.skipped)
    process.stdout.write(
      `skipped ${path.relative(root, file) || file}: ${reason.replace(`${file}: `, '')}\n`,
    );
  for (const { file, error } of run.failures)
    process.stdout.write(`FAILED ${file}: ${error.replace(`${file}: `, '')}\n`);
  process.stdout.write(
    `${run.results.length} imported, ${run.skipped.length} skipped, ${run.failures.length} failed in ${seconds(Date.now() - started)}\n`,
  );
  process.exit(run.failures.length > 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
