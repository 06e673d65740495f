// `postbuild`: compiles the server-side scripts (npm start's front server and start-up checks,
// the sync and the importer) to plain JavaScript under dist/server, so production runs them
// with Node alone after `npm install --omit=dev` (tsx, which runs them in development, is a
// devDependency). Packages stay external: they are dependencies, installed in production.
import { build } from 'esbuild';

export const SERVER_SCRIPTS = ['serve', 'ensure-data', 'ensure-build', 'sync', 'import'];

await build({
  entryPoints: SERVER_SCRIPTS.map((name) => `scripts/${name}.ts`),
  outdir: 'dist/server',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  tsconfig: 'tsconfig.json',
  sourcemap: 'linked',
  logLevel: 'warning',
  // compile-hints.ts runs its CLI only when it is the entry (import.meta.url); bundled, it is not.
  logOverride: { 'empty-import-meta': 'silent' },
});
process.stdout.write(`build-server: compiled ${SERVER_SCRIPTS.join(', ')} to dist/server\n`);
