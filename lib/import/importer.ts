import fs from 'node:fs';
import path from 'node:path';
import type { Store, WriteSummary } from '@/lib/store/types';
import { ImportError, normaliseRecords } from './normalise';
import { readPayload } from './read-payload';

export interface FileImportResult extends WriteSummary {
  file: string;
  resource: string;
  records: number;
  nested: number;
  skippedNested: number;
}

export interface ImportOptions {
  /** Force the resource when neither the payload nor the file name tells it. */
  resource?: string;
  synthetic?: boolean;
}

/**
 * Imports one file in one transaction: every record of it lands, or none does and the store is
 * exactly as before. Re-importing the same file changes nothing.
 */
export function importFile(store: Store, file: string, options: ImportOptions = {}): FileImportResult {
  const text = fs.readFileSync(file, 'utf8');
  const payload = readPayload(text, file);
  const resource = options.resource ?? payload.resource;
  if (!resource) throw new ImportError(`${file}: cannot tell which resource this is; pass --resource`);
  const { records, skippedNested } = normaliseRecords(resource, payload.records, {
    richness: payload.richness,
    source: file,
    synthetic: options.synthetic,
  });
  const summary = store.write(records);
  return {
    file,
    resource,
    records: payload.records.length,
    nested: records.length - payload.records.length,
    skippedNested,
    ...summary,
  };
}

/** Expands files and directories (recursively) into the importable files, in a stable order. */
export function expandPaths(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    const stat = fs.statSync(input);
    if (stat.isDirectory()) {
      const children = fs.readdirSync(input).sort().map((name) => path.join(input, name));
      files.push(...expandPaths(children.filter((c) => fs.statSync(c).isDirectory() || /\.(json|txt)$/i.test(c) && !/readme/i.test(c))));
    } else {
      files.push(input);
    }
  }
  return files;
}

export interface ImportRun {
  results: FileImportResult[];
  failures: { file: string; error: string }[];
}

/** Imports many files; a bad file is reported and skipped, and the others still land. */
export function importPaths(
  store: Store,
  inputs: string[],
  options: ImportOptions & { onProgress?: (done: number, total: number, file: string) => void } = {},
): ImportRun {
  const files = expandPaths(inputs);
  const run: ImportRun = { results: [], failures: [] };
  files.forEach((file, i) => {
    options.onProgress?.(i, files.length, file);
    try {
      run.results.push(importFile(store, file, options));
    } catch (error) {
      if (!(error instanceof ImportError) && !(error instanceof SyntaxError)) throw error;
      run.failures.push({ file, error: error.message });
    }
  });
  options.onProgress?.(files.length, files.length, '');
  return run;
}
