/**
 * Builds the embedded default dataset (`data/seed/*.json`) from the five captured LL2 seed pages
 * in ../shared/seeds (or the directory given): each page's JSON body, converted to the 2.3.0
 * shape (the launch page is 2.0.0), saved as a 2.3.0 page. Run with `npm run data:seed`; the
 * output is committed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { toCurrentShape } from '@/lib/import/legacy';
import { readPayload } from '@/lib/import/read-payload';
import { readArgs } from './cli-args';
import { fromShared, requireInput, SHARED_DIR } from './shared-input';

function fail(message: string): never {
  process.stderr.write(
    `data:seed: ${message}\nUsage: npm run data:seed [-- <directory of the seed pages>]\n`,
  );
  process.exit(2);
}

const { positionals } = readArgs({ options: {}, allowPositionals: true }, fail);
if (positionals.length > 1) fail(`one directory at most, got ${positionals.length}`);
const seedDir = requireInput(
  'data:seed',
  'the captured LL2 seed pages',
  path.resolve(positionals[0] ?? path.join(SHARED_DIR, 'seeds')),
  fromShared('data:seed', '<directory of the seed pages>'),
);
const outDir = path.join(process.cwd(), 'data', 'seed');

const upgradeUrl = (url: string | null) =>
  url
    ?.replace(/\/2\.[012]\.0\//, '/2.3.0/')
    .replace('/launch/', '/launches/')
    .replace(/[?&]format=api/, (m) => (m.startsWith('?') ? '?' : ''))
    .replace('?&', '?') ?? null;

fs.mkdirSync(outDir, { recursive: true });
const files = fs
  .readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
if (files.length === 0) throw new Error(`No seed pages in ${seedDir}`);
for (const file of files) {
  const text = fs.readFileSync(path.join(seedDir, file), 'utf8');
  const payload = readPayload(text, file);
  if (!payload.resource) throw new Error(`${file}: unknown resource`);
  const body = JSON.parse(text.slice(text.search(/^\{$/m))) as {
    count: number;
    next: string | null;
    previous: string | null;
  };
  const results = payload.records.map((r) =>
    toCurrentShape(payload.resource!, r as Record<string, unknown>),
  );
  const page = {
    count: body.count,
    next: upgradeUrl(body.next),
    previous: upgradeUrl(body.previous),
    results,
  };
  const out = path.join(outDir, `${file.slice(0, 3)}-${payload.resource}.json`);
  fs.writeFileSync(out, `${JSON.stringify(page, null, 1)}\n`);
  console.log(
    `${file} → ${path.relative(process.cwd(), out)} (${results.length} ${payload.resource})`,
  );
}
