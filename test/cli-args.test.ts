import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readArgs, type ArgsConfig } from '@/scripts/cli-args';

const config = {
  options: {
    resource: { type: 'string' },
    synthetic: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: true,
} satisfies ArgsConfig;

/** The problem `readArgs` reports, or its result. */
function read(args: string[], cfg: ArgsConfig = config) {
  try {
    return readArgs(
      cfg,
      (message, problem) => {
        throw Object.assign(new Error(message), { problem });
      },
      args,
    );
  } catch (error) {
    return {
      problem: (error as Error & { problem: string }).problem,
      message: (error as Error).message,
    };
  }
}

describe('script arguments', () => {
  it('reads options in every spelling node:util accepts, and positionals', () => {
    expect(read(['a.json', '--resource', 'agencies', '--synthetic', 'b'])).toMatchObject({
      values: { resource: 'agencies', synthetic: true, help: false },
      positionals: ['a.json', 'b'],
    });
    expect(read(['--resource=agencies', '-h'])).toMatchObject({
      values: { resource: 'agencies', help: true },
    });
  });

  it.each([
    [['--bogus'], 'unknown option --bogus', 'unknown-option'],
    [['-x', 'a'], 'unknown option -x', 'unknown-option'],
    [['--resource'], '--resource needs a value', 'usage'],
    [['--resource='], '--resource needs a value', 'usage'],
    // Not "--synthetic" as the resource's name.
    [['--resource', '--synthetic'], '--resource needs a value', 'usage'],
    [['--synthetic=yes'], '--synthetic takes no value', 'usage'],
  ])('reports %j as "%s"', (args, message, problem) => {
    expect(read(args)).toEqual({ message, problem });
  });

  it('refuses positionals a script does not take', () => {
    expect(read(['stray'], { options: {} })).toEqual({
      message: 'unexpected argument stray',
      problem: 'usage',
    });
  });

  it('makes a script exit 2 with its own message on a bad argument', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', '--bogus'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('import: unknown option --bogus');
    expect(run.stderr).toContain('Usage: npm run import');
  });
});
