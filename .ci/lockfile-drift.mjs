// Fails when `npm install` changed what the committed lockfile pins. Registries differ in which
// other platforms' optional binaries (swc, oxide, resolver bindings) they carry, and npm adds or
// drops those entries to match; that is not drift. Anything else is: a version, a resolved tarball
// or an integrity that moved, a required package that appeared or vanished, changed root deps.
// Usage: node .ci/lockfile-drift.mjs <committed-lockfile> <installed-lockfile>
import { readFileSync } from 'node:fs';

const [committedPath, installedPath] = process.argv.slice(2);
const read = (path) => JSON.parse(readFileSync(path, 'utf8')).packages ?? {};
const committed = read(committedPath);
const installed = read(installedPath);

const PINNED = ['version', 'resolved', 'integrity'];
const ROOT_DEPS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
const problems = [];
const tolerated = [];

for (const name of new Set([...Object.keys(committed), ...Object.keys(installed)])) {
  const before = committed[name];
  const after = installed[name];
  if (name === '') {
    for (const key of ROOT_DEPS) {
      if (JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key]))
        problems.push(`root ${key} differ`);
    }
  } else if (!before || !after) {
    const entry = before ?? after;
    const change = before ? 'dropped' : 'added';
    if (entry.optional) tolerated.push(`${change} optional ${name}`);
    else problems.push(`${change} required ${name}@${entry.version}`);
  } else {
    for (const key of PINNED) {
      if (before[key] && after[key] && before[key] !== after[key])
        problems.push(`${name}: ${key} ${before[key]} → ${after[key]}`);
    }
  }
}

if (tolerated.length > 0)
  console.log(`lockfile: ${tolerated.length} optional platform entries differ (not drift)`);
if (problems.length > 0) {
  console.error('package-lock.json drifted during install; commit an updated lockfile:');
  for (const line of problems) console.error(`  ${line}`);
  process.exit(1);
}
