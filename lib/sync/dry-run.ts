import type { Budget } from '@/lib/ll2/client';
import { newPass, readState, type MetaReader } from './cursor';
import { PAGE_SIZE, pageRequest, type SyncTask } from './plan';
import { estimateEta, formatDuration } from './progress';
import { dueAt, isDue, readyAt } from './schedule';

export interface PlanOptions {
  store: MetaReader;
  tasks: readonly SyncTask[];
  budget: Budget;
  url: (path: string, params: [string, string][]) => string;
  /** Records of a resource already stored: the page estimate for a full pass. */
  storedCount: (task: SyncTask) => number;
  full: boolean;
  /** Failing tasks are tried now, not after their backoff (`--resource` names them). */
  retryFailingNow?: boolean;
  now: number;
}

/** What `npm run sync -- --dry-run` prints: each task, what it would fetch first, and the cost. */
export function describePlan(options: PlanOptions): string {
  const { budget, now } = options;
  const lines = ['Sync plan (dry run: no data calls made)', ''];
  let pages = 0;
  for (const task of options.tasks) {
    const stored = readState(options.store, task);
    const state = options.retryFailingNow && stored.failure ? { ...stored, failure: null } : stored;
    const due = options.full || isDue(task, state, now);
    const pass = state.pass ?? newPass(state, new Date(now), options.full);
    const request = pageRequest(task, pass);
    const first = options.url(request.path, request.params);
    let what: string;
    let estimate: number;
    if (!due && state.failure) {
      what = `failing (${state.failure.error}); next try in ${formatDuration(readyAt(task, state) - now)}`;
      estimate = 0;
    } else if (!due) {
      what = `up to date; next pass in ${formatDuration(dueAt(task, state) - now)}`;
      estimate = 0;
    } else if (state.pass && !options.full) {
      estimate = state.pass.remaining === null ? 1 : Math.ceil(state.pass.remaining / PAGE_SIZE);
      what = `resume at page ${state.pass.pages + 1}, ~${estimate} page(s) left`;
    } else if (task.sinceFilter && pass.since) {
      estimate = 1;
      what = `changes since ${pass.since}, ≥1 page`;
    } else {
      estimate = Math.max(1, Math.ceil(options.storedCount(task) / PAGE_SIZE));
      what = `full pass, ~${estimate} page(s) judging by what is stored`;
    }
    pages += estimate;
    lines.push(`  ${task.name.padEnd(26)} ${what}`);
    if (due) lines.push(`  ${''.padEnd(26)} first: GET ${first}`);
  }
  lines.push(
    '',
    `Budget: ${budget.left} of ${budget.limit} calls left per ${formatDuration(budget.windowSecs * 1000)} (reserve ${budget.reserve})` +
      `${budget.known ? '' : ' — /api-throttle/ unreadable, anonymous limit assumed'}`,
    `Estimate: ~${pages} call(s), about ${formatDuration(estimateEta(pages, budget, 1500))}`,
  );
  return `${lines.join('\n')}\n`;
}
