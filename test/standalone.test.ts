import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A user's clone has only the repository: nothing `npm start` or `npm test` runs may read the
 * LL2 reference folder (`../shared`) our own checkouts happen to have beside them. CI proves it
 * by testing from a copy with no siblings (.ci/run); this catches a new reference sooner.
 */

const ROOT = path.resolve(__dirname, '..');
const SOURCE = /\.(?:[cm]?[jt]sx?)$/;

/** Ways code names the sibling folder: `../shared`, `'..', 'shared'`, `/work/shared`. */
const SHARED_PATH = [
  /\.\.[/\\]shared\b/,
  /['"`]\.\.['"`]\s*,\s*['"`]shared['"`]/,
  /\/work\/shared\b/,
];

/** The module that locates it, and the maintainer scripts that rebuild data from it. */
const LOCATOR = 'scripts/shared-input.ts';
const MAINTAINER_SCRIPTS = [
  'scripts/bench-query.ts',
  'scripts/build-seed-data.ts',
  'scripts/build-snapshot.ts',
  'scripts/build-test-fixtures.ts',
  'scripts/synthetic.ts',
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(rel);
    return SOURCE.test(entry.name) ? [rel] : [];
  });
}

/** The code without its comments (which may well mention the folder). */
const code = (file: string) =>
  fs
    .readFileSync(path.join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const files = [
  ...['app', 'components', 'lib', 'tools', 'scripts', 'test', 'e2e', 'types'].flatMap(sourceFiles),
  ...fs.readdirSync(ROOT).filter((f) => SOURCE.test(f)),
];

describe('the repository stands alone', () => {
  it('finds the code it checks', () => {
    expect(files).toContain('tools/synthetic/pools.ts');
    expect(files).toContain('test/store/fixtures.ts');
    expect(files).toContain('playwright.config.ts');
  });

  it('names the LL2 reference folder only in maintainer scripts', () => {
    const naming = files.filter((f) => SHARED_PATH.some((re) => re.test(code(f))));
    expect(naming.filter((f) => f !== LOCATOR && !MAINTAINER_SCRIPTS.includes(f))).toEqual([]);
    expect(naming).toContain(LOCATOR);
  });

  it('lets only maintainer scripts use that module', () => {
    const users = files.filter((f) =>
      /from ['"](?:\.{1,2}\/)+(?:scripts\/)?shared-input['"]/.test(code(f)),
    );
    expect(users.sort()).toEqual(MAINTAINER_SCRIPTS);
  });

  it('runs no maintainer script from npm start or npm test', () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const chain = ['prestart', 'start', 'test', 'prebuild', 'build', 'postbuild'].concat(
      Object.keys(scripts).filter((s) => s.startsWith('test:')),
    );
    for (const name of chain) {
      for (const script of MAINTAINER_SCRIPTS) {
        expect(scripts[name] ?? '', name).not.toContain(script);
      }
    }
  });
});
