import { expect, test } from '@playwright/test';
import { listedCount, localPath, parseXml, readSitemaps } from './seo-helpers';

const resources = [
  { route: '/launches' },
  { route: '/events' },
  { route: '/agencies' },
  { route: '/spacecraft' },
  { route: '/space-stations' },
  { route: '/docking-events' },
  { route: '/spacecraft-configurations' },
  { route: '/pads' },
  { route: '/locations' },
  { route: '/programs' },
  { route: '/astronauts' },
  { route: '/expeditions' },
  { route: '/rockets' },
];

test('/sitemap.xml is an index of per-resource sitemaps', async ({ request }) => {
  const res = await request.get('/sitemap.xml');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('xml');
  const text = await res.text();
  const index = parseXml<{ sitemapindex: { sitemap: { loc: string }[] } }>(text);
  const locs = index.sitemapindex.sitemap.map((s) => localPath(s.loc));
  expect(locs).toContain('/sitemaps/sitemap/pages.xml');
  for (const { route } of resources) {
    expect(locs, route).toContain(`/sitemaps/sitemap/${route.slice(1)}-0.xml`);
  }
});

test('an unknown sitemap part is a 404', async ({ request }) => {
  expect((await request.get('/sitemaps/sitemap/launches-99.xml')).status()).toBe(404);
  expect((await request.get('/sitemaps/sitemap/nothing.xml')).status()).toBe(404);
});

test('the sitemaps list every detail page of the data, once', async ({ request }) => {
  const parts = await readSitemaps(request);
  const all = parts.flatMap((p) => p.urls.map((u) => localPath(u.loc)));
  expect(new Set(all).size).toBe(all.length);
  for (const { route } of resources) {
    const own = new RegExp(`/sitemaps/sitemap/${route.slice(1)}-\\d+\\.xml$`);
    const listed = parts.filter((p) => own.test(p.loc)).flatMap((p) => p.urls);
    expect(listed.length, `${route} pages in the sitemap`).toBe(await listedCount(request, route));
    for (const u of listed) expect(localPath(u.loc).startsWith(`${route}/`)).toBe(true);
  }
  // Each part stays within the protocol's limit.
  for (const part of parts) expect(part.urls.length).toBeLessThanOrEqual(50_000);
});

test('lastmod comes from last_updated where the record has it', async ({ request }) => {
  const parts = await readSitemaps(request);
  const events = parts.find((p) => p.loc.endsWith('/events-0.xml'));
  const dated = events?.urls.filter((u) => u.lastmod) ?? [];
  expect(dated.length).toBeGreaterThan(0);
  for (const u of dated) expect(Number.isNaN(Date.parse(u.lastmod ?? ''))).toBe(false);
});

/** At most `n` of `items`, spread evenly from the first to the last: a part holds up to 5,000. */
function spread<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  return Array.from(
    { length: n },
    (_, i) => items[Math.round((i * (items.length - 1)) / (n - 1))]!,
  );
}

test.describe('URLs in every sitemap answer 200 without a redirect', () => {
  for (const name of ['pages', ...resources.map((r) => `${r.route.slice(1)}-0`)]) {
    test(name, async ({ request }) => {
      const res = await request.get(`/sitemaps/sitemap/${name}.xml`);
      expect(res.status()).toBe(200);
      const set = parseXml<{ urlset: { url?: { loc: string }[] } }>(await res.text());
      const paths = (set.urlset.url ?? []).map((u) => localPath(u.loc));
      expect(paths.length).toBeGreaterThan(0);
      for (const path of spread(paths, 120)) {
        const page = await request.get(path, { maxRedirects: 0 });
        expect(page.status(), path).toBe(200);
      }
    });
  }
});

test('the pages sitemap lists the statistics page', async ({ request }) => {
  const parts = await readSitemaps(request);
  const pages = parts.find((p) => localPath(p.loc) === '/sitemaps/sitemap/pages.xml');
  expect(pages?.urls.map((u) => localPath(u.loc))).toContain('/statistics');
});
