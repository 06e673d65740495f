import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  isLiveDataUnavailable,
  LiveDataUnavailableError,
  liveUnavailableDigest,
  parseLiveUnavailableDigest,
} from '@/lib/data/live-error';
import { createFrontServer } from '@/lib/page-cache/front-server';
import {
  describeWait,
  fallbackUnavailablePage,
  liveUnavailableIn,
  safeReturnPath,
} from '@/lib/page-cache/live-unavailable';

/**
 * What Next 16 sends for a page whose render threw: HTTP 500 and an empty error shell, the
 * error's digest only inside the flight data's script string (quotes escaped).
 */
function errorShell(digest: string): string {
  return (
    '<!DOCTYPE html><html id="__next_error__"><head></head><body><script>' +
    `self.__next_f.push([1,"2d:null\\n27:E{\\"digest\\":\\"${digest}\\"}\\n"])` +
    '</script></body></html>'
  );
}

const STATUS_PAGE = (query: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta name="robots" content="noindex, nofollow"/></head>` +
  `<body><h1>Launch Library 2 isn’t answering right now</h1><p>${query}</p></body></html>`;

/** A stand-in for Next in live mode: some pages fail as LL2 being down makes them fail. */
function fakeNext(options: { statusPage?: 'ok' | 'broken' } = {}) {
  const renders: { url: string; cookie?: string }[] = [];
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = req.url ?? '/';
    renders.push({ url, cookie: req.headers.cookie });
    const html = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    };
    if (url.startsWith('/_orbit/ll2-unavailable')) {
      if (options.statusPage === 'broken') return html(500, errorShell('1234567'));
      return html(200, STATUS_PAGE(new URL(url, 'http://x').search));
    }
    if (url === '/_orbit/not-found') return html(404, '<h1>We couldn’t find that page</h1>');
    if (url.startsWith('/agencies?search=down'))
      return html(500, errorShell(liveUnavailableDigest()));
    if (url.startsWith('/launches')) return html(500, errorShell(liveUnavailableDigest(120)));
    if (url.startsWith('/bug')) return html(500, errorShell('3141592653'));
    if (url.startsWith('/home-degraded'))
      return html(
        200,
        '<main><section><div data-section-unavailable=""><p>missing</p></div></section></main>',
      );
    // A page that merely shows the words (a search for them) is a page like any other.
    return html(200, `<main><p>Results for "LL2_UNAVAILABLE" ${url}</p></main>`);
  };
  return { handle, renders };
}

const servers: http.Server[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function start(
  next: ReturnType<typeof fakeNext>,
  options: { live?: boolean; enabled?: boolean } = {},
) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'front-live-'));
  dirs.push(dir);
  const server = createFrontServer({
    handle: next.handle,
    databaseFile: path.join(dir, 'orbit.db'),
    live: options.live ?? true,
    enabled: options.enabled ?? true,
    ttlMs: 60_000,
    maxEntries: 100,
    maxBytes: 1e7,
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('front server, live mode with LL2 down', () => {
  it('answers a page LL2 could not fill with a 503, its Retry-After and a complete page, never kept', async () => {
    const next = fakeNext();
    const base = await start(next);
    const response = await fetch(`${base}/launches?search=x`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('120');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
    expect(response.headers.get('x-page-cache')).toBe('BYPASS');
    const html = await response.text();
    expect(html).toContain('Launch Library 2 isn’t answering right now');
    expect(html).not.toContain('__next_error__');
    // The 503 page learns what to retry and how long LL2 asked to wait.
    const statusRender = next.renders.find((r) => r.url.startsWith('/_orbit/ll2-unavailable'))!;
    const query = new URL(statusRender.url, 'http://x').searchParams;
    expect(query.get('from')).toBe('/launches?search=x');
    expect(query.get('retry-after')).toBe('120');

    const again = await fetch(`${base}/launches?search=x`);
    expect(again.status).toBe(503);
    expect(next.renders.filter((r) => r.url === '/launches?search=x')).toHaveLength(2);
  });

  it('waits a minute when LL2 gave no Retry-After (connection refused)', async () => {
    const base = await start(fakeNext());
    const response = await fetch(`${base}/agencies?search=down`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('60');
  });

  it('still explains itself when the 503 page cannot be rendered either', async () => {
    const base = await start(fakeNext({ statusPage: 'broken' }));
    const response = await fetch(`${base}/agencies?search=down`);
    expect(response.status).toBe(503);
    const html = await response.text();
    expect(html).toContain('<h1>Launch Library 2 isn’t answering right now</h1>');
    expect(html).toContain('<a href="/agencies?search=down">Try this page again</a>');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('answers 503 also with the response cache off and for readers who send cookies', async () => {
    const next = fakeNext();
    const base = await start(next, { enabled: false });
    const response = await fetch(`${base}/agencies?search=down`, {
      headers: { cookie: 'theme=dark' },
    });
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('isn’t answering');
    // Nothing is kept with the cache off, and the fine page renders each time.
    await fetch(`${base}/agencies`);
    await fetch(`${base}/agencies`);
    expect(next.renders.filter((r) => r.url === '/agencies')).toHaveLength(2);
  });

  it('leaves other errors, other pages and local mode alone', async () => {
    const live = await start(fakeNext());
    expect((await fetch(`${live}/bug`)).status).toBe(500);
    const words = await fetch(`${live}/search-page`);
    expect(words.status).toBe(200);
    expect(words.headers.get('x-page-cache')).toBe('MISS');
    const router = await fetch(`${live}/launches`, { headers: { rsc: '1' } });
    expect(router.status).toBe(500);

    const local = await start(fakeNext(), { live: false });
    expect((await fetch(`${local}/launches`)).status).toBe(500);
  });

  it('does not keep a page with a section that could not be loaded', async () => {
    const next = fakeNext();
    const base = await start(next);
    const first = await fetch(`${base}/home-degraded`);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-page-cache')).toBe('BYPASS');
    await fetch(`${base}/home-degraded`);
    expect(next.renders.filter((r) => r.url === '/home-degraded')).toHaveLength(2);
  });

  it('does not show the 503 page to anyone who asks for it directly', async () => {
    const next = fakeNext();
    const base = await start(next);
    const response = await fetch(`${base}/_orbit/ll2-unavailable?from=/x`);
    expect(response.status).toBe(404);
    expect(next.renders.map((r) => r.url)).toEqual(['/_orbit/not-found']);
  });
});

describe('the LL2-unavailable digest and page', () => {
  it('carries the wait in the digest, the only part of the error Next lets through', () => {
    const error = new LiveDataUnavailableError('the LL2 rate limit is reached', 240);
    expect(error.digest).toBe('LL2_UNAVAILABLE;retry-after=240');
    expect(new LiveDataUnavailableError('LL2 could not be reached').digest).toBe('LL2_UNAVAILABLE');
    expect(parseLiveUnavailableDigest(error.digest)).toEqual({ retryAfterSeconds: 240 });
    expect(isLiveDataUnavailable({ digest: error.digest })).toBe(true);
    expect(isLiveDataUnavailable({ digest: 'LL2_UNAVAILABLE;retry-after=soon' })).toBe(false);
    expect(isLiveDataUnavailable({ digest: '1234' })).toBe(false);
  });

  it('reads the digest only from the error page of a failed render', () => {
    expect(liveUnavailableIn(500, errorShell('LL2_UNAVAILABLE;retry-after=30'))).toEqual({
      retryAfterSeconds: 30,
    });
    expect(liveUnavailableIn(500, errorShell('LL2_UNAVAILABLE'))).toEqual({
      retryAfterSeconds: null,
    });
    expect(liveUnavailableIn(500, errorShell('98765'))).toBeNull();
    expect(liveUnavailableIn(200, errorShell('LL2_UNAVAILABLE'))).toBeNull();
    expect(liveUnavailableIn(500, '<p>"digest":"LL2_UNAVAILABLE"</p>')).toBeNull();
  });

  it('sends readers back only to a page of this site', () => {
    expect(safeReturnPath('/launches?search=x')).toBe('/launches?search=x');
    for (const bad of ['//evil.example/', '/\\evil.example', 'https://evil.example/', 42, ''])
      expect(safeReturnPath(bad)).toBe('/');
    expect(fallbackUnavailablePage('/a?b="<c>"', null)).toContain(
      'href="/a?b=&quot;&lt;c&gt;&quot;"',
    );
  });

  it('says how long to wait in words', () => {
    expect(describeWait(40)).toBe('40 seconds');
    expect(describeWait(240)).toBe('about 4 minutes');
    expect(describeWait(3 * 3600)).toBe('about 3 hours');
  });
});
