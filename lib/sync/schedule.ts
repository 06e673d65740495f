import type { TaskState } from './cursor';
import type { SyncTask } from './plan';

/** When the task's next pass should start (ms); 0 when it never completed one. */
export function dueAt(task: SyncTask, state: TaskState): number {
  if (!state.completedAt) return 0;
  const completed = Date.parse(state.completedAt);
  return Number.isNaN(completed) ? 0 : completed + task.intervalMs;
}

export function isDue(task: SyncTask, state: TaskState, now: number): boolean {
  return state.pass !== null || dueAt(task, state) <= now;
}

/**
 * The task whose page runs next: the first in priority order that is mid-pass or due. Going one
 * page at a time lets a due refresh of upcoming launches cut into a long first pass, which then
 * resumes where it stood. A one-off run starts each task's pass at most once.
 */
export function pickTask(
  tasks: readonly SyncTask[],
  states: ReadonlyMap<string, TaskState>,
  now: number,
  startedThisRun: ReadonlySet<string> | null,
): SyncTask | null {
  for (const task of tasks) {
    const state = states.get(task.name);
    if (!state) continue;
    if (state.pass !== null) return task;
    if (dueAt(task, state) <= now && !startedThisRun?.has(task.name)) return task;
  }
  return null;
}

/** The earliest time any task becomes due, for the watch loop's sleep. */
export function nextDue(
  tasks: readonly SyncTask[],
  states: ReadonlyMap<string, TaskState>,
): { task: SyncTask; at: number } | null {
  let best: { task: SyncTask; at: number } | null = null;
  for (const task of tasks) {
    const state = states.get(task.name);
    if (!state) continue;
    const at = dueAt(task, state);
    if (!best || at < best.at) best = { task, at };
  }
  return best;
}
