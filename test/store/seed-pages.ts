import fs from 'node:fs';
import path from 'node:path';
import { importFile, importFileInto } from '@/lib/import/importer';
import type { SqliteStore } from '@/lib/store/sqlite-store';
import type { AsyncStore } from '@/lib/store/types';

/** The five LL2 seed pages, converted to 2.3.0 (`npm run data:seed`): small, exact fixtures. */
export const SEED_PAGES_DIR = path.join(process.cwd(), 'data', 'seed');

/** Imports the seed pages into `store`, as the importer would; returns the records read. */
export function loadSeedPages(store: SqliteStore, dir = SEED_PAGES_DIR): number {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  let records = 0;
  for (const file of files) records += importFile(store, path.join(dir, file)).records;
  store.setMeta('embedded_dataset', 'seed pages loaded by a test');
  return records;
}

/** `loadSeedPages` into either store. */
export async function loadSeedPagesInto(store: AsyncStore, dir = SEED_PAGES_DIR): Promise<number> {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  let records = 0;
  for (const file of files) records += (await importFileInto(store, path.join(dir, file))).records;
  await store.write([], { embedded_dataset: 'seed pages loaded by a test' });
  return records;
}
