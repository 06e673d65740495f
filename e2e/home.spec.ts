import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { listedCount } from './seo-helpers';

test.describe('home page', () => {
  test('shows its sections', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('Orbit Index — launches, agencies and spacecraft');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      /^https?:\/\/[^/]+\/?$/,
    );
    await expect(
      page.getByRole('heading', { level: 1, name: 'Every launch, one index.' }),
    ).toBeVisible();
    await expect(page.getByRole('search', { name: 'Search the index' })).toBeVisible();

    // The embedded launches are all in the past, so the page falls back to the latest ones.
    const launches = page.getByRole('region', { name: /^(Next|Latest) launches$/ });
    await expect(launches).toBeVisible();
    await expect(launches.getByRole('article').or(launches.getByRole('listitem'))).toHaveCount(4);
    if ((await launches.getByRole('heading', { level: 2 }).innerText()) === 'Latest launches') {
      await expect(launches.getByText('No upcoming launches in this dataset')).toBeVisible();
    }

    await expect(
      page.getByRole('region', { name: /^(Coming up|Latest events)$/ }).getByRole('listitem'),
    ).toHaveCount(4);

    const docked = page.getByRole('region', { name: 'Docked now' });
    const iss = docked
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'International Space Station' }) });
    await expect(iss.getByText('2 docked')).toBeVisible();
    await expect(
      iss.getByRole('link', { name: 'Crew Dragon Endurance', exact: true }),
    ).toBeVisible();
    await expect(iss.getByRole('link', { name: 'Soyuz MS-27', exact: true })).toBeVisible();
    // "Now" in a snapshot that was never synced is when it was taken, and the page says so.
    await expect(docked.getByText(/As recorded in the saved snapshot/)).toBeVisible();

    const numbers = page.getByRole('region', { name: 'By the numbers' });
    await expect(numbers.getByRole('link', { name: /6,9\d\d\s*Launches/ })).toBeVisible();
    // The embedded data was never synced here: it is dated by its newest record, not its load time.
    const provenance =
      /From a saved snapshot of The Space Devs’ Launch Library 2 whose newest record is from 20 Apr 2025, not synced since/;
    await expect(numbers.getByText(provenance)).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText(provenance);
    await expect(page.getByRole('contentinfo')).not.toContainText('Data as of');
    await expect(
      page.getByRole('navigation', { name: 'Agencies by type' }).getByRole('link'),
    ).not.toHaveCount(0);
  });

  test('counts agree with the lists', async ({ page, request }) => {
    await page.goto('/');
    const numbers = page.getByRole('region', { name: 'By the numbers' });
    for (const [path, label] of [
      ['/launches', 'Launches'],
      ['/agencies', 'Agencies'],
      ['/docking-events', 'Docking events'],
    ] as const) {
      const count = await listedCount(request, path);
      await expect(
        numbers.getByRole('link', { name: `${count.toLocaleString('en-US')} ${label}` }),
      ).toBeVisible();
    }
  });

  test('its links lead to pages', async ({ page, request }) => {
    await page.goto('/');
    const hrefs = await page
      .locator('main a[href^="/"]')
      .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href') ?? ''))]);
    expect(hrefs.length).toBeGreaterThan(20);
    const broken: string[] = [];
    for (const href of hrefs) {
      const response = await request.get(href, { maxRedirects: 0 });
      if (response.status() >= 400) broken.push(`${response.status()} ${href}`);
    }
    expect(broken).toEqual([]);
  });

  test('a launch, a station and a docked vehicle open their pages', async ({ page }) => {
    await page.goto('/');
    const launches = page.getByRole('region', { name: /^(Next|Latest) launches$/ });
    const featured = launches.getByRole('article').getByRole('link').first();
    const name = await featured.innerText();
    await featured.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);

    await page.goto('/');
    await page
      .getByRole('region', { name: 'Docked now' })
      .getByRole('link', { name: 'International Space Station', exact: true })
      .click();
    await expect(page).toHaveURL(/\/space-stations\/4/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'International Space Station',
    );

    await page.goto('/');
    await page
      .getByRole('region', { name: 'Docked now' })
      .getByRole('link', { name: 'Crew Dragon Endurance', exact: true })
      .click();
    await expect(page).toHaveURL(/\/spacecraft\/542/);
  });

  test('the hero search goes to the results page', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('search', { name: 'Search the index' }).getByRole('combobox');
    await box.fill('baikonur');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=baikonur$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Results for “baikonur”' }),
    ).toBeVisible();
  });

  test('has no detectable accessibility problems, light or dark', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
    }
  });
});

test.describe('home page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('renders every section in the HTML', async ({ page }) => {
    await page.goto('/');
    for (const name of [
      /^(Next|Latest) launches$/,
      /^(Coming up|Latest events)$/,
      /^Docked now$/,
      /^By the numbers$/,
      /^Jump in$/,
    ]) {
      await expect(page.getByRole('region', { name })).toBeVisible();
    }
    await expect(page.getByText('Loading', { exact: false })).toHaveCount(0);
  });
});
