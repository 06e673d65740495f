import type { TaskFailure } from './cursor';
import type { Budget } from '@/lib/ll2/client';

export interface TaskProgress {
  task: string;
  state: 'running' | 'complete' | 'failed' | 'interrupted';
  pagesDone: number;
  pagesLeft: number;
  /** False until the first page tells how many records the pass covers. */
  pagesKnown: boolean;
  records: number;
  /** Null until the budget was read from `/api-throttle/`. */
  callsLeft: number | null;
  etaMs: number;
}

export type TaskStatus =
  | 'complete'
  | 'partial'
  | 'failed'
  | 'interrupted'
  | 'not due'
  /** Its endpoint has been failing and its backoff has not run out. */
  | 'backing off'
  /** Due, but the run stopped before reaching it. */
  | 'not tried';

export interface TaskSummary {
  task: string;
  status: TaskStatus;
  pages: number;
  records: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skippedPages: number;
  skippedRecords: number;
  /** Why it failed in this run. */
  error?: string;
  /** Set while its endpoint keeps failing (kept across runs with its cursor). */
  failure?: TaskFailure & { retryInMs: number };
}

export interface SyncSummary {
  tasks: TaskSummary[];
  /** Calls that counted against LL2's limit during this run. */
  calls: number;
  budget: Budget;
  elapsedMs: number;
  interrupted: boolean;
  /** A task failed in this run or is still backing off, or the run stopped early. */
  failed: boolean;
  /** Why the run ended before every due task was tried (LL2 unreachable, rate limit). */
  stopped: string | null;
}
