import { expect, test } from '@playwright/test';

const missing = [
  '/agencies/999999',
  '/agencies/not-an-agency',
  '/launches/no-such-launch',
  '/launches/00000000-0000-4000-8000-000000000000',
  '/events/999999',
  '/spacecraft/999999',
  '/docking-events/999999',
  '/space-stations/999999',
  '/spacecraft-configurations/999999',
  '/pads/999999',
  '/locations/999999',
  '/programs/999999',
  '/astronauts/999999',
  '/expeditions/999999',
  '/rockets/999999',
  '/boosters/999999',
];

test.describe('without JavaScript', () => {
  // The server's HTML alone must be the whole 404 page: crawlers and no-JS readers see no more.
  test.use({ javaScriptEnabled: false });

  for (const path of missing) {
    test(`an unknown record is a real, server-rendered 404: ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(
        page.getByRole('heading', { level: 1, name: 'We couldn’t find that page' }),
      ).toBeVisible();
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    });
  }
});

test('the 404 page hydrates and leads back home', async ({ page }) => {
  const response = await page.goto('/agencies/999999');
  expect(response?.status()).toBe(404);
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
