import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The switch is flushed in the idle task that runs it, not in a microtask after it.
const flushed: string[] = [];
vi.mock('react-dom', () => ({
  flushSync: (fn: () => void) => {
    flushed.push('flush');
    fn();
  },
}));

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
  idle = [];
  flushed.length = 0;
  vi.stubGlobal('window', { requestIdleCallback: (cb: () => void) => idle.push(cb) });
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

  it('switches every subscriber in one task and one re-render, top first', async () => {
    const { onSettled } = await freshModule();
    const switched: number[] = [];
    for (let i = 0; i < 50; i++) onSettled(() => switched.push(i));
    idlePeriod();
    idlePeriod();
    expect(switched).toEqual([...Array(50).keys()]);
    expect(flushed).toHaveLength(1);
    expect(idlePeriod()).toBe(0);
  });

  it('never calls a listener that unsubscribed before the switch, and ignores late subscribers', async () => {
    const { onSettled, hasSettled } = await freshModule();
    const called: string[] = [];
    onSettled(() => called.push('a'));
    const stopB = onSettled(() => called.push('b'));
    onSettled(() => called.push('c'));
    idlePeriod(); // warm-up
    stopB(); // unmounted while the page was settling
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
