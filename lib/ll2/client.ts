import { z } from 'zod';

/**
 * The one way this app talks to The Space Devs' API. LL2 allows 15 calls an hour per IP without
 * a key, so every call goes through here: one request at a time, a budget read from the free
 * `/api-throttle/` endpoint, waits instead of 429s, and retries that back off.
 */

/**
 * `unreachable`: no connection could be made (refused, unknown host), so it holds for every
 * endpoint alike; `network`: a connection was made and then dropped or cut short.
 */
export type Ll2ErrorKind =
  | 'http'
  | 'timeout'
  | 'network'
  | 'unreachable'
  | 'rate-limited'
  | 'budget'
  | 'invalid'
  | 'aborted';

/** System error codes meaning the host could not be reached at all, whatever the path. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

export class Ll2Error extends Error {
  constructor(
    readonly kind: Ll2ErrorKind,
    /** The request URL (never holds the token, which travels in a header). */
    readonly url: string,
    message: string,
    readonly status?: number,
    /** For `rate-limited` and `budget`: how long until LL2 takes calls again. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'Ll2Error';
  }
}

export interface Budget {
  /** Calls allowed per window (`your_request_limit`). */
  limit: number;
  windowSecs: number;
  /** Calls made in the current window, LL2's count plus ours since it was read. */
  used: number;
  reserve: number;
  /** Calls we may still make now. */
  left: number;
  /** Seconds until LL2 takes another call, as it last said. */
  nextUseSecs: number;
  /** False when `/api-throttle/` could not be read and the anonymous default is assumed. */
  known: boolean;
}

export type ClientEvent =
  | { type: 'response'; url: string; status: number; ms: number }
  | { type: 'retry'; url: string; attempt: number; delayMs: number; reason: string }
  | { type: 'wait'; reason: 'budget' | 'retry-after'; remainingMs: number; totalMs: number }
  | { type: 'throttle'; budget: Budget }
  | { type: 'warning'; message: string };

export interface Ll2ClientOptions {
  /** `https://ll.thespacedevs.com/2.3.0`, no trailing slash needed. */
  baseUrl: string;
  token?: string;
  timeoutMs: number;
  /** Calls per window left unspent for other users of the same IP or key. */
  reserve: number;
  /** `wait` (sync) sleeps until the window reopens; `fail` (live pages) throws at once. */
  whenExhausted: 'wait' | 'fail';
  /** Retries after a 5xx, a timeout or a dropped connection. */
  maxRetries?: number;
  /** Retries after a 429 (only in `wait` mode). */
  maxRateLimitRetries?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** How often to re-read `/api-throttle/` while the local count says calls are left. */
  throttleRefreshMs?: number;
  userAgent?: string;
  onEvent?: (event: ClientEvent) => void;
  fetch?: typeof fetch;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  /** Countdown granularity while waiting for the window. */
  tickMs?: number;
}

export interface Ll2Response {
  url: string;
  status: number;
  text: string;
}

const throttleEntry = z.looseObject({
  your_request_limit: z.number().int().nonnegative(),
  limit_frequency_secs: z.number().nonnegative(),
  current_use: z.number().int().nonnegative(),
  next_use_secs: z.number().nonnegative(),
});
const throttleSchema = z.union([z.array(throttleEntry).min(1), throttleEntry]);

/** LL2's documented anonymous allowance, assumed when `/api-throttle/` cannot be read. */
const ANONYMOUS = { limit: 15, windowSecs: 3600 };

export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** `Retry-After` as seconds or an HTTP date; LL2's body ("available in 37 seconds") as fallback. */
export function parseRetryAfter(header: string | null, body: string, now: number): number | null {
  if (header) {
    const trimmed = header.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
    const date = Date.parse(trimmed);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const m = /available in (\d+(?:\.\d+)?) seconds?/i.exec(body);
  return m ? Math.ceil(Number(m[1]) * 1000) : null;
}

interface ThrottleState {
  limit: number;
  windowSecs: number;
  used: number;
  nextUseSecs: number;
  readAt: number;
  known: boolean;
}

export class Ll2Client {
  private readonly base: string;
  private readonly fetchImpl: typeof fetch;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly random: () => number;
  private queue: Promise<unknown> = Promise.resolve();
  private throttleState: ThrottleState | null = null;
  private blockedUntil = 0;
  private readonly listeners = new Set<(event: ClientEvent) => void>();
  /** Calls that counted against the budget (throttle reads are free, refused ones never arrived). */
  calls = 0;

  constructor(private readonly options: Ll2ClientOptions) {
    this.base = options.baseUrl.replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? defaultSleep;
    this.random = options.random ?? Math.random;
  }

  /** The absolute URL of an API path (`agencies/`) with its parameters. */
  url(path: string, params: [string, string][] = []): string {
    const search = new URLSearchParams(params).toString();
    return `${this.base}/${path.replace(/^\/+/, '')}${search ? `?${search}` : ''}`;
  }

  /** GETs an API path; resolves with a 2xx body, throws `Ll2Error` otherwise. */
  get(path: string, params: [string, string][] = [], signal?: AbortSignal): Promise<Ll2Response> {
    const url = this.url(path, params);
    return this.enqueue(() => this.request(url, signal));
  }

  /** Like `get`, parsing the body; a body that is not JSON is an `invalid` error. */
  async getJson(
    path: string,
    params: [string, string][] = [],
    signal?: AbortSignal,
  ): Promise<{ url: string; body: unknown }> {
    const response = await this.get(path, params, signal);
    try {
      return { url: response.url, body: JSON.parse(response.text) as unknown };
    } catch (error) {
      throw new Ll2Error(
        'invalid',
        response.url,
        `${response.url}: response is not valid JSON (${(error as Error).message})`,
      );
    }
  }

  /** Reads `/api-throttle/` now (free) and returns the budget. */
  refreshBudget(signal?: AbortSignal): Promise<Budget> {
    return this.enqueue(async () => {
      await this.readThrottle(signal);
      return this.budget();
    });
  }

  /** The budget as far as we know it, without calling. */
  budget(): Budget {
    const s = this.throttleState ?? {
      ...ANONYMOUS,
      used: 0,
      nextUseSecs: 0,
      readAt: 0,
      known: false,
    };
    return {
      limit: s.limit,
      windowSecs: s.windowSecs,
      used: s.used,
      reserve: this.options.reserve,
      left: this.left(),
      nextUseSecs: s.nextUseSecs,
      known: s.known,
    };
  }

  private left(): number {
    const s = this.throttleState;
    if (!s || this.blockedUntil > this.now()) return 0;
    return Math.max(0, s.limit - this.options.reserve - s.used);
  }

  /** Never more than one request in flight: each call starts when the previous one settled. */
  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Listens to waits, retries and responses (progress display); returns the unsubscribe. */
  subscribe(listener: (event: ClientEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: ClientEvent): void {
    this.options.onEvent?.(event);
    for (const listener of this.listeners) listener(event);
  }

  private headers(): Record<string, string> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'User-Agent': this.options.userAgent ?? 'orbit-index',
    };
    if (this.options.token) headers.Authorization = `Token ${this.options.token}`;
    return headers;
  }

  private async readThrottle(signal?: AbortSignal): Promise<void> {
    const url = this.url('api-throttle/');
    try {
      const response = await this.once(url, signal);
      if (response.status < 200 || response.status >= 300)
        throw new Error(`HTTP ${response.status}`);
      const parsed = throttleSchema.parse(JSON.parse(response.text));
      const entry = Array.isArray(parsed) ? parsed[0]! : parsed;
      this.throttleState = {
        limit: entry.your_request_limit,
        windowSecs: entry.limit_frequency_secs,
        used: entry.current_use,
        nextUseSecs: entry.next_use_secs,
        readAt: this.now(),
        known: true,
      };
    } catch (error) {
      if (error instanceof Ll2Error && error.kind === 'aborted') throw error;
      const reason = error instanceof Error ? error.message : String(error);
      this.emit({
        type: 'warning',
        message: `could not read ${url} (${reason}); assuming ${this.throttleState ? 'the last known budget' : `the anonymous limit of ${ANONYMOUS.limit} calls an hour`}`,
      });
      this.throttleState = this.throttleState
        ? { ...this.throttleState, readAt: this.now() }
        : { ...ANONYMOUS, used: 0, nextUseSecs: 0, readAt: this.now(), known: false };
    }
    this.emit({ type: 'throttle', budget: this.budget() });
  }

  /** Waits (or, for pages, fails) until the budget allows one more call. */
  private async ensureBudget(url: string, signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.now();
      if (this.blockedUntil > now) {
        const waitMs = this.blockedUntil - now;
        if (this.options.whenExhausted === 'fail') {
          throw new Ll2Error(
            'budget',
            url,
            `LL2 call budget spent; next call allowed in ${Math.ceil(waitMs / 1000)} s`,
            undefined,
            waitMs,
          );
        }
        await this.wait(waitMs, 'budget', signal);
        continue;
      }
      const s = this.throttleState;
      const refreshMs = this.options.throttleRefreshMs ?? 10 * 60_000;
      if (!s || this.left() <= 0 || now - s.readAt > refreshMs) await this.readThrottle(signal);
      if (this.left() > 0) return;
      const state = this.throttleState!;
      // LL2 frees calls one by one as old ones leave its window; without a hint, poll at that pace.
      const hintMs =
        state.nextUseSecs > 0
          ? state.nextUseSecs * 1000
          : (state.windowSecs / Math.max(1, state.limit)) * 1000;
      this.blockedUntil = this.now() + Math.max(1000, hintMs);
    }
  }

  /** Sleeps in short steps so the caller can show a countdown. */
  private async wait(
    ms: number,
    reason: 'budget' | 'retry-after',
    signal?: AbortSignal,
  ): Promise<void> {
    const until = this.now() + ms;
    for (;;) {
      const remaining = until - this.now();
      if (remaining <= 0) return;
      this.emit({ type: 'wait', reason, remainingMs: remaining, totalMs: ms });
      await this.sleepOrAbort(Math.min(remaining, this.options.tickMs ?? 1000), signal);
    }
  }

  private async sleepOrAbort(ms: number, signal?: AbortSignal): Promise<void> {
    try {
      await this.sleep(ms, signal);
    } catch (error) {
      if (signal?.aborted) throw new Ll2Error('aborted', '', 'interrupted');
      throw error;
    }
  }

  private backoff(attempt: number): number {
    const base = this.options.backoffBaseMs ?? 1000;
    const cap = this.options.backoffMaxMs ?? 60_000;
    const ceiling = Math.min(cap, base * 2 ** (attempt - 1));
    // "Equal jitter": never less than half the step, so retries spread out but still back off.
    return Math.round(ceiling / 2 + this.random() * (ceiling / 2));
  }

  private async request(url: string, signal?: AbortSignal): Promise<Ll2Response> {
    const maxRetries = this.options.maxRetries ?? 4;
    const maxRateLimited = this.options.maxRateLimitRetries ?? 3;
    let failures = 0;
    let rateLimited = 0;
    for (;;) {
      if (signal?.aborted) throw new Ll2Error('aborted', url, 'interrupted');
      await this.ensureBudget(url, signal);
      if (this.throttleState) this.throttleState.used += 1;
      this.calls += 1;
      let failure: Ll2Error;
      try {
        const response = await this.once(url, signal);
        if (response.status >= 200 && response.status < 300) return response;
        if (response.status === 429) {
          const retryAfterMs =
            parseRetryAfter(response.retryAfter, response.text, this.now()) ?? 60_000;
          this.blockedUntil = this.now() + retryAfterMs;
          rateLimited += 1;
          if (this.options.whenExhausted === 'fail' || rateLimited > maxRateLimited) {
            throw new Ll2Error(
              'rate-limited',
              url,
              `${url}: HTTP 429, retry after ${Math.ceil(retryAfterMs / 1000)} s`,
              429,
              retryAfterMs,
            );
          }
          await this.wait(retryAfterMs, 'retry-after', signal);
          // Our count was wrong (someone else shares the IP or key): start again from LL2's.
          this.blockedUntil = 0;
          this.throttleState = null;
          continue;
        }
        failure = new Ll2Error('http', url, `${url}: HTTP ${response.status}`, response.status);
        if (response.status < 500) throw failure;
      } catch (error) {
        if (
          !(error instanceof Ll2Error) ||
          ['aborted', 'rate-limited', 'budget'].includes(error.kind)
        )
          throw error;
        if (error.kind === 'http' && (error.status ?? 0) < 500) throw error;
        if (error.kind === 'unreachable') {
          // It never reached LL2, so LL2 did not count it: neither do we.
          if (this.throttleState)
            this.throttleState.used = Math.max(0, this.throttleState.used - 1);
          this.calls -= 1;
        }
        failure = error;
      }
      failures += 1;
      if (failures > maxRetries) {
        if (failures === 1) throw failure;
        throw new Ll2Error(
          failure.kind,
          url,
          `${failure.message} (${failures} tries)`,
          failure.status,
          failure.retryAfterMs,
        );
      }
      const delayMs = this.backoff(failures);
      this.emit({ type: 'retry', url, attempt: failures, delayMs, reason: failure.message });
      await this.sleepOrAbort(delayMs, signal);
    }
  }

  /** One HTTP exchange, body included, bounded by the timeout. */
  private async once(
    url: string,
    signal?: AbortSignal,
  ): Promise<Ll2Response & { retryAfter: string | null }> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.timeoutMs);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const started = this.now();
    try {
      const response = await this.fetchImpl(url, {
        headers: this.headers(),
        signal: controller.signal,
      });
      const text = await response.text();
      this.emit({ type: 'response', url, status: response.status, ms: this.now() - started });
      return {
        url,
        status: response.status,
        text,
        retryAfter: response.headers.get('retry-after'),
      };
    } catch (error) {
      if (signal?.aborted) throw new Ll2Error('aborted', url, 'interrupted');
      if (timedOut)
        throw new Ll2Error(
          'timeout',
          url,
          `${url}: no complete answer within ${this.options.timeoutMs} ms`,
        );
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      const code = (cause as { code?: unknown } | null)?.code;
      const text = cause instanceof Error ? cause.message || String(code ?? '') : String(cause);
      throw new Ll2Error(
        typeof code === 'string' && UNREACHABLE_CODES.has(code) ? 'unreachable' : 'network',
        url,
        `${url}: connection failed (${text})`,
      );
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }
}
