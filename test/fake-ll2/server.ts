/**
 * A fake Launch Library 2 for tests: a real Node HTTP server on 127.0.0.1 (random port) that pages
 * like LL2 (`limit/offset`, `ordering`, `last_updated__gte`, `mode`, views), keeps LL2's sliding
 * rate-limit window and `/api-throttle/`, counts calls, and injects faults on demand.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { at } from '@/lib/ll2/read';
import type { WireRecord } from '@/lib/resources/types';

export type FaultKind =
  | '429'
  /** LL2's "Not found." (an endpoint removed or renamed). */
  | '404'
  | '500'
  | '503'
  /** Answers after `delayMs` (past the client's timeout). */
  | 'slow'
  /** 200 with a body that is not JSON. */
  | 'malformed'
  /** 200 with a Content-Length promising more than is sent before the socket closes. */
  | 'truncated'
  /** A normal page with one record mangled by `corrupt` (default: its id). */
  | 'invalid-record'
  /** 200 JSON that is not an LL2 page. */
  | 'invalid-page'
  /** The connection closes without an answer. */
  | 'drop';

export interface FaultRule {
  kind: FaultKind;
  /** How many matching requests it hits (default 1; `Infinity` until cleared). */
  times?: number;
  /** Matched against `pathname?search`; default every counted request. */
  match?: RegExp;
  retryAfterSecs?: number;
  delayMs?: number;
  corrupt?: (record: WireRecord) => WireRecord;
}

export interface RequestLogEntry {
  path: string;
  query: URLSearchParams;
  status: number;
  authorization: string | null;
  /** Fake-clock time the request arrived. */
  at: number;
  /** Counted against the rate limit (everything but `/api-throttle/` and throttled 429s). */
  counted: boolean;
  fault?: FaultKind;
}

export interface FakeLl2Options {
  /** Records per resource key (`launches`, `agencies`…). */
  data: Record<string, WireRecord[]>;
  /** Calls allowed per window without a token (default: effectively unlimited). */
  limit?: number;
  windowSecs?: number;
  /** With `Authorization: Token <token>` the limit is `tokenLimit`. */
  token?: string;
  tokenLimit?: number;
  /** Clock for the rate-limit window and the upcoming/previous views. */
  now?: () => number;
  /** Fixed port (manual runs); tests leave it out and get a random one. */
  port?: number;
  /** Runs before each counted request is answered (tests kill a sync from here). */
  onRequest?: (entry: {
    path: string;
    query: URLSearchParams;
    index: number;
  }) => void | Promise<void>;
}

export interface FakeLl2 {
  /** `http://127.0.0.1:<port>/2.3.0`, the value for LL2_API_BASE. */
  baseUrl: string;
  log: RequestLogEntry[];
  /** Counted calls so far. */
  readonly calls: number;
  /** 429s the rate limit itself had to give (a polite client never triggers one). */
  readonly throttled: number;
  /** Most requests ever open at once. */
  readonly maxConcurrent: number;
  data: Map<string, Map<string, WireRecord>>;
  fault(rule: FaultRule): void;
  clearFaults(): void;
  /** Adds or replaces a record. */
  upsert(resource: string, record: WireRecord): void;
  /** What a list request in `mode` returns for the whole resource, as one page. */
  page(
    resource: string,
    mode: string,
  ): { count: number; next: null; previous: null; results: WireRecord[] };
  /** Largest number of counted calls inside any window, for budget assertions. */
  peakWindowCalls(): number;
  close(): Promise<void>;
}

const VIEW_DAY_MS = 24 * 60 * 60 * 1000;

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

export async function startFakeLl2(options: FakeLl2Options): Promise<FakeLl2> {
  const now = options.now ?? Date.now;
  const windowMs = (options.windowSecs ?? 3600) * 1000;
  const data = new Map<string, Map<string, WireRecord>>();
  for (const [resource, records] of Object.entries(options.data)) {
    data.set(resource, new Map(records.map((r) => [String(r.id), r])));
  }
  const log: RequestLogEntry[] = [];
  let faults: (FaultRule & { left: number })[] = [];
  const stamps: number[] = [];
  let calls = 0;
  let throttled = 0;
  let open = 0;
  let maxConcurrent = 0;
  let peak = 0;

  const limitFor = (auth: string | null) =>
    options.token && auth === `Token ${options.token}`
      ? (options.tokenLimit ?? 1_000_000)
      : (options.limit ?? 1_000_000);
  const inWindow = () => stamps.filter((t) => t > now() - windowMs);
  const waitSecs = (limit: number) => {
    const recent = inWindow();
    if (recent.length < limit) return 0;
    const oldest = recent[recent.length - limit]!;
    return Math.max(1, Math.ceil((oldest + windowMs - now()) / 1000));
  };

  const served = (record: WireRecord, mode: string): WireRecord => ({
    ...record,
    response_mode: mode,
  });

  function listRecords(
    resource: string,
    view: string | null,
    query: URLSearchParams,
  ): WireRecord[] {
    let records = [...(data.get(resource)?.values() ?? [])];
    const gte = query.get('last_updated__gte');
    if (gte) {
      const min = Date.parse(gte);
      records = records.filter(
        (r) => typeof r.last_updated === 'string' && Date.parse(r.last_updated) >= min,
      );
    }
    const search = query.get('search')?.toLowerCase();
    if (search)
      records = records.filter((r) =>
        String(r.name ?? '')
          .toLowerCase()
          .includes(search),
      );
    for (const key of ['slug', 'name']) {
      const value = query.get(key);
      if (value !== null) records = records.filter((r) => r[key] === value);
    }
    if (view) {
      const cut =
        view === 'upcoming'
          ? now() - (query.get('hide_recent_previous') === 'true' ? 0 : VIEW_DAY_MS)
          : now();
      records = records.filter((r) => {
        const net = typeof r.net === 'string' ? Date.parse(r.net) : NaN;
        return view === 'upcoming' ? net >= cut : net < cut;
      });
    }
    const ordering = (
      query.get('ordering') ?? (view === 'previous' ? '-net' : view === 'upcoming' ? 'net' : 'id')
    )
      .split(',')
      .filter(Boolean);
    const key = (r: WireRecord, field: string) => {
      const v = at(r, field);
      return field === 'last_updated' || field === 'net'
        ? typeof v === 'string'
          ? Date.parse(v)
          : null
        : v;
    };
    records.sort((a, b) => {
      for (const term of ordering) {
        const desc = term.startsWith('-');
        const field = desc ? term.slice(1) : term;
        const c = compareValues(key(a, field), key(b, field));
        if (c !== 0) return desc ? -c : c;
      }
      return compareValues(a.id, b.id);
    });
    return records;
  }

  function pageUrl(req: URL, offset: number, limit: number): string {
    const next = new URL(req);
    next.searchParams.set('limit', String(limit));
    next.searchParams.set('offset', String(offset));
    return next.toString();
  }

  function takeFault(target: string): (FaultRule & { left: number }) | undefined {
    const rule = faults.find((f) => f.left > 0 && (!f.match || f.match.test(target)));
    if (rule) rule.left -= 1;
    faults = faults.filter((f) => f.left > 0);
    return rule;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, base: string) {
    const url = new URL(req.url ?? '/', base);
    const auth = req.headers.authorization ?? null;
    const entry: RequestLogEntry = {
      path: url.pathname,
      query: url.searchParams,
      status: 0,
      authorization: auth,
      at: now(),
      counted: false,
    };
    log.push(entry);
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      entry.status = status;
      if (res.destroyed) return;
      res.writeHead(status, {
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(body)),
        ...headers,
      });
      res.end(body);
    };
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] !== '2.3.0') return send(404, '{"detail":"Not found."}');
    const limit = limitFor(auth);

    if (parts[1] === 'api-throttle') {
      const used = inWindow().length;
      return send(
        200,
        JSON.stringify([
          {
            your_request_limit: limit,
            limit_frequency_secs: windowMs / 1000,
            current_use: used,
            next_use_secs: waitSecs(limit),
            ident: '127.0.0.1',
          },
        ]),
      );
    }

    const wait = waitSecs(limit);
    if (wait > 0) {
      throttled += 1;
      return send(
        429,
        JSON.stringify({ detail: `Request was throttled. Expected available in ${wait} seconds.` }),
        { 'Retry-After': String(wait) },
      );
    }
    const target = `${url.pathname}${url.search}`;
    const fault = takeFault(target);
    entry.fault = fault?.kind;
    if (fault?.kind === '429') {
      const secs = fault.retryAfterSecs ?? 2;
      return send(
        429,
        JSON.stringify({ detail: `Request was throttled. Expected available in ${secs} seconds.` }),
        { 'Retry-After': String(secs) },
      );
    }
    entry.counted = true;
    stamps.push(now());
    calls += 1;
    peak = Math.max(peak, inWindow().length);
    await options.onRequest?.({ path: url.pathname, query: url.searchParams, index: calls });

    switch (fault?.kind) {
      case '404':
        return send(404, '{"detail":"Not found."}');
      case '500':
      case '503':
        return send(Number(fault.kind), '<h1>Server Error</h1>', { 'Content-Type': 'text/html' });
      case 'slow':
        await new Promise((r) => setTimeout(r, fault.delayMs ?? 2000));
        break;
      case 'malformed':
        return send(200, '{"count": 3, "next": null, "results": [{"id": 1,');
      case 'invalid-page':
        return send(200, JSON.stringify({ detail: 'Something else entirely' }));
      case 'drop':
        entry.status = -1;
        req.socket.destroy();
        return;
      default:
    }

    const [, resource, third, fourth] = parts;
    if (!resource || !data.has(resource)) return send(404, '{"detail":"Not found."}');
    const mode = url.searchParams.get('mode') ?? 'normal';
    const view = third === 'upcoming' || third === 'previous' ? third : null;
    let body: string;
    if (third && !view) {
      if (fourth !== undefined) return send(404, '{"detail":"Not found."}');
      const record = data.get(resource)!.get(third);
      if (!record) return send(404, '{"detail":"Not found."}');
      body = JSON.stringify(served(record, mode));
    } else {
      const all = listRecords(resource, view, url.searchParams);
      const pageLimit = Math.min(
        100,
        Math.max(1, Number(url.searchParams.get('limit') ?? '10') || 10),
      );
      const offset = Math.max(0, Number(url.searchParams.get('offset') ?? '0') || 0);
      let results = all.slice(offset, offset + pageLimit).map((r) => served(r, mode));
      if (fault?.kind === 'invalid-record' && results.length > 0) {
        const corrupt =
          fault.corrupt ?? ((r: WireRecord) => ({ ...r, id: '??' }) as unknown as WireRecord);
        results = [corrupt(results[0]!), ...results.slice(1)];
      }
      body = JSON.stringify({
        count: all.length,
        next: offset + pageLimit < all.length ? pageUrl(url, offset + pageLimit, pageLimit) : null,
        previous: offset > 0 ? pageUrl(url, Math.max(0, offset - pageLimit), pageLimit) : null,
        results,
      });
    }
    if (fault?.kind === 'truncated') {
      entry.status = 200;
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(body)),
      });
      res.write(body.slice(0, Math.floor(body.length / 2)));
      setTimeout(() => res.destroy(), 10);
      return;
    }
    send(200, body);
  }

  const server = http.createServer((req, res) => {
    open += 1;
    maxConcurrent = Math.max(maxConcurrent, open);
    res.on('close', () => {
      open -= 1;
    });
    handle(req, res, `http://${req.headers.host ?? '127.0.0.1'}`).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500);
        res.end(String(error));
      }
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    baseUrl: `http://127.0.0.1:${port}/2.3.0`,
    log,
    get calls() {
      return calls;
    },
    get throttled() {
      return throttled;
    },
    get maxConcurrent() {
      return maxConcurrent;
    },
    data,
    fault(rule) {
      faults.push({ ...rule, left: rule.times ?? 1 });
    },
    clearFaults() {
      faults = [];
    },
    upsert(resource, record) {
      if (!data.has(resource)) data.set(resource, new Map());
      data.get(resource)!.set(String(record.id), record);
    },
    page(resource, mode) {
      const results = listRecords(resource, null, new URLSearchParams()).map((r) =>
        served(r, mode),
      );
      return { count: results.length, next: null, previous: null, results };
    },
    peakWindowCalls() {
      return peak;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
