import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addCompileHints, COMPILE_HINT } from '@/scripts/compile-hints';

describe('compile hints on built chunks', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  function dist(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hints-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) {
      const file = path.join(dir, 'static', 'chunks', name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
    return dir;
  }
  const read = (dir: string, name: string) =>
    fs.readFileSync(path.join(dir, 'static', 'chunks', name), 'utf8');

  it('marks every JavaScript chunk, nested ones too, once however often it runs', () => {
    const dir = dist({ 'a.js': 'let a=1;', 'app/b.js': 'let b=2;', 'c.css': 'a{}' });
    expect(addCompileHints(dir)).toBe(2);
    expect(addCompileHints(dir)).toBe(0);
    expect(read(dir, 'a.js')).toBe(`${COMPILE_HINT}let a=1;`);
    expect(read(dir, 'app/b.js')).toBe(`${COMPILE_HINT}let b=2;`);
    expect(read(dir, 'c.css')).toBe('a{}');
  });

  it('does nothing without a build', () => {
    expect(addCompileHints(path.join(os.tmpdir(), 'no-such-build'))).toBe(0);
  });
});
