import { defaultSleep, Ll2Error, type Ll2Client } from '@/lib/ll2/client';
import type { IncomingRecord, WriteSummary } from '@/lib/store/types';
import { newPass, readState, stateMeta, type TaskState } from './cursor';
import { readPage } from './page';
import { PAGE_SIZE, pageRequest, type SyncTask } from './plan';
import { estimateEta, formatDuration, type SyncReporter } from './progress';
import { isDue, nextDue, nextFailure, pickTask, readyAt } from './schedule';
import type { SyncSummary, TaskProgress, TaskSummary } from './types';

/**
 * The part of the store sync needs: atomic page-plus-cursor writes (awaited on PostgreSQL) and
 * the meta table. The sync is the one writer, so the meta it reads is what it last wrote.
 */
export interface SyncStore {
  write(records: IncomingRecord[], meta?: Record<string, string>): WriteSummary | Promise<WriteSummary>;
  getMeta(key: string): string | null;
}

export interface SyncOptions {
  store: SyncStore;
  client: Ll2Client;
  tasks: readonly SyncTask[];
  reporter?: SyncReporter;
  /** Start every task from the beginning, ignoring cursors and schedules (nothing is deleted). */
  full?: boolean;
  /** Keep running, starting each task's pass when it is due. */
  watch?: boolean;
  signal?: AbortSignal;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  pageSize?: number;
  /** Watch mode: how long to pause after LL2 could not be reached. */
  failurePauseMs?: number;
  /** Try tasks whose endpoint has been failing now, not after their backoff (named on the CLI). */
  retryFailingNow?: boolean;
}

/** A response that is not an LL2 page this many times running means LL2 is broken, not one page. */
const MAX_INVALID_IN_A_ROW = 3;

/**
 * No connection on this many tasks in a row means the host is down, not an endpoint: going on
 * would spend each remaining task's retries on the same refusal.
 */
const UNREACHABLE_TASKS_TO_STOP = 2;

/** The store meta key the site's "Data as of" footer reads. */
export const LAST_SYNC_KEY = 'last_sync_at';

function emptySummary(task: SyncTask): TaskSummary {
  return {
    task: task.name,
    status: 'not due',
    pages: 0,
    records: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    skippedPages: 0,
    skippedRecords: 0,
  };
}

/**
 * Mirrors LL2 into the store, one page at a time. Each page is written in one transaction
 * together with its task's cursor, so a crash or Ctrl-C resumes at the next page and never
 * leaves half a page; nothing stored is ever deleted.
 */
export async function runSync(options: SyncOptions): Promise<SyncSummary> {
  const { store, client, tasks, signal } = options;
  const reporter = options.reporter ?? {};
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const startedAt = now();
  const callsAtStart = client.calls;

  const states = new Map<string, TaskState>(tasks.map((t) => [t.name, readState(store, t)]));
  const summaries = new Map<string, TaskSummary>(tasks.map((t) => [t.name, emptySummary(t)]));
  const invalidInARow = new Map<string, number>();
  const startedThisRun = options.watch ? null : new Set<string>();
  const skip = new Set<string>();
  /** Tasks in a row on which no connection could be made, since the last good page. */
  const unreachable: { task: string; message: string }[] = [];
  const failurePauseMs = options.failurePauseMs ?? 5 * 60_000;
  let interrupted = false;
  let stopped: string | null = null;
  let workSinceSynced = false;
  let avgCallMs = 0;

  const unsubscribe = client.subscribe((event) => {
    if (event.type === 'response')
      avgCallMs = avgCallMs ? avgCallMs * 0.7 + event.ms * 0.3 : event.ms;
    else if (event.type === 'retry') reporter.retry?.(event);
    else if (event.type === 'warning') reporter.warn?.(event.message);
    else if (event.type === 'wait') {
      const b = client.budget();
      reporter.wait?.({
        reason: event.reason,
        remainingMs: event.remainingMs,
        detail: `${b.limit} calls per ${formatDuration(b.windowSecs * 1000)}, reserve ${b.reserve}`,
      });
    }
  });

  const report = (task: SyncTask, state: TaskProgress['state']) => {
    const s = states.get(task.name)!;
    const summary = summaries.get(task.name)!;
    const remaining = s.pass?.remaining ?? null;
    const pagesLeft =
      state === 'running' && remaining !== null ? Math.ceil(remaining / pageSize) : 0;
    const budget = client.budget();
    reporter.progress?.({
      task: task.name,
      state,
      pagesDone: summary.pages,
      pagesLeft,
      pagesKnown: state !== 'running' || remaining !== null,
      records: summary.records,
      callsLeft: client.calls === 0 && !budget.known ? null : budget.left,
      etaMs: estimateEta(pagesLeft, budget, avgCallMs),
    });
  };

  /** Sleeps until `at` with a countdown; false when interrupted. */
  const waitUntil = async (
    at: number,
    reason: 'schedule' | 'pause',
    detail?: string,
  ): Promise<boolean> => {
    for (;;) {
      const remainingMs = at - now();
      if (remainingMs <= 0) return true;
      reporter.wait?.({ reason, remainingMs, detail });
      try {
        await sleep(Math.min(remainingMs, 1000), signal);
      } catch {
        return false;
      }
      if (signal?.aborted) return false;
    }
  };

  const commit = async (task: SyncTask, records: IncomingRecord[], state: TaskState): Promise<WriteSummary> => {
    const written = await store.write(records, stateMeta(task, state));
    states.set(task.name, state);
    return written;
  };

  const syncPage = async (task: SyncTask) => {
    const state = states.get(task.name)!;
    const summary = summaries.get(task.name)!;
    const request = pageRequest(task, state.pass!, pageSize);
    const response = await client.get(request.path, request.params, signal);
    const outcome = readPage(task, state, response, pageSize, new Date(now()).toISOString());

    if (outcome.kind === 'unreadable') {
      const count = (invalidInARow.get(task.name) ?? 0) + 1;
      invalidInARow.set(task.name, count);
      if (count >= MAX_INVALID_IN_A_ROW) {
        throw new Ll2Error(
          'invalid',
          response.url,
          `${response.url}: ${outcome.reason} (${count} bad pages in a row)`,
        );
      }
      reporter.skipped?.(task.name, response.url, outcome.reason);
      summary.skippedPages += 1;
      await commit(task, [], outcome.state);
      return;
    }
    invalidInARow.delete(task.name);
    for (const reason of outcome.invalid) reporter.skipped?.(task.name, response.url, reason);
    const written = await commit(task, outcome.records, outcome.state);

    summary.pages += 1;
    summary.records += outcome.kept;
    summary.inserted += written.inserted;
    summary.updated += written.updated;
    summary.unchanged += written.unchanged;
    summary.skippedRecords += outcome.invalid.length;
    if (outcome.complete) {
      summary.status = 'complete';
      delete summary.error;
    }
    report(task, outcome.complete ? 'complete' : 'running');
  };

  /** LL2 itself cannot be reached: a one-off run ends, a watch pauses and then tries all again. */
  const unreachableHost = async (reason: string): Promise<'stop' | 'go on'> => {
    reporter.warn?.(reason);
    if (!options.watch) {
      stopped = reason;
      return 'stop';
    }
    if (!(await waitUntil(now() + failurePauseMs, 'pause'))) {
      interrupted = true;
      return 'stop';
    }
    skip.clear();
    unreachable.length = 0;
    return 'go on';
  };

  const failTask = async (task: SyncTask, error: Ll2Error) => {
    const summary = summaries.get(task.name)!;
    summary.status = 'failed';
    summary.error = error.message;
    report(task, 'failed');
    // A one-off run tries a failed task once; a watch has its backoff (or the outage pause).
    if (!options.watch || error.kind === 'unreachable') skip.add(task.name);
    if (error.kind === 'unreachable' || error.kind === 'rate-limited' || error.kind === 'budget')
      return;
    const state = states.get(task.name)!;
    const failure = nextFailure(state.failure, error.message, now());
    await commit(task, [], { ...state, failure });
    invalidInARow.delete(task.name);
    reporter.warn?.(
      `${task.name}: ${error.message}; its cursor is kept and it is tried again in ${formatDuration(Date.parse(failure.retryAt) - now())}, after the tasks that are due`,
    );
  };

  try {
    if (options.full) {
      for (const task of tasks) {
        const state = states.get(task.name)!;
        await commit(task, [], { ...state, pass: newPass(state, new Date(now()), true) });
      }
    }
    if (options.full || options.retryFailingNow) {
      // Asked for on the command line: the backoff is waived for this first try, not forgotten.
      for (const [name, state] of states) {
        if (state.failure)
          states.set(name, {
            ...state,
            failure: { ...state.failure, retryAt: new Date(now()).toISOString() },
          });
      }
    }
    for (;;) {
      if (signal?.aborted) {
        interrupted = true;
        break;
      }
      const task = pickTask(tasks, states, { now: now(), skip, startedThisRun });
      if (!task) {
        // A watch skips only tasks LL2 could not be reached on: wait, then try them again.
        if (options.watch && skip.size > 0) {
          if ((await unreachableHost(`LL2 unreachable on ${[...skip].join(', ')}`)) === 'stop')
            break;
          continue;
        }
        if (workSinceSynced) await store.write([], { [LAST_SYNC_KEY]: new Date(now()).toISOString() });
        workSinceSynced = false;
        if (!options.watch) break;
        const next = nextDue(tasks, states);
        if (!next) break;
        if (!(await waitUntil(next.at, 'schedule', next.task.name))) {
          interrupted = true;
          break;
        }
        continue;
      }
      const state = states.get(task.name)!;
      if (!state.pass) {
        states.set(task.name, { ...state, pass: newPass(state, new Date(now()), false) });
        startedThisRun?.add(task.name);
        report(task, 'running');
      }
      try {
        await syncPage(task);
        workSinceSynced = true;
        unreachable.length = 0;
      } catch (error) {
        if (signal?.aborted || (error instanceof Ll2Error && error.kind === 'aborted')) {
          interrupted = true;
          summaries.get(task.name)!.status = 'interrupted';
          report(task, 'interrupted');
          break;
        }
        if (!(error instanceof Ll2Error)) throw error;
        await failTask(task, error);
        if (error.kind === 'rate-limited' || error.kind === 'budget') {
          // One rate limit for the whole client, which a watch waits out at its next call.
          if (options.watch) continue;
          stopped = `LL2 kept answering 429 after the waits it asked for (${error.message})`;
          break;
        }
        if (error.kind === 'unreachable') {
          unreachable.push({ task: task.name, message: error.message });
          if (unreachable.length < UNREACHABLE_TASKS_TO_STOP) continue;
          const names = unreachable.map((u) => u.task).join(', ');
          const reason = `LL2 unreachable on ${names} in a row (${error.message})`;
          if ((await unreachableHost(reason)) === 'stop') break;
        }
      }
    }
  } finally {
    unsubscribe();
  }

  const end = now();
  for (const task of tasks) {
    const summary = summaries.get(task.name)!;
    const state = states.get(task.name)!;
    if (summary.status === 'not due' && summary.pages > 0) summary.status = 'partial';
    if (summary.status === 'complete' && state.pass) summary.status = 'partial';
    if (summary.status === 'not due' && isDue(task, state, end) && (stopped || interrupted))
      summary.status = 'not tried';
    if (state.failure) {
      if (summary.status === 'not due') summary.status = 'backing off';
      summary.failure = { ...state.failure, retryInMs: Math.max(0, readyAt(task, state) - end) };
    }
  }
  const failing = [...summaries.values()].some((t) => t.status === 'failed' || t.failure);
  const result: SyncSummary = {
    tasks: [...summaries.values()],
    calls: client.calls - callsAtStart,
    budget: client.budget(),
    elapsedMs: end - startedAt,
    interrupted,
    failed: failing || stopped !== null,
    stopped,
  };
  reporter.summary?.(result);
  return result;
}
