import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Files on disk under a total size cap, least recently used evicted first. Recency is the
 * file's mtime, refreshed on every hit (atime is often off: `noatime`/`relatime` mounts), so a
 * restart, or another instance sharing the folder, resumes the same order. Writes go to a temp
 * file renamed into place, so a reader never sees half a file and a crash leaves no torn entry.
 */

const TEMP_MARK = '.tmp-';
/** Evict down to this share of the cap, so a full cache is not scanned on every write. */
const LOW_WATER = 0.9;

export class DiskCache {
  /** File name → size, least recently used first (a Map keeps insertion order). */
  private readonly index = new Map<string, number>();
  private total = 0;
  private ready: Promise<void> | null = null;

  constructor(
    readonly dir: string,
    readonly maxBytes: number,
  ) {}

  get bytes(): number {
    return this.total;
  }

  private fileOf(key: string): string {
    return `${createHash('sha256').update(key).digest('hex')}.bin`;
  }

  /** Takes stock of what an earlier run left, oldest first; drops interrupted writes. */
  private load(): Promise<void> {
    this.ready ??= (async () => {
      await fs.mkdir(this.dir, { recursive: true });
      const found: { name: string; size: number; mtime: number }[] = [];
      for (const name of await fs.readdir(this.dir)) {
        const file = path.join(this.dir, name);
        const stat = await fs.stat(file).catch(() => null);
        if (!stat?.isFile()) continue;
        if (name.includes(TEMP_MARK)) await fs.rm(file, { force: true });
        else found.push({ name, size: stat.size, mtime: stat.mtimeMs });
      }
      found.sort((a, b) => a.mtime - b.mtime);
      for (const { name, size } of found) this.remember(name, size);
      await this.evict();
    })();
    return this.ready;
  }

  private remember(name: string, size: number) {
    this.forget(name);
    this.index.set(name, size);
    this.total += size;
  }

  private forget(name: string) {
    const size = this.index.get(name);
    if (size === undefined) return;
    this.index.delete(name);
    this.total -= size;
  }

  private async evict() {
    if (this.total <= this.maxBytes) return;
    for (const [name] of this.index) {
      if (this.total <= this.maxBytes * LOW_WATER) break;
      this.forget(name);
      await fs.rm(path.join(this.dir, name), { force: true });
    }
  }

  async get(key: string): Promise<Buffer | null> {
    await this.load();
    const name = this.fileOf(key);
    const file = path.join(this.dir, name);
    try {
      const body = await fs.readFile(file);
      this.remember(name, body.length);
      const now = new Date();
      void fs.utimes(file, now, now).catch(() => {});
      return body;
    } catch {
      this.forget(name);
      return null;
    }
  }

  async put(key: string, body: Buffer): Promise<void> {
    await this.load();
    if (body.length > this.maxBytes * LOW_WATER) return;
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
    this.remember(name, body.length);
    await this.evict();
  }
}
