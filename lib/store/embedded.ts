import fs from 'node:fs';
import path from 'node:path';
import { importFile } from '@/lib/import/importer';
import type { SqliteStore } from './sqlite-store';

/** The embedded default dataset: the five LL2 seed pages, converted to 2.3.0 by `npm run data:seed`. */
export const EMBEDDED_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), 'data', 'seed');

export function loadEmbeddedDataset(store: SqliteStore, dir = EMBEDDED_DIR): number {
  if (!fs.existsSync(dir)) return 0;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  let records = 0;
  for (const file of files) records += importFile(store, path.join(dir, file)).records;
  store.setMeta('embedded_dataset', new Date().toISOString());
  return records;
}
