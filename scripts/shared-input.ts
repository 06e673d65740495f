import fs from 'node:fs';
import path from 'node:path';

/**
 * The LL2 reference material that maintainer scripts rebuild committed data from lives in the
 * `shared` folder beside the checkout, which a user's clone does not have. Only these scripts
 * read it; nothing `npm start` or `npm test` runs does.
 */
export const SHARED_DIR = path.resolve(process.cwd(), '..', 'shared');

/** `location` when it exists; otherwise exits with a message naming the missing input. */
export function requireInput(script: string, what: string, location: string, how: string): string {
  if (fs.existsSync(location)) return location;
  process.stderr.write(`${script}: ${what} not found at ${location}\n  ${how}\n`);
  process.exit(2);
}

/** The hint for an input read from `../shared` by default. */
export const fromShared = (script: string, argument: string) =>
  `It is read from the LL2 reference folder beside the checkout (../shared), which a clone does ` +
  `not have; give its location instead: npm run ${script} -- ${argument}`;

const SHARED_SNAPSHOT = path.join(SHARED_DIR, 'll2', 'data', 'TiloHeidasch__launchschedule');

/**
 * The saved LL2 responses the synthetic generator takes real names from: `SYNTHETIC_POOL_DIR`,
 * else the reference folder's copy. Without it the generator's invented world is used, and said.
 */
export function syntheticPoolDir(script: string): string | undefined {
  const given = process.env.SYNTHETIC_POOL_DIR;
  if (given)
    return requireInput(
      script,
      'the LL2 snapshot named by SYNTHETIC_POOL_DIR',
      path.resolve(given),
      'Point SYNTHETIC_POOL_DIR at a folder of saved LL2 responses, or unset it for invented names.',
    );
  if (fs.existsSync(SHARED_SNAPSHOT)) return SHARED_SNAPSHOT;
  process.stderr.write(
    `${script}: no LL2 snapshot at ${SHARED_SNAPSHOT}: using invented names ` +
      `(set SYNTHETIC_POOL_DIR to a folder of saved LL2 responses for real ones)\n`,
  );
  return undefined;
}
