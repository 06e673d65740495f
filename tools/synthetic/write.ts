import { normaliseRecords } from '@/lib/import/normalise';
import { SKIP_SNAPSHOT } from '@/lib/store/embedded';
import type { IncomingRecord, Store } from '@/lib/store/types';
import {
  planSyntheticDataset,
  syntheticBatches,
  type SyntheticCounts,
  type SyntheticOptions,
} from './index';

export interface SyntheticProgress {
  resource: string;
  done: number;
  total: number;
  /** Store writes so far (top-level and embedded records). */
  written: number;
  elapsedMs: number;
}

export interface SyntheticWriteSummary {
  counts: SyntheticCounts;
  seed: number;
  now: string;
  /** Records handed to the store, top-level and embedded. */
  written: number;
  /** Embedded copies dropped because an identical copy had already been written. */
  deduplicated: number;
  planMs: number;
  buildMs: number;
  writeMs: number;
}

/** Meta keys marking a store as synthetic, so it is never mistaken for (or mixed into) real data. */
export const SYNTHETIC_META = 'dataset';

/**
 * Generates the dataset and writes it in batches, one transaction each, every record flagged
 * synthetic. Embedded copies (the same agency inside thousands of launches) are written once per
 * shape: the store would merge each later copy into the first and find nothing new.
 */
export function writeSyntheticDataset(
  store: Store,
  options: SyntheticOptions,
  onProgress?: (progress: SyntheticProgress) => void,
): SyntheticWriteSummary {
  const started = performance.now();
  const dataset = planSyntheticDataset(options);
  const planMs = performance.now() - started;
  const meta = {
    [SYNTHETIC_META]: 'synthetic',
    synthetic_seed: String(dataset.seed),
    synthetic_now: new Date(dataset.now).toISOString(),
    synthetic_counts: JSON.stringify(dataset.counts),
    // The server loads the committed snapshot into any store that has not taken it: on a
    // synthetic one that would mix 6,960 real launches into the generated set.
    snapshot_id: SKIP_SNAPSHOT,
  };
  const seen = new Set<string>();
  let written = 0;
  let deduplicated = 0;
  let buildMs = 0;
  let writeMs = 0;
  let first = true;
  let t = performance.now();
  for (const batch of syntheticBatches(dataset, options.batchSize ?? 2000)) {
    const { records } = normaliseRecords(batch.resource, batch.records, {
      richness: 3,
      source: 'synthetic',
      synthetic: true,
    });
    const fresh: IncomingRecord[] = [];
    for (const r of records) {
      if (r.richness === 0) {
        const key = `${r.resource}:${r.record.id}:${Object.keys(r.record).join(',')}`;
        if (seen.has(key)) {
          deduplicated += 1;
          continue;
        }
        seen.add(key);
      }
      fresh.push(r);
    }
    const built = performance.now();
    buildMs += built - t;
    store.write(fresh, first ? meta : {});
    first = false;
    t = performance.now();
    writeMs += t - built;
    written += fresh.length;
    onProgress?.({
      resource: batch.resource,
      done: batch.done,
      total: batch.total,
      written,
      elapsedMs: t - started,
    });
  }
  if (first) store.write([], meta);
  return {
    counts: dataset.counts,
    seed: dataset.seed,
    now: new Date(dataset.now).toISOString(),
    written,
    deduplicated,
    planMs,
    buildMs,
    writeMs,
  };
}
