import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The header's search (desktop layout), not the home hero's or the mobile menu's. */
function headerSearch(page: Page) {
  const form = page.getByRole('search', { name: 'Site search', exact: true });
  return {
    form,
    box: form.getByRole('combobox', { name: /search launches, agencies/i }),
    list: form.getByRole('listbox', { name: 'Search suggestions' }),
  };
}

test.describe('search typeahead', () => {
  test('suggests matches grouped by resource and opens one with the keyboard', async ({ page }) => {
    await page.goto('/events');
    const { box, list } = headerSearch(page);
    await expect(box).toHaveAttribute('aria-expanded', 'false');

    await box.fill('crew dragon');
    await expect(list).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(list.getByRole('group', { name: /Spacecraft/ }).first()).toBeVisible();
    const endurance = list.getByRole('option', { name: /Crew Dragon Endurance/ });
    await expect(endurance).toBeVisible();

    // Focus stays in the field; the highlighted option is announced via aria-activedescendant.
    await box.press('ArrowDown');
    const first = list.getByRole('option').first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute(
      'aria-activedescendant',
      (await first.getAttribute('id')) ?? '',
    );
    await expect(box).toBeFocused();

    // A launch and an event come before spacecraft: the third option is the first spacecraft.
    await box.press('ArrowDown');
    await box.press('ArrowDown');
    await expect(endurance).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/spacecraft\/542-crew-dragon-endurance$/);
    await expect(
      page.getByRole('heading', { level: 1, name: /Crew Dragon Endurance/ }),
    ).toBeVisible();
  });

  test('ArrowUp wraps to "All results", and Enter there opens the full search', async ({
    page,
  }) => {
    await page.goto('/events');
    const { box, list } = headerSearch(page);
    await box.fill('soyuz');
    await expect(list.getByRole('option', { name: /Soyuz MS-20/ })).toBeVisible();
    await box.press('ArrowUp');
    await expect(list.getByRole('option', { name: 'All results for “soyuz”' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=soyuz$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Results for “soyuz”' }),
    ).toBeVisible();
  });

  test('Escape closes the suggestions, then clears the field', async ({ page }) => {
    await page.goto('/events');
    const { box, list } = headerSearch(page);
    await box.fill('soyuz');
    await expect(list).toBeVisible();
    await box.press('Escape');
    await expect(list).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(box).toHaveValue('soyuz');
    await box.press('Escape');
    await expect(box).toHaveValue('');
    // Typing again reopens them.
    await box.pressSequentially('soy');
    await expect(list).toBeVisible();
  });

  test('says so when nothing matches, and Enter still searches everything', async ({ page }) => {
    await page.goto('/events');
    const { box, form } = headerSearch(page);
    await box.fill('qwertyuiop');
    await expect(form.getByText(/No matches for “qwertyuiop”/)).toBeVisible();
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=qwertyuiop$/);
    await expect(page.getByRole('heading', { name: 'No results for “qwertyuiop”' })).toBeVisible();
  });

  test('a suggestion can be picked with the mouse', async ({ page }) => {
    await page.goto('/events');
    const { box, list } = headerSearch(page);
    await box.fill('endurance');
    await list.getByRole('option', { name: /Crew Dragon Endurance/ }).click();
    await expect(page).toHaveURL(/\/spacecraft\/542-crew-dragon-endurance$/);
  });

  test('works in the mobile menu', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/events');
    await page.getByText('Menu', { exact: true }).click();
    const form = page.getByRole('search', { name: 'Site search (menu)' });
    const box = form.getByRole('combobox');
    await box.fill('soyuz');
    await expect(form.getByRole('option', { name: /Soyuz MS-27/ }).first()).toBeVisible();
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/launches\//);
    // Picking a page folds the menu away.
    await expect(form).toBeHidden();
  });
});

test('the open typeahead and the results page pass axe, light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/search?q=soyuz');
    const box = page.getByRole('search', { name: 'Search this index' }).getByRole('combobox');
    await box.fill('dragon');
    await expect(page.getByRole('option', { name: /Crew Dragon Endurance/ })).toBeVisible();
    await box.press('ArrowDown');
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
  }
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form submits to /search and shows grouped results', async ({ page }) => {
    await page.goto('/events');
    const { box } = headerSearch(page);
    await box.fill('soyuz');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=soyuz$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Results for “soyuz”' }),
    ).toBeVisible();
    await expect(page.getByText(/1,204 results for “soyuz” in 6 sections/)).toBeVisible();

    const launches = page.getByRole('region', { name: /Launches/ });
    await expect(launches.getByRole('listitem')).toHaveCount(5);
    const seeAll = launches.getByRole('link', { name: 'See all 1,169 launches' });
    await expect(seeAll).toHaveAttribute('href', '/launches?search=soyuz');
    await expect(
      page.getByText(
        'No matches in Events, Agencies, Space stations, Boosters, Locations and Astronauts.',
      ),
    ).toBeVisible();

    await launches.getByRole('link', { name: /Progress MS-30/ }).click();
    await expect(page).toHaveURL(/\/launches\/soyuz-21a-progress-ms-30-91p$/);
  });

  test('an empty search explains what can be searched', async ({ page }) => {
    await page.goto('/search');
    await expect(page.getByRole('heading', { level: 1, name: 'Search Orbit Index' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What is searched' })).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await page.getByRole('link', { name: 'Crew Dragon' }).click();
    await expect(page).toHaveURL(/\/search\?q=Crew\+Dragon$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Results for “Crew Dragon”' }),
    ).toBeVisible();
  });

  test('an overlong search is explained, not run', async ({ page }) => {
    await page.goto(`/search?q=${'a'.repeat(150)}`);
    await expect(page.getByText('This search cannot be run')).toBeVisible();
    await expect(page.getByText(/at most 100 characters/)).toBeVisible();
  });
});
