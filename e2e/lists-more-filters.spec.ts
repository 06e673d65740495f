import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './hydration';
import { listedCount } from './seo-helpers';

/** How many agencies the list finds when the query is its address: the form must reach the same. */
async function directCount(page: Page, query: string): Promise<number> {
  return listedCount(page.request, `/agencies?${query}`);
}

test('"More filters" loads every filter of the resource into the panel', async ({ page }) => {
  await page.goto('/agencies');
  await hydrated(page);
  const filters = page.getByRole('complementary', { name: 'Filter agencies' });
  // The rarer filters are not sent with the page until someone asks for them.
  await expect(filters.getByRole('textbox', { name: 'Abbreviation contains' })).toHaveCount(0);

  // Opening the section from the keyboard loads them; focus stays on the section's toggle.
  const more = filters.locator('summary', { hasText: 'More filters' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/agencies\?filters=all$/);
  const abbreviation = filters
    .getByRole('group', { name: 'Abbreviation' })
    .getByRole('textbox', { name: 'Abbreviation contains' });
  await expect(abbreviation).toBeVisible();
  await expect(more).toBeFocused();

  // They work like the others, and stay in the panel while they are used.
  await abbreviation.fill('SA');
  await expect(page).toHaveURL(/\/agencies\?abbrev__contains=SA&filters=all$/);
  const count = await directCount(page, 'abbrev__contains=SA');
  await expect(
    page.getByRole('heading', { level: 2, name: `${count} agencies match` }),
  ).toBeVisible();
  await filters.getByRole('combobox', { name: 'Type' }).selectOption('1');
  await expect(page).toHaveURL(/\/agencies\?abbrev__contains=SA&filters=all&type__id=1$/);
  await expect(abbreviation).toHaveValue('SA');

  // The switch is the panel's, not a filter: shared links and the canonical URL leave it out.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/agencies\?abbrev__contains=SA&type__id=1$/,
  );
  await expect(page.getByRole('status').filter({ hasText: 'not used' })).toHaveCount(0);
});

test('a rarer filter in the address shows its control without asking', async ({ page }) => {
  await page.goto('/agencies?abbrev__contains=SA');
  const filters = page.getByRole('complementary', { name: 'Filter agencies' });
  await expect(filters.getByRole('textbox', { name: 'Abbreviation contains' })).toHaveValue('SA');
  await expect(filters.getByText('(1 active)')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('"More filters" submits the form and keeps what was chosen', async ({ page }) => {
    await page.goto('/agencies');
    const filters = page.getByRole('complementary', { name: 'Filter agencies' });
    await filters.getByRole('combobox', { name: 'Type' }).selectOption('1');
    await filters.getByText('More filters', { exact: true }).click();
    await filters.getByRole('button', { name: /^Show \d+ more filters$/ }).click();
    await expect(page).toHaveURL(/\/agencies\?filters=all&type__id=1$/);
    await expect(filters.getByRole('combobox', { name: 'Type' })).toHaveValue('1');

    await filters.getByRole('textbox', { name: 'Abbreviation contains' }).fill('SA');
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/\/agencies\?abbrev__contains=SA&filters=all&type__id=1$/);
    const count = await directCount(page, 'abbrev__contains=SA&type__id=1');
    expect(count).toBeGreaterThan(1);
    await expect(
      page.getByRole('heading', { level: 2, name: `${count} agencies match` }),
    ).toBeVisible();
  });
});
