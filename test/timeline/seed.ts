import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The real LL2 docking events of seed 003, read in place (never copied into the repo). */
export function readSeedDockingEvents(): Record<string, unknown>[] {
  const file = path.resolve(__dirname, '../../../shared/seeds/003_d87d66eee62c9c95.txt');
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.indexOf('{');
  if (start === -1) throw new Error(`no JSON body in ${file}`);
  const body = JSON.parse(lines.slice(start).join('\n')) as { results: Record<string, unknown>[] };
  return body.results;
}
