import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiskCache } from '@/lib/images/disk-cache';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbit-disk-cache-'));
  dirs.push(dir);
  return dir;
}

const body = (size: number, fill: string) => Buffer.alloc(size, fill);
const filesIn = (dir: string) => fs.readdirSync(dir).length;

describe('disk cache', () => {
  it('evicts the least recently read file once the byte cap is reached', async () => {
    const cache = new DiskCache(tempDir(), 300);
    await cache.put('a', body(100, 'a'));
    await cache.put('b', body(100, 'b'));
    await cache.put('c', body(100, 'c'));
    expect(await cache.get('a')).not.toBeNull();
    await cache.put('d', body(100, 'd'));
    expect(await cache.get('b')).toBeNull();
    expect((await cache.get('a'))?.equals(body(100, 'a'))).toBe(true);
    expect(cache.bytes).toBe(300);
    expect(filesIn(cache.dir)).toBe(3);
  });

  it('keeps nothing larger than the cap', async () => {
    const cache = new DiskCache(tempDir(), 300);
    await cache.put('a', body(100, 'a'));
    await cache.put('huge', body(301, 'h'));
    expect(await cache.get('huge')).toBeNull();
    expect(await cache.get('a')).not.toBeNull();
    expect(filesIn(cache.dir)).toBe(1);
  });

  it('resumes the order of an earlier run from the files’ modification times', async () => {
    const dir = tempDir();
    const first = new DiskCache(dir, 300);
    for (const key of ['a', 'b', 'c']) await first.put(key, body(100, key));
    // Written a, b, c, but last read in the order c, a, b: c is the least recent.
    const files = fs.readdirSync(dir).sort();
    const byContent = new Map(
      files.map((f) => [fs.readFileSync(path.join(dir, f)).toString('utf8', 0, 1), f]),
    );
    const at = Date.parse('2026-01-01T00:00:00Z') / 1000;
    ['c', 'a', 'b'].forEach((key, i) =>
      fs.utimesSync(path.join(dir, byContent.get(key)!), at + i, at + i),
    );
    fs.writeFileSync(path.join(dir, `${byContent.get('a')!}.tmp-1-dead`), 'torn');

    const restarted = new DiskCache(dir, 300);
    await restarted.put('d', body(100, 'd'));
    expect(await restarted.get('c')).toBeNull();
    expect(await restarted.get('a')).not.toBeNull();
    expect(await restarted.get('b')).not.toBeNull();
    expect(fs.readdirSync(dir).some((f) => f.includes('.tmp-'))).toBe(false);
    expect(restarted.bytes).toBe(300);
  });
});
