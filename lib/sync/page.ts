import { ImportError, normaliseRecords } from '@/lib/import/normalise';
import { readPayload } from '@/lib/import/read-payload';
import type { IncomingRecord, Richness } from '@/lib/store/types';
import { advanceKeyset, withSkipped, type TaskState } from './cursor';
import type { SyncTask } from './plan';

export type PageOutcome =
  /** The response was not an LL2 page: the pass steps over it. */
  | { kind: 'unreadable'; reason: string; state: TaskState }
  | {
      kind: 'page';
      records: IncomingRecord[];
      /** Why each record that failed validation was left out. */
      invalid: string[];
      /** Top-level records kept. */
      kept: number;
      complete: boolean;
      state: TaskState;
    };

function stripSource(message: string, url: string): string {
  return message.startsWith(`${url}: `) ? message.slice(url.length + 2) : message;
}

/**
 * Validates a page through the file importer's normaliser. A record that fails is reported and
 * left out; the page's other records still land.
 */
function normalisePage(resource: string, raws: unknown[], richness: Richness, url: string) {
  try {
    return {
      records: normaliseRecords(resource, raws, { richness, source: url }).records,
      invalid: [] as string[],
    };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
  }
  const records: IncomingRecord[] = [];
  const invalid: string[] = [];
  raws.forEach((raw, index) => {
    try {
      records.push(...normaliseRecords(resource, [raw], { richness, source: url }).records);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      invalid.push(stripSource(error.message, url).replace('record #1', `record #${index + 1}`));
    }
  });
  return { records, invalid };
}

function field(raw: unknown, name: string): unknown {
  return raw !== null && typeof raw === 'object'
    ? (raw as Record<string, unknown>)[name]
    : undefined;
}

/**
 * Reads one fetched page of a task's pass: the records to write and the task state to write with
 * them (the cursor moved past the page, or the pass completed). Pure, so the runner can commit
 * both in one transaction.
 */
export function readPage(
  task: SyncTask,
  state: TaskState,
  response: { url: string; text: string },
  pageSize: number,
  at: string,
): PageOutcome {
  const pass = state.pass!;
  const keyset = task.sinceFilter !== null;
  const { url } = response;
  let payload;
  try {
    payload = readPayload(response.text, url);
    if (!payload.page) throw new ImportError(`${url}: not an LL2 page`);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const reason = stripSource(error.message, url);
    // Step over it; what it held comes again with a later --full pass or when it changes.
    const next = keyset
      ? { ...pass, skip: pass.skip + pageSize }
      : { ...pass, offset: pass.offset + pageSize };
    return {
      kind: 'unreadable',
      reason,
      state: { ...state, pass: next, skipped: withSkipped(state, [{ url, reason, at }]) },
    };
  }

  const page = payload.page;
  const { records, invalid } = normalisePage(task.resource, payload.records, payload.richness, url);
  const skipped = withSkipped(
    state,
    invalid.map((reason) => ({ url, reason, at })),
  );
  const position = keyset
    ? advanceKeyset(
        pass,
        payload.records.map((r) => field(r, task.def.lastUpdatedField!)),
      )
    : { since: null, skip: 0 };
  const complete = page.next === null || payload.records.length === 0;
  const kept = payload.records.length - invalid.length;
  const consumed = keyset ? pass.skip : pass.offset;
  const next: TaskState = complete
    ? {
        pass: null,
        cursor: keyset ? (position.since ?? state.cursor) : state.cursor,
        completedAt: at,
        skipped,
        failure: null,
      }
    : {
        ...state,
        failure: null,
        pass: {
          ...pass,
          ...position,
          offset: keyset ? 0 : pass.offset + pageSize,
          pages: pass.pages + 1,
          records: pass.records + kept,
          remaining: Math.max(0, page.count - consumed - payload.records.length),
        },
        skipped,
      };
  return { kind: 'page', records, invalid, kept, complete, state: next };
}
