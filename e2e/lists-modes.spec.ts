import { expect, test } from '@playwright/test';

test('switch between table, cards and detailed cards', async ({ page }) => {
  await page.goto('/launches');
  const modes = page.getByRole('navigation', { name: 'Display mode' });
  await expect(modes.getByRole('link', { name: 'Cards view' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('article')).toHaveCount(10);

  await modes.getByRole('link', { name: 'Table view' }).click();
  await expect(page).toHaveURL(/\/launches\?mode=list$/);
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Launch', 'Status', 'NET']);
  await expect(table.getByRole('row')).toHaveCount(11);
  await expect(table.getByRole('rowheader').first()).toHaveText('Sputnik 8K74PS | Sputnik 1');

  await modes.getByRole('link', { name: 'Detailed view' }).click();
  await expect(page).toHaveURL(/\/launches\?mode=detailed$/);
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('article').first()).toContainText('Mission');

  await modes.getByRole('link', { name: 'Cards view' }).click();
  await expect(page).toHaveURL(/\/launches$/);
});

test('only the modes a resource has are offered', async ({ page }) => {
  await page.goto('/docking-events');
  const modes = page.getByRole('navigation', { name: 'Display mode' });
  await expect(modes.getByRole('link')).toHaveText(['Cards view', 'Detailed view']);
  await page.goto('/pads');
  await expect(page.getByRole('navigation', { name: 'Display mode' })).toHaveCount(0);
});

test('launch tabs are links that keep the filters', async ({ page }) => {
  await page.goto('/launches?search=Soyuz');
  const tabs = page.getByRole('navigation', { name: 'Launch lists' });
  await expect(tabs.getByRole('link', { name: 'All' })).toHaveAttribute('aria-current', 'page');
  await tabs.getByRole('link', { name: 'Previous' }).click();
  await expect(page).toHaveURL(/\/launches\/previous\?search=Soyuz$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Previous launches' })).toBeVisible();
});

test('a histogram bar narrows the list to its month', async ({ page }) => {
  // Over three years or less the bars are months (over 1957–2025 they are years).
  await page.goto('/launches?net__gte=2023-01-01&net__lt=2025-01-01');
  await page.getByRole('link', { name: 'Sep 2024: 7 launches' }).click();
  await expect(page).toHaveURL(
    /\/launches\?month=9&net__gte=2023-01-01T00:00:00\.000Z&net__lt=2025-01-01T00:00:00\.000Z&year=2024$/,
  );
  await expect(page.getByRole('heading', { level: 2, name: '7 launches match' })).toBeVisible();
});
