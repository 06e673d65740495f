import fs from 'node:fs';
import path from 'node:path';
import { getResource } from '@/lib/resources';
import type { AsyncStore, IncomingRecord, Store, WriteSummary } from '@/lib/store/types';
import { ImportError, normaliseRecords } from './normalise';
import { readPayload } from './read-payload';

/** A file of an LL2 resource we do not store (astronauts, launcher configurations). */
export class UnsupportedResourceError extends ImportError {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedResourceError';
  }
}

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

/** A file read and normalised into store writes, not yet written. */
export interface PreparedImport {
  file: string;
  resource: string;
  writes: IncomingRecord[];
  records: number;
  skippedNested: number;
}

/** Reads one file of LL2 responses into the writes that import it. */
export function prepareImport(file: string, options: ImportOptions = {}): PreparedImport {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ImportError(`${file}: cannot read it (${(error as Error).message})`);
  }
  const payload = readPayload(text, file);
  const resource = options.resource ?? payload.resource;
  if (!resource) throw new ImportError(`${file}: cannot tell which resource this is; pass --resource`);
  if (!getResource(resource)) {
    if (options.resource) throw new ImportError(`${file}: unknown resource ${resource}`);
    throw new UnsupportedResourceError(`${file}: holds LL2 ${resource}, which Orbit Index does not store`);
  }
  const { records, skippedNested } = normaliseRecords(resource, payload.records, {
    richness: payload.richness,
    source: file,
    synthetic: options.synthetic,
  });
  return { file, resource, writes: records, records: payload.records.length, skippedNested };
}

function result(prepared: PreparedImport, summary: WriteSummary): FileImportResult {
  const { file, resource, records, skippedNested, writes } = prepared;
  return { file, resource, records, nested: writes.length - records, skippedNested, ...summary };
}

/**
 * Imports one file in one transaction: every record of it lands, or none does and the store is
 * exactly as before. Re-importing the same file changes nothing.
 */
export function importFile(store: Store, file: string, options: ImportOptions = {}): FileImportResult {
  const prepared = prepareImport(file, options);
  return result(prepared, store.write(prepared.writes));
}

/** `importFile` into a store whose writes are awaited (PostgreSQL). */
export async function importFileInto(store: AsyncStore, file: string, options: ImportOptions = {}): Promise<FileImportResult> {
  const prepared = prepareImport(file, options);
  return result(prepared, await store.write(prepared.writes));
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
  /** Files of LL2 resources Orbit Index does not store; not failures. */
  skipped: { file: string; reason: string }[];
}

export type ImportPathsOptions = ImportOptions & { onProgress?: (done: number, total: number, file: string, run: ImportRun) => void };

/** Files that are not LL2 responses are reported and skipped; anything else is thrown. */
function recordFailure(run: ImportRun, file: string, error: unknown): void {
  if (error instanceof UnsupportedResourceError) run.skipped.push({ file, reason: error.message });
  else if (error instanceof ImportError || error instanceof SyntaxError) run.failures.push({ file, error: error.message });
  else throw error;
}

/** Imports many files; a bad file is reported and skipped, and the others still land. */
export function importPaths(store: Store, inputs: string[], options: ImportPathsOptions = {}): ImportRun {
  const files = expandPaths(inputs);
  const run: ImportRun = { results: [], failures: [], skipped: [] };
  files.forEach((file, i) => {
    options.onProgress?.(i, files.length, file, run);
    try {
      run.results.push(importFile(store, file, options));
    } catch (error) {
      recordFailure(run, file, error);
    }
  });
  options.onProgress?.(files.length, files.length, '', run);
  return run;
}

/** `importPaths` into a store whose writes are awaited (PostgreSQL). */
export async function importPathsInto(store: AsyncStore, inputs: string[], options: ImportPathsOptions = {}): Promise<ImportRun> {
  const files = expandPaths(inputs);
  const run: ImportRun = { results: [], failures: [], skipped: [] };
  for (const [i, file] of files.entries()) {
    options.onProgress?.(i, files.length, file, run);
    try {
      run.results.push(await importFileInto(store, file, options));
    } catch (error) {
      recordFailure(run, file, error);
    }
  }
  options.onProgress?.(files.length, files.length, '', run);
  return run;
}
