import { expect, test } from '@playwright/test';
import { hydrated } from './hydration';

/** People: a launch's crew, an astronaut's flights, and a station's crews over time. */

const CREW_2 = '/launches/falcon-9-block-5-crew-2-32dcb5ad';

test('an astronaut from a launch’s crew to their page and back', async ({ page }) => {
  await page.goto(CREW_2);
  const crew = page.getByRole('region', { name: 'Crew' });
  await expect(crew.getByRole('listitem')).toHaveCount(4);
  await expect(crew.getByRole('listitem').filter({ hasText: 'Thomas Pesquet' })).toContainText(
    'Mission Specialist',
  );
  await crew.getByRole('link', { name: 'Thomas Pesquet' }).click();

  await expect(page).toHaveURL(/\/astronauts\/1-thomas-pesquet$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Thomas Pesquet' })).toBeVisible();
  // A snapshot astronaut lacks status and type: those rows are left out, not shown empty.
  const facts = page.getByRole('definition');
  await expect(page.getByRole('term').filter({ hasText: /^Status$/ })).toHaveCount(0);
  await expect(facts.filter({ hasText: /^FR\s*French$/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'European Space Agency' })).toBeVisible();

  const flights = page.getByRole('region', { name: 'Flights' });
  await expect(flights.getByRole('listitem')).toHaveCount(2);
  await flights.getByRole('link', { name: 'Falcon 9 Block 5 | Crew-2' }).click();
  await expect(page).toHaveURL(new RegExp(`${CREW_2}$`));
  await expect(
    page.getByRole('heading', { level: 1, name: 'Falcon 9 Block 5 | Crew-2' }),
  ).toBeVisible();
});

test('the astronauts list filters by nationality and links each astronaut', async ({ page }) => {
  await page.goto('/astronauts?nationality=French');
  await expect(page.getByRole('heading', { level: 2, name: /^14 astronauts/ })).toBeVisible();
  await page.goto('/astronauts?nationality=French&search=pesquet');
  await expect(page.getByRole('heading', { level: 2, name: /^1 astronaut/ })).toBeVisible();
  await page.getByRole('link', { name: 'Thomas Pesquet' }).click();
  await expect(page).toHaveURL(/\/astronauts\/1-thomas-pesquet$/);
});

test('a station’s crew timeline by keyboard: zoom, then open an expedition', async ({ page }) => {
  await page.goto('/space-stations/4-international-space-station');
  await hydrated(page);
  const crew = page.getByRole('region', { name: 'Crew timeline' });
  const plot = crew.getByRole('group', { name: /Expeditions aboard: \d+ expeditions by station/ });
  await expect(plot).toBeVisible();
  const bars = plot.getByRole('listitem').getByRole('link');
  await expect(bars).toHaveCount(2);
  // The accessible table lists the same expeditions.
  await expect(crew.getByRole('table').getByRole('row')).toHaveCount(3);

  // The range links work from the keyboard and keep the docking timeline's own range apart.
  await crew.getByRole('link', { name: 'Zoom in' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/start__gte=.+&start__lte=.+#crew-timeline$/);
  expect(new URL(page.url()).searchParams.has('docking__gte')).toBe(false);
  await crew.getByRole('link', { name: 'All time' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/space-stations\/4-international-space-station#crew-timeline$/);

  // Tab from the last range link into the plot: the first bar, named for what it shows.
  await crew.getByRole('link', { name: 'Later' }).focus();
  await page.keyboard.press('Tab');
  const first = plot.getByRole('link', { name: /^Expedition 71, / });
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/expeditions\/158(-expedition-71)?$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Expedition 71' })).toBeVisible();
  const members = page.getByRole('region', { name: 'Crew' }).getByRole('listitem');
  await expect(members).toHaveCount(9);
  await expect(members.first()).toContainText('Commander');
  await page.getByRole('link', { name: 'International Space Station' }).first().click();
  await expect(page).toHaveURL(/\/space-stations\/4-international-space-station$/);
});
