import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Each switch is flushed on its own so its cost lands in the slice that measures it.
const flushed: string[] = [];
vi.mock('react-dom', () => ({
  flushSync: (fn: () => void) => {
    flushed.push('flush');
    fn();
  },
}));

let clock = 0;
let idle: (() => void)[] = [];
/** Runs the idle callbacks queued so far (one idle period); returns how many ran. */
function idlePeriod(): number {
  const due = idle;
  idle = [];
  due.forEach((callback) => callback());
  return due.length;
}

async function freshModule() {
  vi.resetModules();
  return import('@/components/time/after-hydration');
}

beforeEach(() => {
  clock = 0;
  idle = [];
  flushed.length = 0;
  vi.stubGlobal('window', { requestIdleCallback: (cb: () => void) => idle.push(cb) });
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('onSettled', () => {
  it('warms up in one idle task, then switches in the next, not during hydration', async () => {
    const { onSettled, hasSettled } = await freshModule();
    const order: string[] = [];
    onSettled(
      () => order.push(`switch (settled: ${hasSettled()})`),
      () => order.push('warm'),
    );
    expect(hasSettled()).toBe(false);
    expect(order).toEqual([]);
    idlePeriod();
    expect(order).toEqual(['warm']);
    expect(hasSettled()).toBe(false);
    idlePeriod();
    expect(order).toEqual(['warm', 'switch (settled: true)']);
  });

  it('switches a long page a slice at a time, top first, yielding between slices', async () => {
    const { onSettled } = await freshModule();
    const switched: number[] = [];
    // Each re-render and DOM write costs 1 ms; a slice yields after 2 ms.
    for (let i = 0; i < 7; i++)
      onSettled(() => {
        clock += 1;
        switched.push(i);
      });
    idlePeriod(); // warm-up
    const slices: number[][] = [];
    while (idlePeriod() > 0) slices.push(switched.splice(0));
    expect(slices).toEqual([[0, 1], [2, 3], [4, 5], [6]]);
    expect(flushed).toHaveLength(7);
  });

  it('a cheap page switches in a single task', async () => {
    const { onSettled } = await freshModule();
    let count = 0;
    for (let i = 0; i < 50; i++) onSettled(() => count++);
    idlePeriod();
    idlePeriod();
    expect(count).toBe(50);
    expect(idlePeriod()).toBe(0);
  });

  it('never calls a listener that unsubscribed before its turn, and ignores late subscribers', async () => {
    const { onSettled, hasSettled } = await freshModule();
    const called: string[] = [];
    onSettled(() => {
      clock += 5;
      called.push('a');
    });
    const stopB = onSettled(() => called.push('b'));
    onSettled(() => called.push('c'));
    idlePeriod();
    idlePeriod(); // 'a' uses up the slice
    expect(called).toEqual(['a']);
    stopB();
    idlePeriod();
    expect(called).toEqual(['a', 'c']);
    expect(hasSettled()).toBe(true);
    // A component mounted now reads the settled values itself: nothing to wait for.
    const late = vi.fn();
    onSettled(late)();
    expect(idlePeriod()).toBe(0);
    expect(late).not.toHaveBeenCalled();
  });
});
