import { z } from 'zod';
import type { SyncTask } from './plan';

/**
 * A task's progress, kept in the store's meta table and written in the same transaction as the
 * page it describes, so after a crash the cursor and the records always agree.
 */
const passSchema = z.object({
  startedAt: z.string(),
  /** A pass requested with `--full` (from the beginning, ignoring the cursor). */
  full: z.boolean(),
  since: z.string().nullable(),
  skip: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative(),
  records: z.number().int().nonnegative(),
  /** Records LL2 said were still to come after the last page; null before the first page. */
  remaining: z.number().int().nonnegative().nullable(),
});

const skippedSchema = z.object({ url: z.string(), reason: z.string(), at: z.string() });

const failureSchema = z.object({
  /** Passes in a row that stopped on this task's own endpoint failing. */
  count: z.number().int().positive(),
  error: z.string(),
  /** When it first failed in this streak. */
  since: z.string(),
  /** The task is not tried again before this (backoff). */
  retryAt: z.string(),
});

const stateSchema = z.object({
  pass: passSchema.nullable(),
  /** Keyset tasks: the newest `last_updated` read by a completed pass; the next pass starts here. */
  cursor: z.string().nullable(),
  completedAt: z.string().nullable(),
  /** Pages and records that failed validation and were skipped, newest last (capped). */
  skipped: z.array(skippedSchema),
  /** Set while the task's endpoint keeps failing; cleared by its next good page. */
  failure: failureSchema.nullable().default(null),
});

export type PassState = z.infer<typeof passSchema>;
export type TaskState = z.infer<typeof stateSchema>;
export type SkippedItem = z.infer<typeof skippedSchema>;
export type TaskFailure = z.infer<typeof failureSchema>;

const MAX_SKIPPED = 50;

export const EMPTY_STATE: TaskState = {
  pass: null,
  cursor: null,
  completedAt: null,
  skipped: [],
  failure: null,
};

export function stateKey(task: Pick<SyncTask, 'name'>): string {
  return `sync:${task.name}`;
}

export interface MetaReader {
  getMeta(key: string): string | null;
}

/** The stored state, or a fresh one when there is none or it cannot be read. */
export function readState(store: MetaReader, task: Pick<SyncTask, 'name'>): TaskState {
  const text = store.getMeta(stateKey(task));
  if (!text) return { ...EMPTY_STATE };
  try {
    const parsed = stateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : { ...EMPTY_STATE };
  } catch {
    return { ...EMPTY_STATE };
  }
}

/** The meta entry to write together with a page. */
export function stateMeta(task: Pick<SyncTask, 'name'>, state: TaskState): Record<string, string> {
  return { [stateKey(task)]: JSON.stringify(state) };
}

export function newPass(state: TaskState, now: Date, full: boolean): PassState {
  return {
    startedAt: now.toISOString(),
    full,
    since: full ? null : state.cursor,
    skip: 0,
    offset: 0,
    pages: 0,
    records: 0,
    remaining: null,
  };
}

export function withSkipped(state: TaskState, items: SkippedItem[]): SkippedItem[] {
  return [...state.skipped, ...items].slice(-MAX_SKIPPED);
}

/** Milliseconds of a `last_updated` value, or null when it is not a date. */
export function timeOf(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * Moves a keyset pass past one page ordered by `last_updated`: the next page asks for
 * `last_updated__gte=<newest seen>` and skips the records at exactly that time it already has.
 * Records sharing one timestamp across pages are walked with the offset instead, so even a bulk
 * update of thousands of records at once cannot loop or lose any.
 */
export function advanceKeyset(
  pass: PassState,
  lastUpdated: unknown[],
): Pick<PassState, 'since' | 'skip'> {
  const times = lastUpdated.map(timeOf).filter((t): t is number => t !== null);
  const current = pass.since === null ? null : timeOf(pass.since);
  if (times.length === 0) return { since: pass.since, skip: pass.skip + lastUpdated.length };
  const newest = Math.max(...times);
  if (current !== null && newest <= current)
    return { since: pass.since, skip: pass.skip + lastUpdated.length };
  return { since: new Date(newest).toISOString(), skip: times.filter((t) => t === newest).length };
}
