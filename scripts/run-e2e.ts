/**
 * Runs the Playwright suite against a fresh copy of the embedded dataset, so earlier runs,
 * imports or syncs never change what the tests see.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dataDir = path.resolve(process.env.E2E_DATA_DIR ?? path.join('data', 'e2e'));
fs.rmSync(dataDir, { recursive: true, force: true });
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
process.exit(result.status ?? 1);
