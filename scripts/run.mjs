// Runs one of the server scripts (`node scripts/run.mjs serve -- …`): from its TypeScript source
// through tsx when the devDependencies are installed (development: always the current code),
// else the copy `npm run build` compiled to dist/server (production after --omit=dev).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [name, ...args] = process.argv.slice(2);
if (!name || !/^[a-z-]+$/.test(name)) {
  process.stderr.write('Usage: node scripts/run.mjs <script> [args…]\n');
  process.exit(2);
}
const require = createRequire(path.join(process.cwd(), 'package.json'));
let tsx = null;
try {
  tsx = require.resolve('tsx/cli');
} catch {
  // Not installed: production.
}
const compiled = path.resolve('dist', 'server', `${name}.cjs`);
if (tsx) {
  // Development: the TypeScript source, in a child that gets this process's signals.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', `${name}.ts`), ...args], {
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 143)));
} else if (fs.existsSync(compiled)) {
  // Production: the compiled script runs in this process, so it gets signals itself.
  process.argv = [process.argv[0], compiled, ...args];
  require(compiled);
} else {
  process.stderr.write(
    `${name}: neither dist/server/${name}.cjs nor tsx to run scripts/${name}.ts; run \`npm run build\` with the devDependencies installed first\n`,
  );
  process.exit(1);
}
