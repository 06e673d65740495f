import { expect, test } from '@playwright/test';

test('the station page shows who is docked now and the docking history', async ({ page }) => {
  await page.goto('/space-stations/4');
  await expect(page).toHaveURL(/\/space-stations\/4-international-space-station$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'International Space Station' }),
  ).toBeVisible();

  // Open docking events (no departure) are "docked now".
  const dockedNow = page.getByRole('region', { name: 'Docked now' });
  await expect(dockedNow.getByRole('listitem')).toHaveCount(2);
  await expect(dockedNow.getByRole('link', { name: 'Crew Dragon Endurance' })).toBeVisible();
  await expect(dockedNow.getByText('Harmony forward')).toBeVisible();
  await expect(dockedNow.getByRole('link', { name: 'Soyuz MS-27' })).toBeVisible();
  await expect(dockedNow.getByText('Prichal nadir')).toBeVisible();
  await expect(dockedNow.getByText(/some of these stays may have ended/)).toBeVisible();

  // The history: a timeline with ports as lanes, and the same dockings as a table.
  const history = page.getByRole('region', { name: 'Docking history' });
  await expect(
    history.getByRole('group', { name: /Dockings by port: 4 dockings by port/ }),
  ).toBeVisible();
  await expect(history.getByRole('list', { name: 'Harmony forward: 3 dockings' })).toBeAttached();
  const table = history.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table.getByRole('row', { name: /Crew Dragon Freedom/ })).toContainText(
    '34 days 14 h',
  );
  await expect(history.getByRole('link', { name: /docking log/ })).toHaveAttribute(
    'href',
    '/docking-events?space_station_target__id=4',
  );

  // A docking in the history opens its own page.
  await table.getByRole('link', { name: 'Cargo Dragon C208' }).click();
  await expect(page).toHaveURL(/\/docking-events\/613$/);
  await expect(page.getByText('41 days 1 h')).toBeVisible();
});

test('the timeline range links zoom the history and keep their place on the page', async ({
  page,
}) => {
  await page.goto('/space-stations/4-international-space-station');
  const history = page.getByRole('region', { name: 'Docking history' });
  await history.getByRole('link', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/docking__gte=.+&docking__lte=.+#docking-history$/);
  await expect(history.getByRole('link', { name: 'All time' })).toBeVisible();
});
