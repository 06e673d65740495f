/**
 * When the values only the browser knows (its time zone, the clock) may first be shown.
 *
 * Hydration has to render the server's text (UTC, no "in 3 days"). A `useSyncExternalStore`
 * whose snapshot differs from the server's makes React re-render every such component in one
 * blocking task right after hydration, and the first `Intl` call that needs the reader's zone
 * loads ICU's data inside that same task. Keeping the snapshots at their server value until the
 * page has settled, then resolving the zone in an idle task of its own and switching every
 * component in the idle task after it, keeps that work out of hydration. (Switching a few
 * components per task instead did not lower blocking time in a same-run A/B: docs/performance.md.)
 */
import { flushSync } from 'react-dom';

type Listener = () => void;

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

/** Switches every subscriber in one re-render, inside this idle task. */
function switchAll(): void {
  const notify = [...listeners];
  listeners.clear();
  flushSync(() => {
    for (const listener of notify) listener();
  });
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
        switchAll();
      });
    });
  }
  return () => listeners.delete(listener);
}
