import { expect, test } from '@playwright/test';
import { apiCount, CRAWLER_UA, readHead } from './seo-helpers';

test.use({ userAgent: CRAWLER_UA, javaScriptEnabled: false });

test('robots.txt allows the site, keeps crawlers off the API and names the sitemap', async ({
  request,
  baseURL,
}) => {
  const res = await request.get('/robots.txt');
  expect(res.status()).toBe(200);
  const text = await res.text();
  expect(text).toMatch(/^User-Agent: \*$/im);
  expect(text).toMatch(/^Allow: \/$/m);
  expect(text).toMatch(/^Disallow: \/api\/$/m);
  const sitemap = /^Sitemap: (\S+)$/m.exec(text)?.[1];
  expect(sitemap, 'a Sitemap line').toBeTruthy();
  const url = new URL(sitemap ?? '');
  expect(url.pathname).toBe('/sitemap.xml');
  // Absolute, from SITE_URL; the e2e server runs with SITE_URL = its own address.
  expect(url.origin).toBe(new URL(baseURL ?? '').origin);
});

function isNoindex(robots: string | null): boolean {
  return /\bnoindex\b/i.test(robots ?? '');
}

test.describe('list pages are noindex,follow exactly where specified', () => {
  const noindex: [string, string][] = [
    ['an invalid parameter value', '/launches?year=abc'],
    ['an unknown parameter', '/agencies?utm_source=newsletter'],
    ['empty results', '/launches?year=1901'],
    ['a deep offset', '/agencies?offset=100'],
    ['a search', '/agencies?search=space'],
    ['two facets', '/launches?year=2024&status__ids=3'],
    ['a filter that is not a facet', '/agencies?founding_year__gte=1950'],
  ];
  for (const [why, path] of noindex) {
    test(`noindex for ${why}: ${path}`, async ({ page }) => {
      const head = await readHead(page, path);
      expect(isNoindex(head.robots), `${path} robots=${head.robots}`).toBe(true);
      expect(head.robots ?? '').toMatch(/\bfollow\b/);
      expect(head.robots ?? '').not.toMatch(/nofollow/);
    });
  }

  const indexable: [string, string][] = [
    ['the unfiltered list', '/launches'],
    ['the unfiltered agencies', '/agencies'],
    ['the events list', '/events'],
    ['one agency type', '/agencies?type__id=1'],
    ['one launch year', '/launches?year=2024'],
    ['one station', '/docking-events?space_station_target__id=4'],
  ];
  for (const [why, path] of indexable) {
    test(`indexable: ${why}: ${path}`, async ({ page }) => {
      const head = await readHead(page, path);
      expect(head.status).toBe(200);
      expect(isNoindex(head.robots), `${path} robots=${head.robots}`).toBe(false);
    });
  }

  test('the upcoming list is indexable unless it is empty', async ({ page, request }) => {
    const upcoming = await apiCount(request, 'launches/upcoming/');
    const head = await readHead(page, '/launches/upcoming');
    expect(isNoindex(head.robots)).toBe(upcoming === 0);
  });

  test('detail pages and the home page are indexable', async ({ page }) => {
    for (const path of ['/', '/agencies?type__id=1']) {
      const head = await readHead(page, path);
      expect(isNoindex(head.robots), path).toBe(false);
    }
  });
});
