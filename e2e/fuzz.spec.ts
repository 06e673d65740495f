import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { LIST_PAGES } from './page-types';

/**
 * Hostile and random query strings against list pages and API routes: never a 5xx, the API
 * answers 200 or 400, pages render, and no input is reflected unescaped.
 */

const PAGES = LIST_PAGES.map((p) => p.path);
const API = ['agencies', 'launches', 'launches/upcoming', 'launches/previous', 'events', 'spacecraft', 'docking_events', 'space_stations', 'spacecraft_configurations', 'pads', 'locations', 'programs', 'landings', 'astronauts', 'expeditions', 'launcher_configurations', 'launchers'];
/**
 * Names JavaScript gives meaning to: `Object.prototype` members, which a plain object keyed by
 * the URL already "has" (`?constructor=x` once crashed every list page), and others that code
 * treats specially (`then` makes an object a thenable, `length` an array-like).
 */
const JS_NAMES = [
  'constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable',
  'toLocaleString', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'prototype', 'length',
  'then', 'toJSON',
];
const KEYS = [
  'search', 'ordering', 'limit', 'offset', 'mode', 'founding_year__gte', 'featured', 'type__id', 'status__ids', 'net__gte',
  'net__lt', 'year', 'month', 'day', 'lsp__id', 'program', 'country_code', 'name__contains', 'docking__gte', 'in_space',
  'include_suborbital', 'hide_recent_previous', 'id', 'space_station_target__id', 'date__gt__lt', 'unknown', 'format',
  'view', 'filters', ...JS_NAMES,
];
const HOSTILE = [
  ...JS_NAMES,
  "' OR 1=1 --", '"; DROP TABLE r_agencies; --', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>',
  '%00', '\u0000', '../../etc/passwd', '1e309', '-1', '99999999999999999999999', 'NaN', 'Infinity', '0x10', '١٢٣',
  '🚀🚀🚀', 'ｓｐａｃｅｘ', '2024-02-30', '2024-13-01T00:00:00Z', 'true', 'maybe', ',,,', '1,,2', '-net,,name', '-',
  'x'.repeat(5000), '%', '_', '\\', '"unterminated', "'", 'null', 'undefined', '[]', '{}', ' ', '\t\n',
];

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function hostileQuery(rand: () => number): string {
  const params = new URLSearchParams();
  const n = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < n; i++) {
    const key = KEYS[Math.floor(rand() * KEYS.length)]!;
    const roll = rand();
    const value =
      roll < 0.5
        ? HOSTILE[Math.floor(rand() * HOSTILE.length)]!
        : roll < 0.75
          ? String(Math.floor(rand() * 1e6) - 5e5)
          : String.fromCharCode(...Array.from({ length: 1 + Math.floor(rand() * 12) }, () => 32 + Math.floor(rand() * 0x2fff)));
    params.append(key, value);
  }
  return params.toString();
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

async function check(request: APIRequestContext, url: string, api: boolean) {
  const response = await request.get(url, { maxRedirects: 0 });
  const status = response.status();
  expect(status, url).toBeLessThan(500);
  if (api) {
    expect([200, 400, 404], url).toContain(status);
    JSON.parse(await response.text());
    return;
  }
  expect([200, 307, 308, 400, 404], url).toContain(status);
  const html = await response.text();
  expect(html, url).not.toContain('<script>alert(1)</script>');
  expect(html, url).not.toContain('<img src=x onerror=alert(1)>');
}

test('API routes survive 1,500 hostile queries', async ({ request }) => {
  test.setTimeout(180_000);
  const rand = random(20261123);
  const urls = Array.from({ length: 1500 }, () => `/api/2.3.0/${API[Math.floor(rand() * API.length)]}/?${hostileQuery(rand)}`);
  await inBatches(urls, 8, (url) => check(request, url, true));
});

test('list pages survive 600 hostile queries', async ({ request }) => {
  test.setTimeout(240_000);
  const rand = random(42);
  const urls = Array.from({ length: 600 }, () => `${PAGES[Math.floor(rand() * PAGES.length)]}?${hostileQuery(rand)}`);
  await inBatches(urls, 4, (url) => check(request, url, false));
});

/** The page without the empty comments React puts between adjacent text. */
const pageText = async (response: APIResponse) => (await response.text()).replaceAll('<!-- -->', '');

/** The results heading ("1,234 launches"), or '' where the page has none (a timeline). */
const resultsHeading = (html: string) => /<h2 id="results-heading"[^>]*>[\s\S]*?<\/h2>/.exec(html)?.[0] ?? '';

test('a key named like an object property is an unknown parameter on every list page', async ({ request }) => {
  test.setTimeout(240_000);
  const jobs = PAGES.flatMap((path) => JS_NAMES.map((name) => ({ path, name })));
  const plain = new Map<string, string>();
  for (const path of PAGES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    plain.set(path, resultsHeading(await pageText(response)));
  }
  await inBatches(jobs, 4, async ({ path, name }) => {
    const url = `${path}?${name}=1`;
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(200);
    const html = await pageText(response);
    expect(html, url).toContain('</html>');
    expect(html, url).not.toContain('__next_error__');
    // The same results as without it, and the key is named like any other unknown one; Next drops
    // `__proto__` before the page sees it, so that one simply leaves no trace.
    expect(resultsHeading(html), url).toBe(plain.get(path));
    if (name !== '__proto__') expect(html, url).toContain(`${name}=1</code> — Unknown parameter; ignored.`);
  });
});

test('object-property names as values of known parameters never break a list page', async ({ request }) => {
  test.setTimeout(240_000);
  const keys = ['ordering', 'mode', 'search', 'limit', 'offset', 'status__ids', 'country_code', 'type__id', 'year', 'net__gte', 'view', 'filters'];
  const urls = PAGES.flatMap((path, i) =>
    keys.map((key, j) => `${path}?${key}=${encodeURIComponent(JS_NAMES[(i + j) % JS_NAMES.length]!)}`),
  );
  await inBatches(urls, 4, async (url) => {
    const response = await request.get(url, { maxRedirects: 0 });
    expect([200, 307, 400], url).toContain(response.status());
    if (response.status() !== 307) {
      const html = await response.text();
      expect(html, url).toContain('<h1');
      expect(html, url).not.toContain('__next_error__');
    }
  });
});

test('the API ignores object-property keys and answers their values like any other', async ({ request }) => {
  test.setTimeout(120_000);
  const urls = API.flatMap((path) => [
    ...JS_NAMES.map((name) => `/api/2.3.0/${path}/?${name}=1`),
    `/api/2.3.0/${path}/?ordering=constructor&mode=__proto__&search=toString`,
  ]);
  await inBatches(urls, 8, async (url) => {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const body = JSON.parse(await response.text()) as { count: unknown; results: unknown };
    expect(typeof body.count, url).toBe('number');
    expect(Array.isArray(body.results), url).toBe(true);
  });
  for (const name of JS_NAMES) {
    for (const url of [`/api/2.3.0/${name}/`, `/api/2.3.0/agencies/${name}/`]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(404);
      JSON.parse(await response.text());
    }
  }
});

test('every response carries the security headers', async ({ request }) => {
  for (const url of ['/', '/agencies', '/api/2.3.0/agencies/', '/agencies/does-not-exist']) {
    const response = await request.get(url);
    const headers = response.headers();
    expect(headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], url).toContain("object-src 'none'");
    expect(headers['x-content-type-options'], url).toBe('nosniff');
    expect(headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], url).toContain('camera=()');
    expect(headers['x-powered-by'], url).toBeUndefined();
  }
});
