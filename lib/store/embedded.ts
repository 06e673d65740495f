import { loadSnapshot, progressLine, readManifest, readSnapshotFile, SNAPSHOT_DIR, type LoadProgress } from './snapshot';
import type { SqliteStore } from './sqlite-store';
import type { AsyncStore, IncomingRecord } from './types';

/** Progress on stderr: redrawn in place on a terminal, a line per quarter in a log. */
function stderrProgress(): (p: LoadProgress) => void {
  const tty = process.stderr.isTTY === true;
  let lastQuarter = -1;
  return (p) => {
    const finished = p.done === p.total;
    if (tty) {
      process.stderr.write(`\r\u001b[2KLoading the embedded snapshot ${progressLine(p)}${finished ? '\n' : ''}`);
      return;
    }
    const quarter = p.total === 0 ? 4 : Math.floor((p.done / p.total) * 4);
    if (quarter === lastQuarter) return;
    lastQuarter = quarter;
    process.stderr.write(`Loading the embedded snapshot ${progressLine(p)}\n`);
  };
}

/** A store whose `snapshot_id` says this never takes the snapshot (tests, a sync-only store). */
export const SKIP_SNAPSHOT = 'none';

/**
 * Whether the store should (re)load the committed snapshot: on a new database, and when the
 * snapshot changed (a pull brought a rebuilt one) while nothing was synced over it. Once a
 * sync has written newer records, an older snapshot must not overwrite them.
 */
export function needsSnapshot(store: Pick<AsyncStore, 'getMeta'>, dir = SNAPSHOT_DIR): boolean {
  const manifest = readManifest(dir);
  if (!manifest) return false;
  const loaded = store.getMeta('snapshot_id');
  return loaded !== SKIP_SNAPSHOT && loaded !== manifest.id && store.getMeta('last_sync_at') === null;
}

/** Loads the embedded dataset (data/snapshot) when the store needs it; returns the records loaded. */
export function loadEmbeddedDataset(store: SqliteStore, dir = SNAPSHOT_DIR, options: { quiet?: boolean } = {}): number {
  if (!needsSnapshot(store, dir)) return 0;
  return loadSnapshot(store, dir, options.quiet ? undefined : stderrProgress())?.records ?? 0;
}

/**
 * `loadEmbeddedDataset` for a store whose writes are awaited (PostgreSQL): the whole snapshot in
 * one write, so one transaction, as SQLite loads it. Several instances starting at once load it
 * one after the other (writes take a lock); the later ones find every record unchanged.
 */
export async function loadEmbeddedDatasetInto(store: AsyncStore, dir = SNAPSHOT_DIR, options: { quiet?: boolean } = {}): Promise<number> {
  await store.opened();
  if (!needsSnapshot(store, dir)) return 0;
  const manifest = readManifest(dir);
  if (!manifest) return 0;
  const started = Date.now();
  const records: IncomingRecord[] = manifest.files.flatMap((entry) => readSnapshotFile(dir, entry));
  const progress = options.quiet ? undefined : stderrProgress();
  progress?.({ done: 0, total: records.length, elapsedMs: 0 });
  await store.write(records, {
    embedded_dataset: new Date().toISOString(),
    snapshot_id: manifest.id,
    snapshot_newest_change: manifest.newestChange,
  });
  progress?.({ done: records.length, total: records.length, elapsedMs: Date.now() - started });
  return records.length;
}
