import { expect, test } from '@playwright/test';
import { hydrated } from './hydration';

test('sort a list and page through it', async ({ page }) => {
  await page.goto('/agencies');
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Name, Z → A' });
  await expect(page).toHaveURL(/\/agencies\?ordering=-name$/);

  const titles = page.getByRole('article').getByRole('heading', { level: 3 });
  await expect(titles.first()).toHaveText('Yuzhnoye Design Bureau');
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  await expect(pagination).toContainText('Showing 1–10 of 350');

  await pagination.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/agencies\?offset=10&ordering=-name$/);
  await expect(pagination).toContainText('Showing 11–20 of 350');
  await expect(titles.first()).toHaveText('Vector');

  await pagination.getByRole('link', { name: 'Last page' }).click();
  await expect(page).toHaveURL(/offset=340/);
  await expect(pagination).toContainText('Showing 341–350 of 350');
  await expect(titles).toHaveCount(10);
  await expect(titles.last()).toHaveText('1worldspace');

  await pagination.getByRole('link', { name: 'First page' }).click();
  await expect(page).toHaveURL(/\/agencies\?ordering=-name$/);
});

test('changing the page size resets the offset', async ({ page }) => {
  await page.goto('/agencies?offset=10');
  await page.getByRole('combobox', { name: 'Per page' }).selectOption('25');
  await expect(page).toHaveURL(/\/agencies\?limit=25$/);
  await expect(page.getByRole('article')).toHaveCount(25);
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText(
    'Showing 1–25 of 350',
  );
});

test('load more appends results and keeps the longer list shareable', async ({ page }) => {
  await page.goto('/agencies');
  await expect(page.getByRole('article')).toHaveCount(10);
  await hydrated(page);
  await page.getByRole('link', { name: 'Load 10 more' }).click();
  await expect(page.getByRole('article')).toHaveCount(20);
  await expect(page).toHaveURL(/\/agencies\?limit=20$/);
  // Keyboard users continue at the first new result, and the next step is the same page size.
  await expect(page.getByRole('article').nth(10).getByRole('link').first()).toBeFocused();
  await expect(page.getByRole('link', { name: 'Load 10 more' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText(
    'Showing 1–20 of 350',
  );

  await page.reload();
  await expect(page.getByRole('article')).toHaveCount(20);
});
