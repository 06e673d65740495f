import { parseArgs, type ParseArgsConfig } from 'node:util';

export type ArgsConfig = Omit<ParseArgsConfig, 'args' | 'strict' | 'tokens'> & {
  options: NonNullable<ParseArgsConfig['options']>;
};

/**
 * Reads the command line with `node:util` parseArgs in strict mode. Its errors are worded for
 * Node's own tools ("Unknown option '--x'. To specify a positional argument starting with a '-',
 * …"), so the arguments are first walked as tokens and a problem is reported through `fail` in
 * the words our scripts use: "unknown option --x", "--x needs a value".
 */
export function readArgs<T extends ArgsConfig>(
  config: T,
  fail: (message: string, problem: 'unknown-option' | 'usage') => never,
  args: string[] = process.argv.slice(2),
) {
  const { tokens } = parseArgs({ ...config, args, strict: false, tokens: true });
  for (const token of tokens ?? []) {
    if (token.kind === 'positional' && !config.allowPositionals)
      fail(`unexpected argument ${token.value}`, 'usage');
    if (token.kind !== 'option') continue;
    const option = config.options[token.name];
    if (!option) fail(`unknown option ${token.rawName}`, 'unknown-option');
    // `--out --seed 1` would otherwise read "--seed" as the file name.
    const missing = !token.value || (!token.inlineValue && token.value.startsWith('-'));
    if (option.type === 'string' && missing) fail(`${token.rawName} needs a value`, 'usage');
    if (option.type === 'boolean' && token.value !== undefined)
      fail(`${token.rawName} takes no value`, 'usage');
  }
  return parseArgs({ ...config, args, strict: true });
}
