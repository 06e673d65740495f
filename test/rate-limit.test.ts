import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEnv } from '@/lib/env';
import { createFrontServer } from '@/lib/page-cache/front-server';
import { ClientLimiter, clientKey, type RateLimitSettings } from '@/lib/page-cache/rate-limit';
import { MAX_QUERY_PARAMETERS, MAX_URL_LENGTH } from '@/lib/page-cache/request-hygiene';
import { versionFile } from '@/lib/store/version-file';

const SETTINGS: RateLimitSettings = {
  rendersPerMinute: 60,
  renderBurst: 10,
  apiPerMinute: 60,
  apiBurst: 5,
  concurrent: 3,
  maxClients: 1000,
};

describe('ClientLimiter', () => {
  it('allows a burst, then one render per refill interval, and says how long to wait', () => {
    let now = 0;
    const limiter = new ClientLimiter(SETTINGS, () => now);
    for (let i = 0; i < 10; i++) {
      const admission = limiter.admit('a', 'render');
      expect(admission.ok).toBe(true);
      if (admission.ok) admission.release();
    }
    expect(limiter.admit('a', 'render')).toEqual({
      ok: false,
      retryAfterSeconds: 1,
      reason: 'rate',
    });
    // Another client, and the same client's API budget, are untouched.
    expect(limiter.admit('b', 'render').ok).toBe(true);
    expect(limiter.admit('a', 'api').ok).toBe(true);
    now += 1000;
    expect(limiter.admit('a', 'render').ok).toBe(true);
    expect(limiter.admit('a', 'render').ok).toBe(false);
  });

  it('caps the misses one client has in progress', () => {
    const limiter = new ClientLimiter({ ...SETTINGS, renderBurst: 100 }, () => 0);
    const held = [1, 2, 3].map(() => limiter.admit('a', 'render'));
    expect(held.every((a) => a.ok)).toBe(true);
    expect(limiter.admit('a', 'render')).toMatchObject({ ok: false, reason: 'concurrency' });
    const first = held[0]!;
    if (first.ok) first.release();
    expect(limiter.admit('a', 'render').ok).toBe(true);
  });

  it('remembers a bounded number of clients', () => {
    const limiter = new ClientLimiter({ ...SETTINGS, maxClients: 100 }, () => 0);
    for (let i = 0; i < 1000; i++) limiter.admit(`client ${i}`, 'render');
    expect(limiter.size).toBe(100);
  });
});

describe('clientKey', () => {
  const request = (remoteAddress: string, forwardedFor?: string) =>
    ({
      socket: { remoteAddress },
      headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    }) as unknown as http.IncomingMessage;

  it('is the socket address unless proxies are trusted', () => {
    expect(clientKey(request('::ffff:203.0.113.9', '198.51.100.1'), 0)).toBe('203.0.113.9');
  });

  it('behind trusted proxies, is the first address none of them wrote', () => {
    // The client forged the first entry; the proxy appended the address it saw.
    expect(clientKey(request('10.0.0.2', '1.2.3.4, 198.51.100.7'), 1)).toBe('198.51.100.7');
    expect(clientKey(request('10.0.0.2', '1.2.3.4, 198.51.100.7, 10.0.0.1'), 2)).toBe(
      '198.51.100.7',
    );
    expect(clientKey(request('10.0.0.2'), 1)).toBe('10.0.0.2');
  });

  it('counts an IPv6 client by its /64', () => {
    expect(clientKey(request('2001:db8:1:2:aaaa::1'), 0)).toBe('2001:db8:1:2::/64');
    expect(clientKey(request('2001:db8:1:2:bbbb:cccc:dddd:eeee'), 0)).toBe('2001:db8:1:2::/64');
  });

  it('reads TRUST_PROXY as a count of proxies, 1 for true, and still as a yes/no', () => {
    expect(loadEnv({ TRUST_PROXY: '2' })).toMatchObject({ TRUST_PROXY: true, TRUST_PROXY_HOPS: 2 });
    expect(loadEnv({ TRUST_PROXY: 'true' })).toMatchObject({ TRUST_PROXY_HOPS: 1 });
    expect(loadEnv({})).toMatchObject({ TRUST_PROXY: false, TRUST_PROXY_HOPS: 0 });
    expect(() => loadEnv({ RATE_LIMIT_RENDER_BURST: '0' })).toThrow(/RATE_LIMIT_RENDER_BURST/);
  });
});

/** Spends CPU like a render: the server's one thread is busy meanwhile. */
function burn(ms: number) {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

const RENDER_MS = 12;

describe('the front server under one abusive client', () => {
  let dir: string;
  let server: http.Server;
  let renders = 0;

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function start(
    trustedProxies: number,
    rateLimit: RateLimitSettings = SETTINGS,
    refusalDelayMs = 10,
  ) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limit-'));
    const databaseFile = path.join(dir, 'orbit.db');
    fs.writeFileSync(versionFile(databaseFile), 'v1');
    renders = 0;
    const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
      renders += 1;
      burn(RENDER_MS);
      const api = req.url?.startsWith('/api/');
      res
        .writeHead(200, { 'content-type': api ? 'application/json' : 'text/html' })
        .end(api ? '{"count":0}' : `<!DOCTYPE html><title>${req.url}</title>`);
    };
    server = createFrontServer({
      handle,
      databaseFile,
      live: false,
      enabled: true,
      ttlMs: 60_000,
      maxEntries: 10_000,
      maxBytes: 1e8,
      rateLimit,
      trustedProxies,
      refusalDelayMs,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  const get = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
    fetch(url, { headers, method, redirect: 'manual' });

  async function p95(base: string, tag: string, client: Record<string, string>) {
    const times: number[] = [];
    for (let i = 0; i < 100; i++) {
      const started = performance.now();
      const response = await get(`${base}/launches?reader=${tag}-${i}`, client);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return times[Math.ceil(times.length * 0.95) - 1]!;
  }

  it("gives a scraper 429s after its budget, while another client's renders keep their pace", async () => {
    const base = await start(1, { ...SETTINGS, rendersPerMinute: 60, renderBurst: 100 }, 1000);
    // The reader renders 100 pages a phase, each phase from an address of its own (a reader
    // never asks for that many; the scraper's budget is the one that must run out).
    const reader = (n: number) => ({ 'x-forwarded-for': `198.51.100.${n}` });
    const unloaded = await p95(base, 'calm', reader(1));
    const rendersBefore = renders;

    // 16 connections of unique URLs from one address, in a thread of their own, until told.
    const scraper = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const statuses = {};
       let i = 0;
       let stop = false;
       parentPort.once('message', () => { stop = true; });
       async function loop(n) {
         while (!stop) {
           const r = await fetch(workerData.base + '/launches?scrape=' + n + '-' + i++, {
             headers: { 'x-forwarded-for': '203.0.113.66' },
           });
           await r.arrayBuffer();
           statuses[r.status] = (statuses[r.status] ?? 0) + 1;
           if (r.status === 429 && !statuses.retryAfter) statuses.retryAfter = r.headers.get('retry-after');
         }
       }
       Promise.all(Array.from({ length: 16 }, (_, n) => loop(n))).then(() => parentPort.postMessage(statuses));`,
      { eval: true, workerData: { base } },
    );
    const done = new Promise<Record<string, number | string>>((resolve) =>
      scraper.once('message', resolve),
    );
    const started = performance.now();
    // Measured once the scraper has spent its burst (100 renders) and is being refused.
    while (renders < rendersBefore + 100) await new Promise((r) => setTimeout(r, 20));
    const loaded = await p95(base, 'busy', reader(2));
    scraper.postMessage('stop');
    const statuses = await done;
    const seconds = (performance.now() - started) / 1000;
    await scraper.terminate();
    // The machine's own load moves both figures: the unloaded one is measured on either side.
    const baseline = Math.max(unloaded, await p95(base, 'calm-again', reader(3)));

    expect(statuses[429]).toBeGreaterThanOrEqual(16);
    expect(Number(statuses.retryAfter)).toBeGreaterThanOrEqual(1);
    // Its burst, then one a second (and never more than 3 at once).
    expect(statuses[200]).toBeGreaterThanOrEqual(100);
    expect(statuses[200]).toBeLessThanOrEqual(100 + Math.ceil(seconds) + 3);
    expect(loaded).toBeLessThan(2 * Math.max(baseline, RENDER_MS));
  }, 60_000);

  it('without TRUST_PROXY, a forged X-Forwarded-For buys no fresh budget', async () => {
    const base = await start(0, { ...SETTINGS, rendersPerMinute: 1 });
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const response = await get(`${base}/agencies?p=${i}`, { 'x-forwarded-for': `192.0.2.${i}` });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    const refused = await get(`${base}/agencies?p=again`, { 'x-forwarded-for': '192.0.2.200' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await refused.text()).toContain('<h1>Too many requests</h1>');
  });

  it('never limits cache hits, and answers the API in LL2 words', async () => {
    const base = await start(0, { ...SETTINGS, rendersPerMinute: 1, apiPerMinute: 1 });
    expect((await get(`${base}/launches`)).status).toBe(200);
    for (let i = 0; i < 20; i++) await get(`${base}/launches?spend=${i}`);
    expect((await get(`${base}/launches?spend=new`)).status).toBe(429);
    for (let i = 0; i < 200; i++) {
      const hit = await get(`${base}/launches`);
      expect(hit.headers.get('x-page-cache')).toBe('HIT');
    }
    for (let i = 0; i < 5; i++) await get(`${base}/api/2.3.0/launches/?n=${i}`);
    const api = await get(`${base}/api/2.3.0/launches/?n=more`);
    expect(api.status).toBe(429);
    expect(Number(api.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await api.json()).toEqual({
      detail: expect.stringMatching(
        /^Request was throttled\. Expected available in \d+ seconds?\.$/,
      ),
    });
  });

  it('refuses over-long URLs, too many parameters and writes to pages before any render', async () => {
    const base = await start(0);
    const long = await get(`${base}/launches?search=${'x'.repeat(MAX_URL_LENGTH)}`);
    expect(long.status).toBe(414);
    expect(await long.text()).toContain('That address is too long');
    const many = Array.from({ length: MAX_QUERY_PARAMETERS + 1 }, (_, i) => `k${i}=1`).join('&');
    const crowded = await get(`${base}/api/2.3.0/launches/?${many}`);
    expect(crowded.status).toBe(400);
    expect(((await crowded.json()) as { detail: string }).detail).toMatch(/query parameters/);
    const post = await get(`${base}/launches`, {}, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect(renders).toBe(0);
  });
});
