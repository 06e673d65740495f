import { expect, test } from '@playwright/test';
import { hydrated } from './hydration';

const count = (text: string) => Number(text.replace(/[^\d]/g, ''));

test('filter the statistics, click a bar, land on its launches, and come back', async ({
  page,
}) => {
  await page.goto('/launches?lsp__id=121');
  await page.getByRole('link', { name: 'These launches in charts' }).click();
  await expect(page).toHaveURL(/\/statistics\?lsp__id=121$/);
  await hydrated(page);

  // A second filter through the same panel as the launch list.
  const filters = page.getByRole('complementary', { name: 'Filter launches' });
  await filters
    .getByRole('group', { name: 'Status' })
    .getByRole('checkbox', { name: /^Launch Failure/ })
    .check();
  await expect(page).toHaveURL(/status__ids=4/);
  await expect(
    page.getByRole('link', { name: 'Remove filter: Status: Launch Failure' }),
  ).toBeVisible();
  const heading = page.getByRole('heading', { level: 2, name: /launch(es)? match/ });
  const total = count(await heading.innerText());
  expect(total).toBeGreaterThan(0);

  // The chart's table says what each year holds; its bar links to exactly those launches.
  const outcomes = page.getByRole('region', { name: 'Launches per year by outcome' });
  await outcomes.getByText('Show the data as a table').click();
  const firstRow = outcomes.getByRole('table').getByRole('row').nth(1);
  const year = await firstRow.getByRole('rowheader').innerText();
  const failures = count(await firstRow.getByRole('cell').last().innerText());
  const bar = outcomes.locator(`svg a[href*="year=${year}"]`).first();
  await bar.click();
  await expect(page).toHaveURL(new RegExp(`/launches\\?.*lsp__id=121.*year=${year}`));
  await expect(page).toHaveURL(/status__ids=4/);
  await expect(page.getByRole('heading', { level: 2, name: /launch(es)? match/ })).toHaveText(
    `${failures} ${failures === 1 ? 'launch' : 'launches'} match`,
  );

  // Back to the charts, for the year's failures.
  await page.getByRole('link', { name: 'These launches in charts' }).click();
  await expect(page).toHaveURL(new RegExp(`/statistics\\?.*year=${year}`));
  await expect(page.getByRole('heading', { level: 2, name: /launch(es)? match/ })).toHaveText(
    `${failures} ${failures === 1 ? 'launch' : 'launches'} match`,
  );
});

test('each chart has a CSV of its data and a share image, with the same filters', async ({
  page,
  request,
}) => {
  await page.goto('/statistics?lsp__id=121&net__gte=2015-01-01');
  const total = count(
    await page.getByRole('heading', { level: 2, name: /launches match/ }).innerText(),
  );
  const csvLink = page.getByRole('link', { name: 'Download CSV: Launches per year by outcome' });
  const csv = await request.get((await csvLink.getAttribute('href'))!);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const [head, ...rows] = (await csv.text()).trim().split('\r\n');
  expect(head).toMatch(/^year,Success,/);
  expect(rows[0]).toMatch(/^2015,/);
  const totalColumn = head!.split(',').indexOf('total');
  expect(rows.reduce((sum, row) => sum + Number(row.split(',')[totalColumn]), 0)).toBe(total);

  const image = await request.get(
    (await page.getByRole('link', { name: 'Image: Rocket reliability' }).getAttribute('href'))!,
  );
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  const og = page.locator('meta[property="og:image"]');
  await expect(og).toHaveAttribute('content', /\/statistics\/outcomes\.png\?lsp__id=121/);
});

test('a bad parameter is named, the page is not indexed, and its CSV is refused', async ({
  page,
  request,
}) => {
  await page.goto('/statistics?year=abc');
  await expect(
    page.getByRole('status').filter({ hasText: 'One parameter was not used' }),
  ).toContainText('year=abc');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  // The charts still count every launch.
  await expect(page.getByRole('region', { name: 'Busiest rockets' })).toBeVisible();
  const csv = await request.get('/statistics/outcomes.csv?year=abc');
  expect(csv.status()).toBe(400);
  expect(await csv.text()).toContain('year=abc');
  expect((await request.get('/statistics/nothing.csv')).status()).toBe(404);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the filter form and the bars work as plain HTML', async ({ page }) => {
    await page.goto('/statistics');
    await page
      .getByRole('complementary', { name: 'Filter launches' })
      .getByRole('combobox', { name: 'Crewed' })
      .selectOption('true');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/\/statistics\?is_crewed=true/);
    const crew = page.getByRole('region', { name: 'People launched per year' });
    await expect(crew.locator('svg rect').first()).toBeVisible();
    await crew.locator('svg a').first().click();
    await expect(page).toHaveURL(/\/launches\?is_crewed=true&year=\d{4}/);
  });
});
