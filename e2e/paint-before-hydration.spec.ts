import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './hydration';

/** Start times of the first contentful paint and of every Next chunk the page fetched. */
async function paintAndChunks(page: Page) {
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length))
    .toBe(1);
  return page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
    chunks: performance
      .getEntriesByType('resource')
      .filter((r) => r.name.includes('/_next/static/') && r.name.endsWith('.js'))
      .map((r) => r.startTime),
  }));
}

test.describe('content is painted before JavaScript loads', () => {
  for (const path of ['/launches', '/agencies']) {
    test(`${path}: chunks are requested only after the first contentful paint`, async ({
      page,
    }) => {
      await page.goto(path);
      await expect.poll(async () => (await paintAndChunks(page)).chunks.length).toBeGreaterThan(3);
      const { paint, chunks } = await paintAndChunks(page);
      for (const start of chunks) expect(start).toBeGreaterThanOrEqual(paint);
    });
  }

  test('the page still hydrates: a card link navigates without a full reload', async ({ page }) => {
    await page.goto('/launches');
    await expect.poll(async () => (await paintAndChunks(page)).chunks.length).toBeGreaterThan(3);
    // Hydration starts after the paint, so it has to be waited for: a click before it is a
    // page load, which is what the page does without JavaScript.
    await hydrated(page);
    await page.evaluate(() => Object.assign(window, { __samePage: true }));
    const card = page.getByRole('main').getByRole('article').first().getByRole('link').first();
    const href = await card.getAttribute('href');
    // A hydrated Next link navigates client-side, keeping the window's state.
    await card.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    expect(await page.evaluate(() => (window as { __samePage?: boolean }).__samePage)).toBe(true);
  });
});
