import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import ical, { type VEvent } from 'node-ical';
import { hydrated } from './hydration';
import { localPath, parseXml } from './seo-helpers';

/**
 * A list's "Subscribe (RSS)", "Add to calendar" and Share, and a launch's own calendar file. Ids
 * come from the app's API, so the spec holds on the seed data and on a full LL2 snapshot alike.
 */

interface ApiLaunch {
  id: string;
  slug?: string;
  name: string;
  net?: string | null;
  launch_service_provider?: { id: number; name: string } | null;
}

async function apiLaunches(request: APIRequestContext, query: string): Promise<ApiLaunch[]> {
  const res = await request.get(`/api/2.3.0/launches/?${query}`);
  expect(res.status(), query).toBe(200);
  return ((await res.json()) as { results: ApiLaunch[] }).results;
}

/** A launch with a page, a date and a provider, and the filter and search it gives a list. */
async function sampleLaunch(request: APIRequestContext) {
  const launch = (await apiLaunches(request, 'limit=20')).find(
    (l) => l.slug && l.net && l.launch_service_provider,
  );
  expect(launch, 'a dated launch with a provider in the data').toBeTruthy();
  const { id, slug = '', name, launch_service_provider: provider } = launch!;
  // A word of its name (a rocket, usually): the list then has a filter and a search.
  const word = /[A-Za-z][A-Za-z0-9]{2,}/.exec(name)?.[0] ?? '';
  return { id, slug, providerId: provider!.id, word };
}

/** How many of `ids` the list `query` holds, asked of the API in one request. */
async function countMatching(request: APIRequestContext, ids: string[], query: string) {
  const found = await apiLaunches(request, `${query}&id=${ids.join(',')}&limit=100&mode=list`);
  return found.length;
}

const guidId = (guid: string) => /^launch-(.+)@orbit-index$/.exec(guid)?.[1] ?? '';

async function readCalendar(request: APIRequestContext, href: string) {
  const res = await request.get(href);
  expect(res.status(), href).toBe(200);
  expect(res.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  return Object.values(ical.sync.parseICS(await res.text())).filter(
    (c): c is VEvent => c?.type === 'VEVENT',
  );
}

const canonicalOf = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

test('a filtered list subscribes to a feed and a calendar of what it shows', async ({
  page,
  request,
}) => {
  const { providerId, word } = await sampleLaunch(request);
  const query = `lsp__id=${providerId}&search=${encodeURIComponent(word)}`;
  await page.goto(`/launches?${query}`);

  const feedLink = page.getByRole('link', { name: 'Subscribe (RSS)' });
  const feedHref = (await feedLink.getAttribute('href')) ?? '';
  const feedUrl = new URL(feedHref, page.url());
  expect(feedUrl.pathname).toBe('/launches/feed.xml');
  expect(feedUrl.searchParams.get('lsp__id')).toBe(String(providerId));
  expect(feedUrl.searchParams.get('search')).toBe(word);
  // The same feed is advertised in the head, for readers given the page's address.
  const alternate = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  await expect(alternate).toHaveCount(1);
  expect(localPath((await alternate.getAttribute('href')) ?? '')).toBe(feedHref);

  const res = await request.get(feedHref);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  const rss = parseXml<{ rss: { channel: { item?: { guid: { '#text': string } }[] } } }>(
    await res.text(),
  );
  const items = rss.rss.channel.item ?? [];
  expect(items.length).toBeGreaterThan(0);
  expect(items.length).toBeLessThanOrEqual(50);
  const feedIds = items.map((i) => guidId(i.guid['#text']));
  expect(await countMatching(request, feedIds, query), 'every item matches the list').toBe(
    feedIds.length,
  );

  const calendar = page.getByRole('link', { name: 'Add to calendar' });
  const calendarHref = (await calendar.getAttribute('href')) ?? '';
  expect(calendarHref).toBe(feedHref.replace('/feed.xml', '/calendar.ics'));
  const subscribe = page.getByRole('link', { name: 'Subscribe to calendar' });
  expect(await subscribe.getAttribute('href')).toBe(
    new URL(calendarHref, page.url()).href.replace(/^https?:/, 'webcal:'),
  );
  const events = await readCalendar(request, calendarHref);
  expect(events.length).toBeGreaterThan(0);
  const eventIds = events.map((e) => guidId(e.uid));
  expect(await countMatching(request, eventIds, query), 'every event matches the list').toBe(
    eventIds.length,
  );
});

for (const path of ['/launches/upcoming', '/launches/previous', '/events']) {
  const calendar = path !== '/launches/previous';
  test(`${path} offers its feed${calendar ? ' and calendar' : ', no calendar'}`, async ({
    page,
  }) => {
    await page.goto(path);
    await expect(page.getByRole('link', { name: 'Subscribe (RSS)' })).toHaveAttribute(
      'href',
      `${path}/feed.xml`,
    );
    await expect(page.getByRole('link', { name: 'Add to calendar' })).toHaveCount(calendar ? 1 : 0);
  });
}

test('a list without a feed offers none', async ({ page }) => {
  await page.goto('/agencies');
  await expect(
    page
      .getByRole('link', { name: 'Link to this page' })
      .or(page.getByRole('button', { name: /Share|Copy link/ })),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Subscribe (RSS)' })).toHaveCount(0);
  await expect(page.locator('link[type="application/rss+xml"]')).toHaveCount(0);
});

test('a launch’s calendar link holds that one launch', async ({ page, request }) => {
  const { id, slug } = await sampleLaunch(request);
  await page.goto(`/launches/${slug}`);
  const href = (await page.getByRole('link', { name: 'Add to calendar' }).getAttribute('href'))!;
  expect(href).toBe(`/launches/${slug}/calendar.ics`);
  const events = await readCalendar(request, href);
  expect(events.map((e) => e.uid)).toEqual([`launch-${id}@orbit-index`]);
  await expect(page.getByRole('link', { name: 'Subscribe to calendar' })).toHaveAttribute(
    'href',
    /^webcal:\/\/[^/]+\/launches\/.+\/calendar\.ics$/,
  );
});

test.describe('Share', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const kind of ['list', 'detail'] as const) {
    test(`copies a ${kind} page’s canonical URL where there is no share sheet`, async ({
      page,
      request,
    }) => {
      // Desktop Chromium on Linux has no Web Share API; remove it anywhere else.
      await page.addInitScript(() => {
        Reflect.deleteProperty(Navigator.prototype, 'share');
      });
      const { providerId, slug } = await sampleLaunch(request);
      // A tracking parameter the page ignores: what is copied is the canonical address.
      await page.goto(
        kind === 'list' ? `/launches?lsp__id=${providerId}&utm_source=x` : `/launches/${slug}`,
      );
      await hydrated(page);
      await page.getByRole('button', { name: 'Copy link' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await canonicalOf(page));
      if (kind === 'list') expect(copied).toMatch(new RegExp(`/launches\\?lsp__id=${providerId}$`));
    });
  }

  test('the list’s links and Copy link work from the keyboard', async ({ page }) => {
    await page.addInitScript(() => {
      Reflect.deleteProperty(Navigator.prototype, 'share');
    });
    await page.goto('/launches');
    await hydrated(page);
    await page.getByRole('button', { name: 'Copy link' }).waitFor();
    await page.getByRole('heading', { level: 1 }).click();
    const reached: string[] = [];
    for (let i = 0; i < 10 && reached.at(-1) !== 'Copy link'; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(reached).toEqual([
      'Subscribe (RSS)',
      'Add to calendar',
      'Subscribe to calendar',
      'Copy link',
    ]);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await canonicalOf(page));
  });

  test('opens the share sheet where the browser has one', async ({ page, request }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value(data: ShareData) {
          (window as unknown as { shared: ShareData }).shared = data;
          return Promise.resolve();
        },
      });
    });
    const { slug } = await sampleLaunch(request);
    await page.goto(`/launches/${slug}`);
    await hydrated(page);
    await page.getByRole('button', { name: 'Share' }).click();
    const shared = await page.waitForFunction(() => (window as { shared?: ShareData }).shared);
    expect(((await shared.jsonValue()) as ShareData).url).toBe(await canonicalOf(page));
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const kind of ['list', 'detail'] as const) {
    test(`on a ${kind} page Share is a link to the canonical URL`, async ({ page, request }) => {
      const { providerId, slug } = await sampleLaunch(request);
      await page.goto(kind === 'list' ? `/launches?lsp__id=${providerId}` : `/launches/${slug}`);
      const canonical = await canonicalOf(page);
      expect(canonical).toBeTruthy();
      await expect(page.getByRole('link', { name: 'Link to this page' })).toHaveAttribute(
        'href',
        canonical!,
      );
      await expect(page.getByRole('button', { name: /Share|Copy link/ })).toHaveCount(0);
      await expect(page.getByRole('link', { name: 'Add to calendar' })).toBeVisible();
    });
  }
});
