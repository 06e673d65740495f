/**
 * `prestart`: builds the app when there is no production build yet, so `npm install && npm start`
 * works on a fresh clone. Respects NEXT_DIST_DIR, as next.config.js does.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { addCompileHints } from './compile-hints';

const distDir = process.env.NEXT_DIST_DIR || '.next';
const buildId = path.join(distDir, 'BUILD_ID');

if (fs.existsSync(path.resolve(buildId))) {
  process.stdout.write(`ensure-build: ${buildId} found; using that build\n`);
} else {
  process.stdout.write(`ensure-build: no ${buildId}; running next build\n`);
  // Next's own CLI through this Node, so neither PATH nor a shell matters.
  const nextBin = createRequire(path.join(process.cwd(), 'package.json')).resolve(
    'next/dist/bin/next',
  );
  const result = spawnSync(process.execPath, [nextBin, 'build'], {
    stdio: 'inherit',
    env: process.env,
  });
  if (result.error) {
    process.stderr.write(`ensure-build: could not start next build: ${result.error.message}\n`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
  if (!fs.existsSync(path.resolve(buildId))) {
    process.stderr.write(`ensure-build: next build finished without writing ${buildId}\n`);
    process.exit(1);
  }
  addCompileHints(distDir);
}
