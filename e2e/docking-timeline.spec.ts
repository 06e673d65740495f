import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './hydration';

/** The docking log as a timeline: a filtered, shareable URL drawn as lanes and bars. */

const TIMELINE = '/docking-events?space_station_target__id=4&view=timeline';

async function timeline(page: Page) {
  await page.goto(TIMELINE);
  return page.getByRole('group', { name: /Dockings by port/ });
}

test('the filtered docking timeline draws a lane per port and links each bar to its docking', async ({ page }) => {
  const plot = await timeline(page);
  await expect(plot).toBeVisible();
  await expect(page.getByRole('link', { name: 'Timeline', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(plot.getByRole('list', { name: /Harmony forward: \d+ docking/ })).toBeAttached();
  const bars = plot.getByRole('listitem').getByRole('link');
  const count = await bars.count();
  expect(count).toBeGreaterThan(0);

  // The accessible table lists the same dockings as the bars.
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(count + 1);

  // A bar is a link to its docking event.
  const href = await bars.first().getAttribute('href');
  expect(href).toMatch(/^\/docking-events\/\d+$/);
  await bars.first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('range links keep the filters in the URL, and the URL reproduces the view', async ({ page }) => {
  await timeline(page);
  await page.getByRole('link', { name: '5 years' }).click();
  await expect(page).toHaveURL(/docking__gte=/);
  const url = new URL(page.url());
  expect(url.searchParams.get('space_station_target__id')).toBe('4');
  expect(url.searchParams.get('view')).toBe('timeline');

  // Opening the shared URL fresh shows the same window and the same bars.
  const bars = await page.getByRole('group', { name: /Dockings by port/ }).getByRole('listitem').count();
  const fresh = await page.context().newPage();
  await fresh.goto(url.pathname + url.search);
  await expect(fresh.getByRole('group', { name: /Dockings by port/ }).getByRole('listitem')).toHaveCount(bars);
  await expect(fresh.getByRole('link', { name: '5 years' })).toHaveAttribute('aria-current', /.+/);
});

test('dragging across the axis with a mouse zooms to that range, filters kept', async ({ page }) => {
  await timeline(page);
  await hydrated(page);
  // Loaded after hydration: the zoom links work without it.
  const band = page.locator('[title="Drag across the axis to zoom in"]');
  await expect(band).toBeVisible();
  const box = (await band.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.5, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, y, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/docking__lte=/);
  const url = new URL(page.url());
  expect(url.searchParams.get('space_station_target__id')).toBe('4');
  expect(url.searchParams.get('view')).toBe('timeline');
  const from = Date.parse(url.searchParams.get('docking__gte')!);
  const to = Date.parse(url.searchParams.get('docking__lte')!);
  expect(to).toBeGreaterThan(from);
  // A fifth of the plot: far less than the whole history the page opened on.
  expect(to - from).toBeLessThan(15 * 365 * 24 * 3600 * 1000);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`screenshot of the timeline in ${colorScheme} mode`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    const plot = await timeline(page);
    await expect(plot).toBeVisible();
    await expect(page.locator('html')).toHaveClass(colorScheme === 'dark' ? /dark/ : /^(?!.*dark)/);
    await testInfo.attach(`docking-timeline-${colorScheme}`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });
  });
}
