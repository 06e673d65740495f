import type { TaskFailure, TaskState } from './cursor';
import type { SyncTask } from './plan';

const MINUTE = 60_000;
/** The first wait after a task's endpoint failed; it doubles with each failure in a row. */
export const FAILURE_BACKOFF_MS = 5 * MINUTE;
/** Six hours: a broken endpoint costs at most four tries a day once it has failed a while. */
export const FAILURE_BACKOFF_MAX_MS = 360 * MINUTE;

/** When the task's next pass should start (ms); 0 when it never completed one. */
export function dueAt(task: SyncTask, state: TaskState): number {
  if (!state.completedAt) return 0;
  const completed = Date.parse(state.completedAt);
  return Number.isNaN(completed) ? 0 : completed + task.intervalMs;
}

/** When the task may run: mid-pass or due by its schedule, and past its failure backoff. */
export function readyAt(task: SyncTask, state: TaskState): number {
  const scheduled = state.pass !== null ? 0 : dueAt(task, state);
  const retry = state.failure ? Date.parse(state.failure.retryAt) : 0;
  return Math.max(scheduled, Number.isNaN(retry) ? 0 : retry);
}

export function isDue(task: SyncTask, state: TaskState, now: number): boolean {
  return readyAt(task, state) <= now;
}

/** The failure record after one more failure of the task's endpoint (exponential, capped). */
export function nextFailure(previous: TaskFailure | null, error: string, now: number): TaskFailure {
  const count = (previous?.count ?? 0) + 1;
  const waitMs = Math.min(FAILURE_BACKOFF_MAX_MS, FAILURE_BACKOFF_MS * 2 ** (count - 1));
  return {
    count,
    error,
    since: previous?.since ?? new Date(now).toISOString(),
    retryAt: new Date(now + waitMs).toISOString(),
  };
}

export interface PickOptions {
  now: number;
  /** Tasks this run will not try again (failed, or LL2 unreachable on them). */
  skip: ReadonlySet<string>;
  /** One-off runs: tasks whose pass started in this run, so each starts at most once. */
  startedThisRun: ReadonlySet<string> | null;
}

/**
 * The task whose page runs next: the first in priority order that is mid-pass or due. Going one
 * page at a time lets a due refresh of upcoming launches cut into a long first pass, which then
 * resumes where it stood. A task whose endpoint has been failing comes only after every healthy
 * one that is ready, so a broken endpoint never holds the others up.
 */
export function pickTask(
  tasks: readonly SyncTask[],
  states: ReadonlyMap<string, TaskState>,
  { now, skip, startedThisRun }: PickOptions,
): SyncTask | null {
  let failing: SyncTask | null = null;
  for (const task of tasks) {
    const state = states.get(task.name);
    if (!state || skip.has(task.name)) continue;
    if (state.pass === null && startedThisRun?.has(task.name)) continue;
    if (readyAt(task, state) > now) continue;
    if (!state.failure) return task;
    failing ??= task;
  }
  return failing;
}

/** The earliest time a task becomes ready, for the watch loop's sleep. */
export function nextDue(
  tasks: readonly SyncTask[],
  states: ReadonlyMap<string, TaskState>,
): { task: SyncTask; at: number } | null {
  let best: { task: SyncTask; at: number } | null = null;
  for (const task of tasks) {
    const state = states.get(task.name);
    if (!state) continue;
    const at = readyAt(task, state);
    if (!best || at < best.at) best = { task, at };
  }
  return best;
}
