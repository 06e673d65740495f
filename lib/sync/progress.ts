import type { Budget } from '@/lib/ll2/client';
import { progressBar } from '@/lib/format/progress-bar';
import type { SyncSummary, TaskProgress, TaskSummary } from './types';

/** What the runner tells whoever watches it. Every method is optional. */
export interface SyncReporter {
  progress?(row: TaskProgress): void;
  /** A page or record that failed validation and was skipped (the rest went on). */
  skipped?(task: string, url: string, reason: string): void;
  wait?(info: {
    reason: 'budget' | 'retry-after' | 'schedule' | 'pause';
    remainingMs: number;
    detail?: string;
  }): void;
  retry?(info: { url: string; attempt: number; delayMs: number; reason: string }): void;
  warn?(message: string): void;
  summary?(summary: SyncSummary): void;
}

export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`;
  if (m > 0) return `${m}m ${String(s).padStart(2, '0')}s`;
  return `${s}s`;
}

/**
 * Time to fetch `pages` more pages: at the measured pace while the budget lasts, then one
 * window per `limit - reserve` calls after that.
 */
export function estimateEta(pages: number, budget: Budget, avgCallMs: number): number {
  if (pages <= 0) return 0;
  const perCall = Math.max(avgCallMs, 1);
  if (pages <= budget.left) return pages * perCall;
  const perWindow = Math.max(1, budget.limit - budget.reserve);
  const windows = Math.ceil((pages - budget.left) / perWindow);
  return pages * perCall + windows * budget.windowSecs * 1000;
}

export function formatRow(row: TaskProgress): string {
  const total = row.pagesDone + row.pagesLeft;
  const pages = row.pagesKnown ? `${row.pagesDone}/${total} pages` : `${row.pagesDone} pages`;
  const eta =
    row.state === 'running' && row.pagesKnown ? ` · ETA ${formatDuration(row.etaMs)}` : '';
  const status = row.state === 'running' ? '' : ` · ${row.state}`;
  return `${row.task.padEnd(26)} ${progressBar(row.pagesDone, row.pagesKnown ? total : 0)} ${pages} · ${row.records.toLocaleString('en')} records · ${row.callsLeft ?? '?'} calls left${eta}${status}`;
}

/** Why a task failed or is backing off, and when it is tried next; null for a healthy task. */
function describeFailure(t: TaskSummary): string | null {
  if (!t.error && !t.failure) return null;
  const what = t.error ?? `still failing: ${t.failure!.error}`;
  if (!t.failure) return `${t.task}: ${what}`;
  const { count, since, retryInMs } = t.failure;
  const streak = count === 1 ? 'Failed once' : `${count} failures in a row since ${since}`;
  return (
    `${t.task}: ${what}. ${streak}; its cursor is kept; next try in ${formatDuration(retryInMs)},` +
    ` after the due tasks (now: --resource ${t.task})`
  );
}

export function formatSummary(summary: SyncSummary): string {
  const lines = ['', 'Sync summary'];
  for (const t of summary.tasks) {
    const skipped = t.skippedPages + t.skippedRecords;
    lines.push(
      `  ${t.task.padEnd(26)} ${t.status.padEnd(11)} ${String(t.pages).padStart(4)} pages ${String(t.records).padStart(6)} records` +
        ` (${t.inserted} new, ${t.updated} changed)${skipped ? ` · ${skipped} skipped` : ''}`,
    );
  }
  const budget = summary.budget;
  lines.push(
    summary.calls === 0 && !budget.known
      ? `  No calls made · ${formatDuration(summary.elapsedMs)}`
      : `  ${summary.calls} calls made; ${budget.left} of ${budget.limit} left in the window (reserve ${budget.reserve})` +
          `${budget.known ? '' : ' (budget assumed)'} · ${formatDuration(summary.elapsedMs)}`,
  );
  const failures = summary.tasks.map(describeFailure).filter((f): f is string => f !== null);
  if (failures.length > 0) {
    lines.push(`  Failed (${failures.length}):`);
    for (const failure of failures) lines.push(`    ${failure}`);
  }
  if (summary.stopped) lines.push(`  Stopped early: ${summary.stopped}. Run again to go on.`);
  if (summary.interrupted) lines.push('  Interrupted: run again to resume where it stopped.');
  return `${lines.join('\n')}\n`;
}

export interface TerminalOut {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/**
 * Progress on stderr: on a terminal one bar per task redrawn in place with a live countdown
 * while waiting for the rate-limit window; otherwise plain lines a log file can keep.
 */
export function terminalReporter(out: TerminalOut, options: { tty?: boolean } = {}): SyncReporter {
  const tty = options.tty ?? out.isTTY === true;
  const rows = new Map<string, TaskProgress>();
  let status = '';
  let drawn = 0;
  let lastWaitLine = 0;

  // A wrapped line would throw off the count of lines to move back over, so rows are cut to fit.
  const fit = (text: string) =>
    out.columns && text.length >= out.columns ? text.slice(0, out.columns - 1) : text;
  const redraw = () => {
    const lines = [...rows.values()].map(formatRow);
    if (status) lines.push(status);
    lines.forEach((text, i) => (lines[i] = fit(text)));
    // Move to the start of the block we drew last time and clear it before drawing again.
    out.write(`${drawn > 0 ? `\x1b[${drawn}F\x1b[J` : ''}${lines.join('\n')}\n`);
    drawn = lines.length;
  };
  const line = (text: string) => {
    if (tty) {
      status = '';
      out.write(`${drawn > 0 ? `\x1b[${drawn}F\x1b[J` : ''}${text}\n`);
      drawn = 0;
      redraw();
    } else {
      out.write(`${text}\n`);
    }
  };

  return {
    progress(row) {
      rows.set(row.task, row);
      status = '';
      if (tty) redraw();
      else out.write(`${formatRow(row)}\n`);
    },
    skipped(task, url, reason) {
      line(`! ${task}: skipped ${url}: ${reason}`);
    },
    wait({ reason, remainingMs, detail }) {
      const what =
        reason === 'budget'
          ? 'LL2 call budget spent; waiting for the rate-limit window'
          : reason === 'retry-after'
            ? 'LL2 answered 429; waiting as its Retry-After asks'
            : reason === 'pause'
              ? 'LL2 unreachable; pausing before trying again'
              : 'Up to date; next sync';
      const text = `⏳ ${what}: ${formatDuration(remainingMs)}${detail ? ` (${detail})` : ''}`;
      if (tty) {
        status = text;
        redraw();
      } else if (Date.now() - lastWaitLine > 60_000 || remainingMs < 1000) {
        lastWaitLine = Date.now();
        out.write(`${text}\n`);
      }
    },
    retry({ url, attempt, delayMs, reason }) {
      line(
        `↻ retry ${attempt} in ${formatDuration(delayMs)}: ${reason.startsWith(url) ? reason : `${url}: ${reason}`}`,
      );
    },
    warn(message) {
      line(`! ${message}`);
    },
    summary(summary) {
      status = '';
      if (tty && drawn > 0) redraw();
      out.write(formatSummary(summary));
      drawn = 0;
    },
  };
}
