import { expect, test, type Page } from '@playwright/test';

/**
 * The page is painted before its JavaScript runs, so a reader can use a control before it is
 * live. Holding every script until the interaction is done makes that moment as long as a slow
 * phone's; what was chosen or typed must still take effect once the page hydrates.
 */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/**/*.js', async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

test('a filter ticked while the page loads is applied once it hydrates', async ({ page }) => {
  const release = await holdScripts(page);
  // Held scripts hold the load event too.
  await page.goto('/agencies', { waitUntil: 'domcontentloaded' });
  const filters = page.getByRole('complementary', { name: 'Filter agencies' });
  await filters.getByRole('checkbox', { name: 'China' }).check();
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/agencies$/);

  release();
  await expect(page).toHaveURL(/\/agencies\?country_code=CHN$/);
  await expect(page.getByRole('heading', { level: 2, name: /agencies match/ })).toBeVisible();
});

test('a page size picked while the page loads is applied once it hydrates', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('/agencies?offset=10', { waitUntil: 'domcontentloaded' });
  await page.getByRole('combobox', { name: 'Per page' }).selectOption('25');

  release();
  await expect(page).toHaveURL(/\/agencies\?limit=25$/);
  await expect(page.getByRole('article')).toHaveCount(25);
});

test('text typed into search while the page loads gets suggestions once it hydrates', async ({
  page,
}) => {
  const release = await holdScripts(page);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  const search = page.getByRole('search', { name: 'Site search', exact: true });
  await search.getByRole('combobox').fill('crew dragon');

  release();
  await expect(search.getByRole('combobox')).toHaveValue('crew dragon');
  await expect(search.getByRole('option', { name: /Crew Dragon Endurance/ })).toBeVisible();
});
