/**
 * `prebuild` / `prestart`: makes sure the database exists and holds the embedded dataset, so a
 * fresh clone builds and starts with data and no setup. Prints one line.
 */
import path from 'node:path';
import { env } from '@/lib/env';
import { parseListQuery } from '@/lib/query/parse';
import { resourceList } from '@/lib/resources';
import { getStore } from '@/lib/store';

const store = getStore();
const counts = resourceList
  .map((def) => [def, store.list(def, parseListQuery(def, {}).query).count] as const)
  .filter(([, count]) => count > 0)
  .map(
    ([def, count]) =>
      `${count} ${count === 1 ? def.singular.toLowerCase() : def.plural.toLowerCase()}`,
  );
const embedded = store.getMeta('embedded_dataset');
store.close();

const file = path.relative(process.cwd(), env.DATABASE_FILE);
const where = file.startsWith('..') ? env.DATABASE_FILE : file;
process.stdout.write(
  `ensure-data: ${where} ready (${counts.join(', ') || 'empty'}${embedded ? `; embedded dataset loaded ${embedded}` : ''})\n`,
);
