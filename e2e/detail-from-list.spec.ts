import { expect, test } from '@playwright/test';

test('open an agency from its list card, read it, and go back to the list', async ({ page }) => {
  await page.goto('/agencies?search=Skyrora');
  await expect(page.getByRole('heading', { level: 1, name: 'Agencies' })).toBeVisible();

  await page.getByRole('article').getByRole('link', { name: 'Skyrora' }).click();
  await expect(page).toHaveURL(/\/agencies\/1042-skr$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Skyrora' })).toBeVisible();

  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link', { name: 'Agencies' })).toHaveAttribute('href', '/agencies');
  await expect(crumbs.getByText('Skyrora')).toHaveAttribute('aria-current', 'page');

  // The record's facts, description and off-site links (http(s) only, no referrer).
  await expect(page.getByText('CEO: Volodymyr Lvykin')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'About' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Launches of Skyrora XL' })).toHaveAttribute(
    'href',
    '/launches?launcher_config__id=485',
  );

  await page.goBack();
  await expect(page).toHaveURL(/\/agencies\?search=Skyrora$/);
  await expect(page.getByRole('article').getByRole('link', { name: 'Skyrora' })).toBeVisible();
});

test('open a docking event from its list and follow it to the spacecraft and back', async ({
  page,
}) => {
  await page.goto('/docking-events');
  await page
    .getByRole('article')
    .getByRole('link', { name: /Crew Dragon Freedom/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/docking-events\/611$/);
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Crew Dragon Freedom → International Space Station',
    }),
  ).toBeVisible();
  await expect(page.getByText('Harmony forward').first()).toBeVisible();
  await expect(page.getByText('34 days 14 h')).toBeVisible();

  await page.getByRole('link', { name: 'Crew Dragon Freedom', exact: true }).click();
  await expect(page).toHaveURL(/\/spacecraft\/551-crew-dragon-freedom$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Crew Dragon Freedom' })).toBeVisible();
  await expect(page.getByText('372 days 14 h')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Docking history' })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/docking-events\/611$/);
});
