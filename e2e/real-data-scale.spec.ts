import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './hydration';

/**
 * What has to hold on the real record (about 7,000 launches, 1957-2025, ~90 providers), not on
 * a handful: a long filter list used by keyboard, famous searches, deep pages, sitemaps.
 */

/** "6,960 launches", "1 launch match". */
const RESULTS = /^[\d,]+ launch(es)?\b/;
const matches = (page: Page) => page.getByRole('heading', { level: 2, name: RESULTS });
const matchCount = async (page: Page) =>
  Number((await matches(page).innerText()).replace(/[^\d]/g, ''));
const resultTitles = (page: Page) =>
  page.getByRole('region', { name: RESULTS }).getByRole('heading', { level: 3 });

test.describe('a long filter list', () => {
  test('the provider list narrows as you type and ticks by keyboard', async ({ page }) => {
    await page.goto('/launches');
    await hydrated(page);
    const total = await matchCount(page);
    expect(total).toBeGreaterThan(6000);
    const providers = page
      .getByRole('complementary', { name: 'Filter launches' })
      .getByRole('group', { name: 'Launch provider' });
    // The most used first, the rest behind "Show all".
    await expect(providers.getByRole('checkbox', { name: /^SpaceX/ })).toBeVisible();
    const rocketLab = providers.getByRole('checkbox', { name: /^Rocket Lab\b/ });
    const showAll = providers.locator('summary');
    await expect(showAll.getByText(/^Show all \d+$/)).toBeVisible();
    const listed = await providers.locator('input[type=checkbox]').count();
    expect(listed).toBeGreaterThan(80);

    await showAll.focus();
    await page.keyboard.press('Enter');
    await expect(showAll.getByText('Show fewer')).toBeVisible();
    await page.keyboard.press('Tab');
    const search = providers.getByRole('searchbox', { name: 'Search Launch provider options' });
    await expect(search).toBeFocused();
    await page.keyboard.type('rocket lab');
    await expect(providers.getByText(/^\d+ of \d+ shown$/)).toBeVisible();
    await expect(rocketLab).toBeVisible();
    await expect(providers.getByRole('checkbox', { name: /^SpaceX/ })).toBeHidden();
    expect(await providers.getByRole('checkbox').filter({ visible: true }).count()).toBeLessThan(5);

    // The next stop is the first option left; tick it with the space bar.
    for (
      let i = 0;
      i < 5 && !(await rocketLab.evaluate((el) => el === document.activeElement));
      i++
    )
      await page.keyboard.press('Tab');
    await expect(rocketLab).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/[?&]lsp__id=\d+/, { timeout: 15_000 });
    await expect.poll(() => matchCount(page)).toBeLessThan(total);
    await expect(resultTitles(page).first()).toContainText(/Electron/);
  });

  test('counts stay on one line beside their names', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/launches');
    const counts = page.locator('.filter-checks > label > span').filter({ visible: true });
    expect(await counts.count()).toBeGreaterThan(5);
    for (const count of await counts.all()) {
      const box = await count.boundingBox();
      expect(box?.height ?? 0).toBeLessThan(24);
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('"Show all" opens the rest of the list', async ({ page }) => {
      await page.goto('/launches');
      const providers = page
        .getByRole('complementary', { name: 'Filter launches' })
        .getByRole('group', { name: 'Launch provider' });
      const rocketLab = providers.getByRole('checkbox', { name: /^Rocket Lab\b/ });
      await expect(rocketLab).toBeHidden();
      await providers.getByText(/^Show all \d+/).click();
      await expect(rocketLab).toBeVisible();
      await expect(providers.getByRole('searchbox')).toHaveCount(0);
    });
  });
});

test.describe('searching the record', () => {
  const famous: [string, RegExp][] = [
    ['Apollo 11', /^Saturn V \| Apollo 11$/],
    ['Falcon 9', /^Falcon 9 /],
    ['Ariane 5', /^Ariane 5 /],
    ['Gagarin', /^Vostok-K \| Vostok 1$/],
  ];
  for (const [q, first] of famous) {
    test(`a search for ${q} lists it first`, async ({ page }) => {
      await page.goto(`/launches?search=${encodeURIComponent(q)}`);
      await expect(resultTitles(page).first()).toHaveText(first);
      await expect(
        page.getByRole('combobox', { name: 'Sort by' }).locator('option:checked'),
      ).toHaveText('Best match (default)');
    });
  }

  test('an ordering chosen by the reader wins over the ranking', async ({ page }) => {
    await page.goto('/launches?search=Apollo&ordering=-name');
    await expect(resultTitles(page).first()).not.toHaveText('Saturn V | Apollo 11');
  });

  test('the search page finds the mission and the cosmodrome', async ({ page }) => {
    await page.goto('/search?q=Apollo%2011');
    const launches = page.getByRole('region', { name: /Launches/ });
    await expect(launches.getByRole('listitem').first()).toContainText('Saturn V | Apollo 11');

    await page.goto('/search?q=Gagarin');
    await expect(
      page.getByRole('region', { name: /Launches/ }).getByRole('link', { name: /Vostok 1/ }),
    ).toBeVisible();

    await page.goto('/search?q=Baikonur');
    await expect(
      page
        .getByRole('region', { name: /Locations/ })
        .getByRole('link', { name: /Baikonur Cosmodrome/ }),
    ).toBeVisible();
  });
});

test.describe('deep pages', () => {
  test('offset 5,000 renders its range and links', async ({ page }) => {
    await page.goto('/launches?offset=5000');
    const total = await matchCount(page);
    await expect(
      page.getByText(`Showing 5,001–5,010 of ${total.toLocaleString('en-US')}`),
    ).toBeVisible();
    await expect(resultTitles(page)).toHaveCount(10);
    const nav = page.getByRole('navigation', { name: 'Pagination' });
    await expect(nav.getByRole('link', { name: /Next/ })).toHaveAttribute('href', /offset=5010/);
    await expect(nav.getByRole('link', { name: /Previous/ })).toHaveAttribute(
      'href',
      /offset=4990/,
    );
  });

  test('the last page and a page past the end', async ({ page }) => {
    await page.goto('/launches?offset=6900&limit=100');
    const total = await matchCount(page);
    await expect(resultTitles(page)).toHaveCount(total - 6900);
    await page.goto('/launches?offset=20000');
    await expect(page.getByText(/This page starts at result 20,001/)).toBeVisible();
  });
});

test.describe('the histogram', () => {
  test('the whole record by year, three years by month', async ({ page }) => {
    await page.goto('/launches');
    await expect(page.getByRole('heading', { name: /Launches per year/ })).toContainText('1957 –');
    await page.goto('/launches?net__gte=2022-01-01&net__lt=2025-01-01');
    await expect(page.getByRole('heading', { name: /Launches per month/ })).toContainText(
      /Jan 2022 – \w{3} 2024/,
    );
  });
});

test('sitemaps list every launch, at most 5,000 to a file', async ({ request }) => {
  const index = await (await request.get('/sitemap.xml')).text();
  const parts = [
    ...index.matchAll(/<loc>[^<]*(\/sitemaps\/sitemap\/launches-\d+\.xml)<\/loc>/g),
  ].map((m) => m[1]!);
  expect(parts.length).toBeGreaterThanOrEqual(2);
  let urls = 0;
  for (const part of parts) {
    const body = await (await request.get(part)).text();
    const n = body.match(/<url>/g)?.length ?? 0;
    expect(n).toBeLessThanOrEqual(5000);
    urls += n;
  }
  expect(urls).toBeGreaterThanOrEqual(6900);
});
