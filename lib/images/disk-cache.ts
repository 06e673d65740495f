import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { LRUCache } from 'lru-cache';

/**
 * Files on disk under a total size cap, least recently used evicted first. Recency is the
 * file's mtime, refreshed on every hit (atime is often off: `noatime`/`relatime` mounts), so a
 * restart, or another instance sharing the folder, resumes the same order. Writes go to a temp
 * file renamed into place, so a reader never sees half a file and a crash leaves no torn entry.
 */

const TEMP_MARK = '.tmp-';

export class DiskCache {
  /**
   * File name → size, kept under the byte cap by lru-cache; the files it evicts are queued for
   * removal and removed before the write that evicted them returns.
   */
  private readonly index: LRUCache<string, number>;
  private readonly evicted: string[] = [];
  private ready: Promise<void> | null = null;

  constructor(
    readonly dir: string,
    readonly maxBytes: number,
  ) {
    this.index = new LRUCache({
      maxSize: maxBytes,
      sizeCalculation: (size) => size,
      dispose: (_size, name, reason) => {
        if (reason === 'evict') this.evicted.push(name);
      },
    });
  }

  get bytes(): number {
    return this.index.calculatedSize;
  }

  private fileOf(key: string): string {
    return `${createHash('sha256').update(key).digest('hex')}.bin`;
  }

  /** Takes stock of what an earlier run left, oldest first; drops interrupted and empty files. */
  private load(): Promise<void> {
    this.ready ??= (async () => {
      await fs.mkdir(this.dir, { recursive: true });
      const found: { name: string; size: number; mtime: number }[] = [];
      for (const name of await fs.readdir(this.dir)) {
        const file = path.join(this.dir, name);
        const stat = await fs.stat(file).catch(() => null);
        if (!stat?.isFile()) continue;
        if (name.includes(TEMP_MARK) || stat.size === 0) await fs.rm(file, { force: true });
        else found.push({ name, size: stat.size, mtime: stat.mtimeMs });
      }
      found.sort((a, b) => a.mtime - b.mtime);
      for (const { name, size } of found) this.index.set(name, size);
      await this.removeEvicted();
    })();
    return this.ready;
  }

  private async removeEvicted() {
    for (const name of this.evicted.splice(0)) {
      // Written again since it was evicted: the file on disk is the new one.
      if (!this.index.has(name)) await fs.rm(path.join(this.dir, name), { force: true });
    }
  }

  async get(key: string): Promise<Buffer | null> {
    await this.load();
    const name = this.fileOf(key);
    const file = path.join(this.dir, name);
    try {
      const body = await fs.readFile(file);
      // Also takes in a file another instance sharing the folder wrote.
      if (body.length > 0) this.index.set(name, body.length);
      const now = new Date();
      void fs.utimes(file, now, now).catch(() => {});
      await this.removeEvicted();
      return body.length > 0 ? body : null;
    } catch {
      this.index.delete(name);
      return null;
    }
  }

  async put(key: string, body: Buffer): Promise<void> {
    await this.load();
    if (body.length === 0 || body.length > this.maxBytes) return;
    const name = this.fileOf(key);
    const temp = path.join(
      this.dir,
      `${name}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`,
    );
    try {
      await fs.writeFile(temp, body);
      await fs.rename(temp, path.join(this.dir, name));
    } catch {
      // A full or read-only disk costs the cache, not the answer.
      await fs.rm(temp, { force: true });
      return;
    }
    this.index.set(name, body.length);
    await this.removeEvicted();
  }
}
