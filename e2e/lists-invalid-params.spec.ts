import { expect, test } from '@playwright/test';

test('invalid and unknown parameters are named on the page, which still renders', async ({
  page,
}) => {
  const response = await page.goto('/agencies?founding_year__gte=soon&bogus=1&type__id=3');
  expect(response?.status()).toBe(200);

  const notice = page.getByRole('status').filter({ hasText: 'parameters were not used' });
  await expect(notice).toContainText('founding_year__gte=soon');
  await expect(notice).toContainText('Enter a number.');
  await expect(notice).toContainText('bogus=1');
  await expect(notice).toContainText('Unknown parameter');

  // The valid filter still applies, and the bad value stays in its box to be fixed.
  await expect(page.getByRole('heading', { level: 2, name: '176 agencies match' })).toBeVisible();
  const min = page
    .getByRole('group', { name: 'Founding year' })
    .getByRole('textbox', { name: 'Min' });
  await expect(min).toHaveValue('soon');
  await expect(min).toHaveAttribute('aria-invalid', 'true');

  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

  await notice.getByRole('link', { name: 'Remove them from the address' }).click();
  await expect(page).toHaveURL(/\/agencies\?type__id=3$/);
  await expect(page.getByRole('status').filter({ hasText: 'not used' })).toHaveCount(0);
});

test('a bad limit and ordering fall back to the defaults', async ({ page }) => {
  await page.goto('/launches?limit=-5&ordering=launch_date');
  await expect(page.getByText('limit=-5')).toBeVisible();
  await expect(page.getByText('ordering=launch_date')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(10);
});
