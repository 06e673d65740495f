import { expect, test } from '@playwright/test';

// The site starts on the committed snapshot of real LL2 data: these journeys need its
// thousands of launches, which the seed pages alone never had.

test('the 1957 Sputnik launch reads whole, with its provider, rocket and pad linked', async ({
  page,
}) => {
  await page.goto('/launches?search=Sputnik%201&ordering=net');
  await page
    .getByRole('article')
    .getByRole('link', { name: 'Sputnik 8K74PS | Sputnik 1' })
    .first()
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sputnik 8K74PS | Sputnik 1' }),
  ).toBeVisible();
  await expect(page.locator('main time').first()).toHaveAttribute('datetime', /^1957-10-04T19:28/);
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'Soviet Space Program' }).first()).toHaveAttribute(
    'href',
    /^\/agencies\/66-/,
  );
  await expect(main.getByRole('link', { name: 'Sputnik 8K74PS' }).first()).toHaveAttribute(
    'href',
    /^\/rockets\/468-/,
  );
  await expect(main.getByRole('link', { name: 'All its launches' })).toHaveAttribute(
    'href',
    /launcher_config__id=468/,
  );
  await expect(main.getByRole('link', { name: '1/5' }).first()).toHaveAttribute(
    'href',
    /^\/pads\/32-/,
  );

  // Each link leads to a real page about that record.
  await main.getByRole('link', { name: '1/5' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: '1/5' })).toBeVisible();
  await expect(page.getByText(/Baikonur Cosmodrome/).first()).toBeVisible();
});

test('the data is dated by the snapshot’s newest record, from The Space Devs', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  await expect(
    footer.getByText(
      /From a saved snapshot of The Space Devs’ Launch Library 2 whose newest record is from/,
    ),
  ).toBeVisible();
  await expect(footer.locator('time').first()).toHaveAttribute('datetime', /^2025-04-20/);
});

test('lists hold the real index: thousands of launches over 1957 to 2025', async ({ page }) => {
  await page.goto('/launches');
  await expect(page.getByText(/^6,9\d\d launches$/).first()).toBeVisible();
  await page.goto('/launches?ordering=net');
  await expect(page.getByRole('article').first()).toContainText('Sputnik');
});
