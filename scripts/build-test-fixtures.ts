/**
 * Rebuilds the committed LL2 test fixtures (`test/fixtures/ll2/`) from the reference folder
 * beside the checkout, so the unit tests read only the repository:
 *   - `seeds/`: the five captured seed pages, byte for byte;
 *   - `openapi-2.3.0.json`: LL2's 2.3.0 OpenAPI schema, byte for byte;
 *   - `data/TiloHeidasch__launchschedule/`: a compact extract of the saved LL2 responses, under
 *     their own file names: the records tests name, plus the fewest further records (smallest
 *     first) that show every field path and value type of the full files, three levels deep, so
 *     tests that sweep "every record" still meet the shapes the real data has.
 * Run with `npm run data:fixtures [-- <shared dir>]`; the output is committed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readArgs } from './cli-args';
import { fromShared, requireInput, SHARED_DIR } from './shared-input';

type Rec = Record<string, unknown>;

function fail(message: string): never {
  process.stderr.write(
    `data:fixtures: ${message}\nUsage: npm run data:fixtures [-- <shared dir>]\n`,
  );
  process.exit(2);
}

const { positionals } = readArgs({ options: {}, allowPositionals: true }, fail);
if (positionals.length > 1) fail(`one directory at most, got ${positionals.length}`);
const shared = path.resolve(positionals[0] ?? SHARED_DIR);
const input = (relative: string, what: string) =>
  requireInput(
    'data:fixtures',
    what,
    path.join(shared, relative),
    fromShared('data:fixtures', '<dir>'),
  );
const seeds = input('seeds', 'the captured LL2 seed pages');
const openapi = input('ll2/openapi/ll_2.3.0.json', "LL2's 2.3.0 OpenAPI schema");
const snapshot = input(
  'll2/data/TiloHeidasch__launchschedule',
  'the saved LL2 responses (TiloHeidasch__launchschedule)',
);

const out = path.join(process.cwd(), 'test', 'fixtures', 'll2');
const outSnapshot = path.join(out, 'data', 'TiloHeidasch__launchschedule');

/** The records tests pick by id or position, per file. */
const NAMED: Record<string, (r: Rec, index: number, all: Rec[]) => boolean> = {
  'agencies0.json': (r) => r.id === 121,
  // The first launch (its videos), NS-26 (crewed, suborbital) and the first from Vandenberg.
  'previouslaunches0.json': (r, i, all) =>
    i === 0 ||
    r.id === 'cd042f6b-1b91-4783-b953-79a4a572219d' ||
    all.findIndex((l) => locationId(l) === 11) === i,
  'pads0.json': (_r, i) => i === 0,
  'pads.json': (r, i) => i === 0 || r.id === 20,
  'locations.json': (r) => r.id === 15,
  'spacestations.json': (r) => r.id === 4,
  'spacecrafts.json': (r) => r.id === 6,
  // The synthetic generator's snapshot pools need a few rockets and astronauts too.
  'rockets0.json': (_r, i) => i < 4,
  'astronauts.json': (_r, i) => i < 4,
};

function locationId(launch: Rec): unknown {
  return ((launch.pad as Rec | undefined)?.location as Rec | undefined)?.id;
}

/** Every `path:type` in a record (array items share the path), three levels deep. */
function shapes(value: unknown, at = '', into = new Set<string>(), depth = 0): Set<string> {
  const type =
    value === null
      ? 'null'
      : Array.isArray(value)
        ? value.length > 0
          ? 'array'
          : 'empty-array'
        : typeof value;
  into.add(`${at}:${type}`);
  if (depth >= 3) return into;
  if (Array.isArray(value)) for (const v of value) shapes(v, `${at}[]`, into, depth + 1);
  else if (type === 'object')
    for (const [k, v] of Object.entries(value as Rec)) shapes(v, `${at}.${k}`, into, depth + 1);
  return into;
}

interface Entry {
  file: string;
  index: number;
  record: Rec;
  size: number;
  shapes: Set<string>;
}

/** Files of one kind and API version share one cover (`previouslaunches500.json` → `previouslaunches#`). */
const family = (file: string) => file.replace(/\d+\.json$/, '#').replace(/\.json$/, '');

// Astronauts and rockets are not stored; the generator's pools read only these two files of them.
const files = fs
  .readdirSync(snapshot)
  .filter((f) => f.endsWith('.json') && family(f) !== 'astronauts#')
  .sort();
const picked = new Map<string, Set<number>>(files.map((f) => [f, new Set<number>()]));
const families = new Map<string, Entry[]>();
for (const file of files) {
  const records = JSON.parse(fs.readFileSync(path.join(snapshot, file), 'utf8')) as Rec[];
  const named = NAMED[file];
  records.forEach((record, index) => {
    if (named?.(record, index, records)) picked.get(file)!.add(index);
    const json = JSON.stringify(record);
    const entries = families.get(family(file)) ?? [];
    entries.push({ file, index, record, size: json.length, shapes: shapes(record) });
    families.set(family(file), entries);
  });
}

// Greedy set cover, weighted by size: starting from the named records, add the record that
// shows the most unseen shapes per byte until every shape of the family is shown.
for (const [name, entries] of families) {
  if (name === 'rockets#' || name === 'astronauts') continue; // the named few suffice
  const seen = new Set<string>();
  const all = new Set(entries.flatMap((e) => [...e.shapes]));
  for (const e of entries)
    if (picked.get(e.file)!.has(e.index)) for (const s of e.shapes) seen.add(s);
  while (seen.size < all.size) {
    let best: Entry | null = null;
    let bestScore = 0;
    for (const e of entries) {
      let fresh = 0;
      for (const s of e.shapes) if (!seen.has(s)) fresh += 1;
      const score = fresh / e.size;
      if (score > bestScore) [best, bestScore] = [e, score];
    }
    if (!best) break;
    picked.get(best.file)!.add(best.index);
    for (const s of best.shapes) seen.add(s);
  }
}

for (const built of ['seeds', 'data', 'openapi-2.3.0.json'])
  fs.rmSync(path.join(out, built), { recursive: true, force: true });
fs.mkdirSync(path.join(out, 'seeds'), { recursive: true });
fs.mkdirSync(outSnapshot, { recursive: true });
for (const file of fs.readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
  fs.copyFileSync(path.join(seeds, file), path.join(out, 'seeds', file));
}
fs.copyFileSync(openapi, path.join(out, 'openapi-2.3.0.json'));

let total = 0;
for (const [file, indexes] of picked) {
  if (indexes.size === 0) continue;
  const records = (families.get(family(file)) ?? [])
    .filter((e) => e.file === file && indexes.has(e.index))
    .sort((a, b) => a.index - b.index)
    .map((e) => JSON.stringify(e.record));
  const text = `[\n${records.join(',\n')}\n]\n`;
  fs.writeFileSync(path.join(outSnapshot, file), text);
  total += text.length;
  console.log(`${file}: ${records.length} records, ${(text.length / 1024).toFixed(1)} kB`);
}
console.log(
  `snapshot extract: ${(total / 1024).toFixed(0)} kB in ${path.relative(process.cwd(), outSnapshot)}`,
);
