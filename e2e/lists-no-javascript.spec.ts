import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('the list works without JavaScript', async ({ page }) => {
  await page.goto('/agencies');
  await expect(page.getByRole('heading', { level: 2, name: '350 agencies' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(10);

  // A plain GET form: every field is sent, and the server redirects to the tidy URL.
  const filters = page.getByRole('complementary', { name: 'Filter agencies' });
  await filters.getByRole('checkbox', { name: 'China' }).check();
  await filters.getByRole('checkbox', { name: 'United Kingdom' }).check();
  await filters
    .getByRole('group', { name: 'Founding year' })
    .getByRole('textbox', { name: 'Min' })
    .fill('2015');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/\/agencies\?country_code=CHN,GBR&founding_year__gte=2015$/);
  await expect(page.getByRole('heading', { level: 2, name: '10 agencies match' })).toBeVisible();

  // Search joins the same form.
  await page.getByRole('searchbox', { name: 'Search agencies' }).fill('orb');
  await page
    .getByRole('search', { name: 'Search agencies' })
    .getByRole('button', { name: 'Search' })
    .click();
  await expect(page).toHaveURL(
    /\/agencies\?country_code=CHN,GBR&founding_year__gte=2015&search=orb$/,
  );
  await expect(page.getByRole('article')).toHaveCount(1);

  // Chips, paging and "load more" are ordinary links.
  await page.getByRole('link', { name: 'Remove filter: Search: “orb”' }).click();
  await expect(page).toHaveURL(/\/agencies\?country_code=CHN,GBR&founding_year__gte=2015$/);

  await page.goto('/agencies');
  await page
    .getByRole('navigation', { name: 'Pagination' })
    .getByRole('link', { name: /Next/ })
    .click();
  await expect(page).toHaveURL(/\/agencies\?offset=10$/);
  await page.getByRole('link', { name: 'Load 10 more' }).click();
  await expect(page).toHaveURL(/\/agencies\?limit=20&offset=10$/);
  await expect(page.getByRole('article')).toHaveCount(20);
});

test('empty form fields never reach a shared URL', async ({ request }) => {
  const response = await request.get(
    '/agencies?search=&type__id=&founding_year__gte=2015&limit=10&ordering=',
    { maxRedirects: 0 },
  );
  expect(response.status()).toBe(307);
  expect(response.headers()['location']).toMatch(/\/agencies\?founding_year__gte=2015$/);
});
