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

export type TaskStatus = 'complete' | 'partial' | 'failed' | 'interrupted' | 'not due';

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
  error?: string;
}

export interface SyncSummary {
  tasks: TaskSummary[];
  /** Calls that counted against LL2's limit during this run. */
  calls: number;
  budget: Budget;
  elapsedMs: number;
  interrupted: boolean;
  /** A task stopped because LL2 could not be reached (after retries). */
  failed: boolean;
}
