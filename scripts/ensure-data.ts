/**
 * `prebuild` / `prestart`: makes sure the database exists and holds the embedded dataset, so a
 * fresh clone builds and starts with data and no setup. With DATABASE_URL it brings the
 * PostgreSQL schema up to date and loads the snapshot into an empty database. Prints one line.
 */
import path from 'node:path';
import { env } from '@/lib/env';
import { parseListQuery } from '@/lib/query/parse';
import { resourceList } from '@/lib/resources';
import { getServingStore } from '@/lib/store';
import { loadEmbeddedDatasetInto } from '@/lib/store/embedded';

async function main() {
  const store = getServingStore();
  if (store.kind === 'postgres') await loadEmbeddedDatasetInto(store);
  const counted = await Promise.all(
    resourceList.map(async (def) => [def, (await store.list(def, parseListQuery(def, {}).query)).count] as const),
  );
  const counts = counted
    .filter(([, count]) => count > 0)
    .map(([def, count]) => `${count} ${count === 1 ? def.singular.toLowerCase() : def.plural.toLowerCase()}`);
  const embedded = store.getMeta('embedded_dataset');
  await store.close();

  const file = path.relative(process.cwd(), env.DATABASE_FILE);
  const where = store.kind === 'postgres' ? redact(env.DATABASE_URL!) : file.startsWith('..') ? env.DATABASE_FILE : file;
  process.stdout.write(
    `ensure-data: ${where} ready (${counts.join(', ') || 'empty'}${embedded ? `; embedded dataset loaded ${embedded}` : ''})\n`,
  );
}

/** The database URL without its password, for a log line. */
function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

main().catch((error: unknown) => {
  process.stderr.write(`ensure-data: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
