import { describe, expect, it } from 'vitest';
import { QueryCache } from '@/lib/cache/query-cache';

/** A compute function that says how often it ran. */
function counter(value: string) {
  const fn = () => {
    fn.calls += 1;
    return value;
  };
  fn.calls = 0;
  return fn;
}

describe('query cache', () => {
  it('computes once per key and data version, and counts hits and misses', () => {
    const cache = new QueryCache<string>(10);
    const a = counter('A');
    expect(cache.get(1, 'a', a)).toBe('A');
    expect(cache.get(1, 'a', a)).toBe('A');
    expect(a.calls).toBe(1);
    expect(cache.stats()).toEqual({ size: 1, hits: 1, misses: 1, hitRate: 0.5 });
  });

  it('forgets everything when the data version changes', () => {
    const cache = new QueryCache<string>(10);
    const a = counter('A');
    cache.get(1, 'a', a);
    cache.get(1, 'b', counter('B'));
    cache.get(2, 'a', a);
    expect(a.calls).toBe(2);
    expect(cache.stats().size).toBe(1);
  });

  it('evicts the least recently used key beyond its capacity', () => {
    const cache = new QueryCache<string>(2);
    const [a, b, c] = [counter('A'), counter('B'), counter('C')];
    cache.get(1, 'a', a);
    cache.get(1, 'b', b);
    cache.get(1, 'a', a);
    cache.get(1, 'c', c);
    cache.get(1, 'a', a);
    cache.get(1, 'b', b);
    expect([a.calls, b.calls, c.calls]).toEqual([1, 2, 1]);
    expect(cache.stats().size).toBe(2);
  });

  it('drops one key on request', () => {
    const cache = new QueryCache<string>(10);
    const a = counter('A');
    cache.get(1, 'a', a);
    cache.delete('a');
    cache.get(1, 'a', a);
    expect(a.calls).toBe(2);
  });

  it('computes every time with a capacity of 0', () => {
    const cache = new QueryCache<string>(0);
    const a = counter('A');
    cache.get(1, 'a', a);
    cache.get(1, 'a', a);
    expect(a.calls).toBe(2);
    expect(cache.stats().size).toBe(0);
  });
});
