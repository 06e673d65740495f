/**
 * When the values only the browser knows (its time zone, the clock) may first be shown.
 *
 * Hydration has to render the server's text (UTC, no "in 3 days"). A `useSyncExternalStore`
 * whose snapshot differs from the server's makes React re-render every such component in one
 * blocking task right after hydration, and the first `Intl` call that needs the reader's zone
 * loads ICU's data inside that same task. Keeping the snapshots at their server value until the
 * page has settled, then resolving the zone in a task of its own and switching in the tasks
 * after it, a few components at a time, splits that work into short tasks that never hold up
 * input: a page of a hundred times switches in slices, not in one long task.
 */
import { flushSync } from 'react-dom';

type Listener = () => void;

/** How long one switching task may run before it yields to the browser (ms). */
const SLICE_MS = 2;

let settled = false;
let scheduled = false;
const listeners = new Set<Listener>();
const warmers = new Set<() => void>();

/** An idle callback where the browser has one (not Safari), else the next macrotask. */
function whenIdle(callback: () => void): void {
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(callback, { timeout: 500 });
  else setTimeout(callback, 1);
}

/**
 * Switches subscribers in order (the page top first) until the slice is used, then yields.
 * `flushSync` makes each one's re-render and DOM write happen here, where the time is measured,
 * instead of in one microtask after the whole batch.
 */
function switchSome(): void {
  const start = performance.now();
  for (const notify of listeners) {
    listeners.delete(notify);
    flushSync(notify);
    if (performance.now() - start >= SLICE_MS) break;
  }
  if (listeners.size > 0) whenIdle(switchSome);
}

/** True once the browser-only values may be shown; false on the server and while hydrating. */
export function hasSettled(): boolean {
  return settled;
}

/**
 * Subscribes to the one moment the page settles, scheduling it on first use. Every `warm` runs
 * in a task before it, so what it prepares (ICU data) is not part of the re-render.
 */
export function onSettled(listener: Listener, warm?: () => void): () => void {
  if (settled) return () => {};
  listeners.add(listener);
  if (warm) warmers.add(warm);
  if (!scheduled) {
    scheduled = true;
    whenIdle(() => {
      for (const prepare of warmers) prepare();
      whenIdle(() => {
        settled = true;
        switchSome();
      });
    });
  }
  return () => listeners.delete(listener);
}
