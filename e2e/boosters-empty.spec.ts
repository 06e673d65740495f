import { expect, test } from '@playwright/test';

/**
 * The embedded snapshot holds no boosters (LL2 serves them from its launchers endpoint, which
 * only a sync reads): the list says so and how to get them, rather than failing or pretending.
 */
test('an index without boosters says how to get them', async ({ page }) => {
  const response = await page.goto('/boosters');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Boosters' })).toBeVisible();
  await expect(page.getByText('No boosters yet')).toBeVisible();
  await expect(page.getByText('npm run sync', { exact: true })).toBeVisible();
  // Nothing to index yet: the page is noindex and the sitemap leaves it out.
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('the sitemap leaves out an empty list and keeps the rockets', async ({ request }) => {
  const pages = await (await request.get('/sitemaps/sitemap/pages.xml')).text();
  expect(pages).not.toMatch(/\/boosters</);
  expect(pages).toMatch(/\/rockets</);
  expect((await request.get('/sitemaps/sitemap/boosters-0.xml')).status()).toBe(404);
});

test('a rocket page links its maker and its launches; the maker links back', async ({ page }) => {
  await page.goto('/rockets/164');
  await expect(page).toHaveURL(/\/rockets\/164-falcon-9-block-5$/);
  await expect(page.getByRole('region', { name: 'Track record' })).toContainText('success rate');
  const table = page.getByRole('table', { name: /launches per year by outcome/ });
  await page.getByText('Launches per year as a table').click();
  await expect(table.getByRole('row', { name: /^2023\b/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Other variants' })).toContainText(
    'Falcon 9 Full Thrust',
  );
  await page.getByRole('complementary').getByRole('link', { name: 'SpaceX' }).click();
  await expect(page).toHaveURL(/\/agencies\/121-/);
  const rockets = page.getByRole('region', { name: 'Rockets' });
  await rockets.getByRole('link', { name: 'Falcon 9 Block 5', exact: true }).click();
  await expect(page).toHaveURL(/\/rockets\/164-falcon-9-block-5$/);
});
