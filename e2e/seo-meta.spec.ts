import { expect, test } from '@playwright/test';
import {
  CRAWLER_UA,
  jsonLdNodes,
  localPath,
  readHead,
  sampleDetailPath,
  type Head,
} from './seo-helpers';

test.use({ userAgent: CRAWLER_UA, javaScriptEnabled: false });

function expectCommonHead(head: Head, path: string) {
  expect(head.status, path).toBe(200);
  expect(head.title, `${path} <title>`).toMatch(/\S/);
  expect(head.description, `${path} meta description`).toMatch(/\S.{9,}/);
  expect(head.canonical, `${path} canonical`).toBeTruthy();
  const canonical = new URL(head.canonical ?? '');
  expect(canonical.protocol).toMatch(/^https?:$/);
  expect(head.og['og:title'], `${path} og:title`).toMatch(/\S/);
  expect(head.og['og:description'], `${path} og:description`).toMatch(/\S/);
  expect(head.og['og:url'], `${path} og:url`).toBe(head.canonical);
  expect(head.og['og:site_name']).toBe('Orbit Index');
  expect(head.og['og:image'], `${path} og:image`).toBeTruthy();
  expect(head.twitter['twitter:card'], `${path} twitter:card`).toBeTruthy();
}

test.describe('home and list pages', () => {
  const pages = [
    '/',
    '/launches',
    '/launches/upcoming',
    '/launches/previous',
    '/events',
    '/agencies',
    '/spacecraft',
    '/space-stations',
    '/docking-events',
    '/spacecraft-configurations',
    '/pads',
    '/locations',
    '/programs',
    '/astronauts',
    '/expeditions',
    '/statistics',
    '/rockets',
    '/boosters',
  ];
  for (const path of pages) {
    test(`${path} has a title, description, canonical link and Open Graph tags`, async ({
      page,
    }) => {
      const head = await readHead(page, path);
      expectCommonHead(head, path);
      expect(new URL(head.canonical ?? '').pathname).toBe(path);
      expect(new URL(head.canonical ?? '').search).toBe('');
    });
  }

  test('a list page’s canonical URL is its normalised query', async ({ page, request }) => {
    const messy = '/launches?offset=0&year=2024&limit=10&lsp__id=121';
    const clean = '/launches?lsp__id=121&year=2024';
    // Either an HTTP redirect to the normalised URL, or a canonical link naming it.
    const res = await request.get(messy, {
      maxRedirects: 0,
      headers: { 'User-Agent': CRAWLER_UA },
    });
    if (res.status() >= 300 && res.status() < 400) {
      expect(localPath(new URL(res.headers()['location'] ?? '', 'http://x').href)).toBe(clean);
    } else {
      const head = await readHead(page, messy);
      expect(head.canonical, 'canonical link').toBeTruthy();
      expect(localPath(head.canonical ?? '')).toBe(clean);
    }
    const head = await readHead(page, clean);
    expect(localPath(head.canonical ?? '')).toBe(clean);
    expect(head.og['og:url']).toBe(head.canonical);
  });

  test('the home page advertises the main feeds', async ({ page }) => {
    await page.goto('/');
    const feeds = page.locator('link[rel="alternate"][type="application/rss+xml"]');
    await expect(feeds).not.toHaveCount(0);
    const hrefs = await feeds.evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(hrefs.some((h) => h?.endsWith('/launches/upcoming/feed.xml'))).toBe(true);
  });

  test('the site has an icon, a manifest and a theme colour', async ({ page, request }) => {
    await page.goto('/');
    await expect(page.locator('link[rel="icon"][href^="/icon.svg"]')).toHaveCount(1);
    await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
    await expect(page.locator('meta[name="theme-color"]')).not.toHaveCount(0);
    const manifest = await request.get('/manifest.webmanifest');
    expect(manifest.status()).toBe(200);
    const body = (await manifest.json()) as {
      name: string;
      icons: { src: string; type: string; purpose: string }[];
    };
    expect(body.name).toBe('Orbit Index');
    const icon = await request.get('/icon.svg');
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toContain('image/svg+xml');

    // What a phone installs or pins: every manifest icon and the Apple touch icon must load.
    const appleHref = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    expect(appleHref).toBeTruthy();
    const purposes = body.icons.map((i) => i.purpose);
    expect(purposes).toContain('any');
    expect(purposes).toContain('maskable');
    for (const src of [...body.icons.map((i) => i.src), appleHref!, '/apple-touch-icon.png']) {
      const answer = await request.get(src);
      expect(answer.status(), src).toBe(200);
      expect(answer.headers()['content-type'], src).toBe('image/png');
    }
  });
});

test.describe('detail pages', () => {
  const types: { route: string; ldType: string | null }[] = [
    { route: '/launches', ldType: 'Event' },
    { route: '/events', ldType: 'Event' },
    { route: '/agencies', ldType: 'Organization' },
    { route: '/spacecraft', ldType: 'Vehicle' },
    { route: '/space-stations', ldType: 'Place' },
    // No schema.org type fits a docking well; the page carries its breadcrumbs only.
    { route: '/docking-events', ldType: null },
    // The reference pages carry breadcrumbs only.
    { route: '/pads', ldType: null },
    { route: '/locations', ldType: null },
    { route: '/programs', ldType: null },
    { route: '/spacecraft-configurations', ldType: null },
    { route: '/astronauts', ldType: 'Person' },
    { route: '/expeditions', ldType: 'Event' },
    { route: '/rockets', ldType: 'Vehicle' },
  ];
  for (const { route, ldType } of types) {
    test(`${route}/… has full metadata and valid JSON-LD`, async ({ page, request }) => {
      const path = await sampleDetailPath(request, route);
      const head = await readHead(page, path);
      expectCommonHead(head, path);
      expect(new URL(head.canonical ?? '').pathname).toBe(path);
      expect(head.robots ?? '').not.toContain('noindex');
      // The generated card, not a remote photo: it renders without network access.
      expect(new URL(head.og['og:image'] ?? '').pathname).toMatch(/\/opengraph-image/);
      expect(head.og['og:image:width']).toBe('1200');
      expect(head.og['og:image:height']).toBe('630');
      expect(head.og['og:image:alt']).toMatch(/\S/);

      const nodes = jsonLdNodes(head.jsonLd);
      for (const node of nodes) expect(node['@context']).toBe('https://schema.org');
      const crumbs = nodes.find((n) => n['@type'] === 'BreadcrumbList');
      expect(crumbs, 'a BreadcrumbList').toBeTruthy();
      const items = crumbs?.itemListElement as { position: number; name: string }[];
      expect(items.length).toBeGreaterThanOrEqual(2);
      expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
      if (ldType) {
        const main = nodes.find((n) => n['@type'] === ldType);
        expect(main, `a ${ldType} node`).toBeTruthy();
        expect(main?.name).toMatch(/\S/);
        expect(main?.url).toBe(head.canonical);
      }
    });
  }

  test('an unknown record is a 404 with no canonical link', async ({ page }) => {
    const response = await page.goto('/agencies/999999999');
    expect(response?.status()).toBe(404);
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  });
});
