import type http from 'node:http';
import { isIPv6 } from 'node:net';
import { LRUCache } from 'lru-cache';

/**
 * Per-client limits on the work a client can make the server do. A cache hit costs a lookup and
 * a write, so hits are never counted; a miss costs tens of milliseconds of CPU (a render, or an
 * API query), and one client asking for unique URLs over many connections could otherwise take
 * every core while other readers wait. Each client gets two token buckets, one for page renders
 * and one for API calls, and a cap on the misses it has in progress at once. The defaults are
 * far above what a person reading the site does (a page every few seconds, plus the router's
 * prefetches).
 */

export type Budget = 'render' | 'api';

export interface RateLimitSettings {
  /** Renders a client may start per minute, sustained, and at once after a pause. */
  rendersPerMinute: number;
  renderBurst: number;
  apiPerMinute: number;
  apiBurst: number;
  /** Misses one client may have in progress at once. */
  concurrent: number;
  /** Clients remembered at once; the least recently seen are forgotten first (memory bound). */
  maxClients: number;
}

export type Admission =
  | { ok: true; release: () => void }
  | { ok: false; retryAfterSeconds: number; reason: 'rate' | 'concurrency' };

interface Bucket {
  tokens: number;
  at: number;
}
interface ClientState {
  render: Bucket;
  api: Bucket;
  active: number;
}

export class ClientLimiter {
  private readonly clients: LRUCache<string, ClientState>;

  constructor(
    private readonly settings: RateLimitSettings,
    /** Milliseconds, monotonic. */
    private readonly now: () => number = () => performance.now(),
  ) {
    this.clients = new LRUCache({ max: Math.max(1, settings.maxClients) });
  }

  /** Starts a miss for a client, or says how long it should wait. Call `release` when done. */
  admit(client: string, budget: Budget): Admission {
    const now = this.now();
    let state = this.clients.get(client);
    if (!state) {
      state = {
        render: { tokens: this.settings.renderBurst, at: now },
        api: { tokens: this.settings.apiBurst, at: now },
        active: 0,
      };
      this.clients.set(client, state);
    }
    if (state.active >= this.settings.concurrent)
      return { ok: false, retryAfterSeconds: 1, reason: 'concurrency' };
    const [perMinute, burst] =
      budget === 'api'
        ? [this.settings.apiPerMinute, this.settings.apiBurst]
        : [this.settings.rendersPerMinute, this.settings.renderBurst];
    const bucket = state[budget];
    const perMs = perMinute / 60_000;
    bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    if (bucket.tokens < 1) {
      const waitMs = perMs > 0 ? (1 - bucket.tokens) / perMs : 3_600_000;
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
        reason: 'rate',
      };
    }
    bucket.tokens -= 1;
    state.active += 1;
    const held = state;
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        held.active -= 1;
      },
    };
  }

  get size(): number {
    return this.clients.size;
  }
}

/** An IPv6 client is its /64: one host usually holds the whole prefix and can pick any address in it. */
function clientOfAddress(address: string): string {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (v4) return v4[1]!;
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * Who a request counts against: the socket's address, or, behind `trustedProxies` proxies that
 * each append the address they were connected from to X-Forwarded-For, the first address not
 * written by one of them (a client can put anything at the start of the header, but not after
 * what the proxies append). With no trusted proxy the header is ignored.
 */
export function clientKey(req: http.IncomingMessage, trustedProxies: number): string {
  const socket = req.socket.remoteAddress ?? '';
  if (trustedProxies <= 0) return clientOfAddress(socket);
  const header = req.headers['x-forwarded-for'];
  const hops = [header ?? '']
    .flat()
    .join(',')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  const chain = [...hops, socket];
  const client = chain[Math.max(0, chain.length - 1 - trustedProxies)]!;
  // Whatever the proxies wrote, a key stays short.
  return clientOfAddress(client.slice(0, 64));
}
