import { useSyncExternalStore } from 'react';
import { hasSettled, onSettled } from './after-hydration';

type Resolution = 1000 | 60_000;

/**
 * One shared clock per resolution, so a page with a hundred LocalTimes runs one timer, not a
 * hundred. Ticks land on whole seconds/minutes so a countdown never skips or repeats a second.
 */
function createClock(resolution: Resolution) {
  const listeners = new Set<() => void>();
  const current = () => Math.floor(Date.now() / resolution) * resolution;
  let now = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const tick = () => {
    timer = setTimeout(
      () => {
        now = current();
        for (const listener of listeners) listener();
        tick();
      },
      resolution - (Date.now() % resolution) + 5,
    );
  };

  return {
    subscribe(onChange: () => void) {
      const stopWaiting = onSettled(onChange);
      listeners.add(onChange);
      if (listeners.size === 1) {
        now = current();
        tick();
      }
      return () => {
        stopWaiting();
        listeners.delete(onChange);
        if (listeners.size === 0) clearTimeout(timer);
      };
    },
    getSnapshot(): number | null {
      if (!hasSettled()) return null;
      // Nobody is ticking this clock yet: bring it up to date before the first read.
      if (listeners.size === 0) now = current();
      return now;
    },
  };
}

const clocks = { 1000: createClock(1000), 60_000: createClock(60_000) };
const serverSnapshot = () => null;

/**
 * Current time in ms, floored to `resolution` and updated on each boundary; null on the server
 * and until the page has settled after hydration, so server HTML and the hydration render never
 * disagree.
 */
export function useNow(resolution: Resolution = 60_000): number | null {
  const clock = clocks[resolution];
  return useSyncExternalStore(clock.subscribe, clock.getSnapshot, serverSnapshot);
}
