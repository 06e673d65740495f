import { expect, test } from '@playwright/test';

test('filter agencies by country and founding year through the form', async ({ page }) => {
  await page.goto('/agencies');
  await expect(page.getByRole('heading', { level: 1, name: 'Agencies' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '350 agencies' })).toBeVisible();

  const filters = page.getByRole('complementary', { name: 'Filter agencies' });
  await filters.getByRole('checkbox', { name: 'China' }).check();
  await expect(page).toHaveURL(/\/agencies\?country_code=CHN$/);

  await filters
    .getByRole('group', { name: 'Founding year' })
    .getByRole('textbox', { name: 'Min' })
    .fill('2015');
  await expect(page).toHaveURL(/\/agencies\?country_code=CHN&founding_year__gte=2015$/);
  await expect(page.getByRole('heading', { level: 2, name: '8 agencies match' })).toBeVisible();

  const results = page.getByRole('list').filter({ has: page.getByRole('article') });
  await expect(results.getByRole('heading', { level: 3 })).toHaveText([
    'ExPace',
    'LandSpace',
    'i-Space',
    'Galactic Energy',
    'CAS Space',
    'Space Pioneer',
    'Orienspace Technology',
    'Deep Blue Aerospace',
  ]);

  // The same query string is the API query.
  const api = await page.request.get(
    '/api/2.3.0/agencies/?country_code=CHN&founding_year__gte=2015',
  );
  expect(((await api.json()) as { count: number }).count).toBe(8);

  // Each active filter is a link to the URL without it.
  await page.getByRole('link', { name: 'Remove filter: Country: China' }).click();
  await expect(page).toHaveURL(/\/agencies\?founding_year__gte=2015$/);
  await expect(filters.getByRole('checkbox', { name: 'China' })).not.toBeChecked();

  await page.getByRole('link', { name: 'Remove filter: Founding year ≥ 2015' }).click();
  await expect(page).toHaveURL(/\/agencies$/);
  await expect(page.getByRole('heading', { level: 2, name: '350 agencies' })).toBeVisible();
});

test('a filter that matches nothing offers to remove the most restrictive one', async ({
  page,
}) => {
  await page.goto('/agencies?founding_year__gte=2023&type__id=3');
  await expect(page.getByRole('heading', { name: 'No agencies match' })).toBeVisible();
  // Without the founding year, 176 commercial agencies; without the type, one agency.
  await page.getByRole('link', { name: 'Remove “Founding year ≥ 2023”' }).click();
  await expect(page).toHaveURL(/\/agencies\?type__id=3$/);
  await expect(page.getByRole('heading', { level: 2, name: /\d+ agencies match/ })).toBeVisible();
});
