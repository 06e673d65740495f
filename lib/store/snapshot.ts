import crypto from 'node:crypto';
import { progressBar } from '@/lib/format/progress-bar';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { z } from 'zod';
import { getResource, resourceList } from '@/lib/resources';
import type { WireRecord } from '@/lib/resources/types';
import { tableOf } from './columns';
import type { SqliteStore } from './sqlite-store';
import type { IncomingRecord, Richness } from './types';

/**
 * The embedded dataset: a saved snapshot of LL2, one gzip'd NDJSON file per resource, written by
 * `npm run data:snapshot` from records the importer has already normalised and merged. Loading
 * it is a plain upsert of each record at the richness it was saved with, so the store it builds
 * is the store the builder had.
 */
export const SNAPSHOT_DIR = path.join(
  /* turbopackIgnore: true */ process.cwd(),
  'data',
  'snapshot',
);
export const MANIFEST = 'manifest.json';

const manifestSchema = z.object({
  /** Changes whenever any file does: a store remembers which snapshot it holds. */
  id: z.string().regex(/^[0-9a-f]{16}$/),
  /**
   * How current the snapshot is: the newest `last_updated` of any record, lift-off of a launch it
   * records as flown, or docking or undocking it records (trimmed records carry no
   * `last_updated`, and each of those is a fact the snapshot could only hold once it happened).
   */
  newestChange: z.string().datetime(),
  source: z.string(),
  attribution: z.string(),
  files: z.array(
    z.object({
      resource: z.string(),
      file: z.string().regex(/^[a-z_]+\.ndjson\.gz$/),
      records: z.number().int().nonnegative(),
      sha256: z.string(),
    }),
  ),
});
export type SnapshotManifest = z.infer<typeof manifestSchema>;

const lineSchema = z.tuple([
  z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  z.looseObject({ id: z.union([z.string(), z.number()]) }),
]);

export function readManifest(dir = SNAPSHOT_DIR): SnapshotManifest | null {
  const file = path.join(dir, MANIFEST);
  if (!fs.existsSync(file)) return null;
  const parsed = manifestSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file}: not a snapshot manifest (${parsed.error.issues[0]?.message ?? ''})`);
  return parsed.data;
}

/** One resource's records as the store holds them, in id order: the same store, the same bytes. */
function dumpResource(store: SqliteStore, resource: string): string {
  const def = getResource(resource)!;
  const rows = store.db
    .prepare(`SELECT data, richness FROM ${tableOf(def.key)} ORDER BY id`)
    .all() as { data: string; richness: number }[];
  return rows.map((row) => `[${row.richness},${row.data}]\n`).join('');
}

/** gzip with no file name and a zero mtime, so the same records give byte-identical files. */
const gzip = (text: string) => zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 });

/** LL2's launch statuses for a launch that has flown: success, failure, partial failure. */
const FLOWN = new Set([3, 4, 7]);

function newestChange(store: SqliteStore): string {
  let newest = '';
  const consider = (value: unknown) => {
    if (typeof value === 'string' && value > newest && !Number.isNaN(Date.parse(value)))
      newest = value;
  };
  for (const def of resourceList) {
    for (const { data } of store.db
      .prepare(`SELECT data FROM ${tableOf(def.key)}`)
      .iterate() as Iterable<{ data: string }>) {
      const record = JSON.parse(data) as WireRecord;
      consider(record.last_updated);
      const status = (record.status as { id?: unknown } | null | undefined)?.id;
      if (def.key === 'launches' && typeof status === 'number' && FLOWN.has(status))
        consider(record.net);
      if (def.key === 'docking_events') {
        consider(record.docking);
        consider(record.departure);
      }
    }
  }
  if (!newest)
    throw new Error(
      'snapshot: no record carries last_updated or a flown launch, so its date is unknown',
    );
  return new Date(newest).toISOString();
}

/** Writes every resource of `store` to `dir`; returns the manifest. Deterministic. */
export function writeSnapshot(
  store: SqliteStore,
  dir: string,
  about: { source: string; attribution: string },
): SnapshotManifest {
  fs.mkdirSync(dir, { recursive: true });
  const files: SnapshotManifest['files'] = [];
  for (const def of [...resourceList].sort((a, b) => a.key.localeCompare(b.key))) {
    const text = dumpResource(store, def.key);
    if (!text) continue;
    const body = gzip(text);
    const file = `${def.key}.ndjson.gz`;
    fs.writeFileSync(path.join(dir, file), body);
    files.push({
      resource: def.key,
      file,
      records: text.split('\n').length - 1,
      sha256: crypto.createHash('sha256').update(body).digest('hex'),
    });
  }
  for (const stale of fs.readdirSync(dir)) {
    if (stale.endsWith('.ndjson.gz') && !files.some((f) => f.file === stale))
      fs.rmSync(path.join(dir, stale));
  }
  const newest = newestChange(store);
  const id = crypto
    .createHash('sha256')
    .update(`${files.map((f) => f.sha256).join()} ${newest}`)
    .digest('hex')
    .slice(0, 16);
  const manifest: SnapshotManifest = { id, newestChange: newest, ...about, files };
  fs.writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Reads one snapshot file into store writes, checking its digest and every line. */
export function readSnapshotFile(
  dir: string,
  entry: SnapshotManifest['files'][number],
): IncomingRecord[] {
  const body = fs.readFileSync(path.join(dir, entry.file));
  const digest = crypto.createHash('sha256').update(body).digest('hex');
  if (digest !== entry.sha256)
    throw new Error(
      `${entry.file}: damaged (its digest is not the manifest's); rebuild with npm run data:snapshot`,
    );
  const lines = zlib.gunzipSync(body).toString('utf8').split('\n').filter(Boolean);
  return lines.map((line, i) => {
    const json: unknown = JSON.parse(line);
    // Checked, but the record itself is kept: zod's copy would put `id` first, not LL2's order.
    if (!lineSchema.safeParse(json).success)
      throw new Error(`${entry.file}: line ${i + 1} is not [richness, record]`);
    const [richness, record] = json as [Richness, WireRecord];
    return { resource: entry.resource, record, richness };
  });
}

export interface LoadProgress {
  done: number;
  total: number;
  elapsedMs: number;
}

const CHUNK = 500;

/**
 * Loads the snapshot in one transaction: every record lands, or (an interrupted start, a damaged
 * file) none does and the store is as it was, so the next start loads it again. Then builds the
 * search index and the planner's statistics.
 */
export function loadSnapshot(
  store: SqliteStore,
  dir = SNAPSHOT_DIR,
  onProgress?: (p: LoadProgress) => void,
): { manifest: SnapshotManifest; records: number } | null {
  const manifest = readManifest(dir);
  if (!manifest) return null;
  const started = Date.now();
  const total = manifest.files.reduce((n, f) => n + f.records, 0);
  let done = 0;
  onProgress?.({ done, total, elapsedMs: 0 });
  // Indexes are built once from all rows, far cheaper than row by row (bulkLoad).
  store.bulkLoad(() =>
    store.db
      .transaction(() => {
        for (const entry of manifest.files) {
          const records = readSnapshotFile(dir, entry);
          for (let i = 0; i < records.length; i += CHUNK) {
            const chunk = records.slice(i, i + CHUNK);
            store.write(chunk);
            done += chunk.length;
            onProgress?.({ done, total, elapsedMs: Date.now() - started });
          }
        }
        store.setMeta('embedded_dataset', new Date().toISOString());
        store.setMeta('snapshot_id', manifest.id);
        store.setMeta('snapshot_newest_change', manifest.newestChange);
      })
      .immediate(),
  );
  store.optimize();
  return { manifest, records: done };
}

/** `[#######-----] 4,500/9,099 records · 2,310/s · ETA 2s`, for a terminal or a log. */
export function progressLine({ done, total, elapsedMs }: LoadProgress): string {
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  const eta = rate > 0 ? Math.ceil((total - done) / rate) : null;
  const n = new Intl.NumberFormat('en-US');
  return `${progressBar(done, total, 24, '#-')} ${n.format(done)}/${n.format(total)} records · ${n.format(Math.round(rate))}/s · ${eta === null ? 'ETA …' : `ETA ${eta}s`}`;
}
