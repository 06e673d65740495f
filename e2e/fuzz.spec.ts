import { expect, test, type APIRequestContext } from '@playwright/test';

/**
 * Hostile and random query strings against list pages and API routes: never a 5xx, the API
 * answers 200 or 400, pages render, and no input is reflected unescaped.
 */

const PAGES = ['/agencies', '/launches', '/launches/upcoming', '/events', '/spacecraft', '/docking-events', '/space-stations'];
const API = ['agencies', 'launches', 'launches/upcoming', 'launches/previous', 'events', 'spacecraft', 'docking_events', 'space_stations', 'pads', 'locations', 'programs', 'landings'];
const KEYS = [
  'search', 'ordering', 'limit', 'offset', 'mode', 'founding_year__gte', 'featured', 'type__id', 'status__ids', 'net__gte',
  'net__lt', 'year', 'month', 'day', 'lsp__id', 'program', 'country_code', 'name__contains', 'docking__gte', 'in_space',
  'include_suborbital', 'hide_recent_previous', 'id', 'space_station_target__id', 'date__gt__lt', 'unknown', 'format',
];
const HOSTILE = [
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
