import { expect, test, type Locator } from '@playwright/test';
import { hydrated } from './hydration';

/** The number a filter option shows beside its name. */
async function optionCount(option: Locator): Promise<number> {
  const label = option.locator('xpath=ancestor::label[1]');
  return Number((await label.locator('span').innerText()).replaceAll(',', ''));
}

test('each filter option counts the results ticking it gives, within the current search', async ({
  page,
}) => {
  await page.goto('/launches?search=Fregat-M');
  await hydrated(page);
  const heading = page.getByRole('heading', { level: 2, name: /launches match/ });
  await expect(heading).toHaveText('55 launches match');
  const filters = page.getByRole('complementary', { name: 'Filter launches' });
  const providers = filters.getByRole('group', { name: 'Launch provider' });

  // Only providers of the matching launches are offered; the search has none by others.
  await expect(providers.getByRole('checkbox', { name: /ROSCOSMOS/ })).toBeVisible();
  await expect(providers.getByRole('checkbox', { name: /China Rocket/ })).toHaveCount(0);

  const successful = filters
    .getByRole('group', { name: 'Status' })
    .getByRole('checkbox', { name: /^Launch Successful/ });
  const count = await optionCount(successful);
  expect(count).toBe(53);
  await successful.check();
  await expect(page).toHaveURL(/status__ids=3/);
  await expect(heading).toHaveText(`${count} launches match`);

  // Within its own group an option still counts as if the group were unticked, so a second
  // status says what it would add.
  const go = filters
    .getByRole('group', { name: 'Status' })
    .getByRole('checkbox', { name: /^Go for Launch/ });
  expect(await optionCount(go)).toBe(1);
  const roscosmos = providers.getByRole('checkbox', { name: /ROSCOSMOS/ });
  const roscosmosCount = await optionCount(roscosmos);
  await roscosmos.check();
  await expect(heading).toHaveText(`${roscosmosCount} launches match`);
});
