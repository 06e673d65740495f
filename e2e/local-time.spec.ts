import { expect, test } from '@playwright/test';

/** "HH:MM" of an instant in a zone, as the page should show it. */
function clockIn(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

test.describe('times in the reader’s zone', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });

  test('a launch time switches from the server’s UTC to the reader’s zone, and to a chosen one', async ({
    page,
  }) => {
    const launchTimes = () => page.locator('main time[datetime*="T"]');
    await page.goto('/launches/previous');
    const first = launchTimes().first();
    const iso = (await first.getAttribute('datetime'))!;
    const utc = clockIn(iso, 'UTC');
    const tokyo = clockIn(iso, 'Asia/Tokyo');
    expect(tokyo).not.toBe(utc);

    // After hydration: the clock in Tokyo, the UTC text in its tooltip, and a relative time.
    await expect(first).toContainText(tokyo);
    await expect(first).not.toContainText('UTC');
    await expect(first).toHaveAttribute('title', /UTC · Asia\/Tokyo$/);
    await expect(
      page
        .locator('main')
        .getByText(/· .*\bago$/)
        .first(),
    ).toBeVisible();
    const switcher = page.getByRole('combobox', { name: 'Times in' }).first();
    await expect(switcher.getByRole('option').first()).toHaveText('Local (Tokyo)');

    await switcher.selectOption('UTC');
    await expect(first).toContainText(`${utc} UTC`);

    // The choice is remembered on the next page load.
    await page.reload();
    await expect(launchTimes().first()).toContainText(`${utc} UTC`);
    await expect(page.getByRole('combobox', { name: 'Times in' }).first()).toHaveValue('UTC');

    await page.getByRole('combobox', { name: 'Times in' }).first().selectOption('Europe/London');
    await expect(launchTimes().first()).toContainText(clockIn(iso, 'Europe/London'));
  });

  test('every time on a list switches, though the switch is spread over short tasks', async ({
    browser,
  }) => {
    const url = '/launches/previous';
    const relative = 'main time + span';
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const before = await noScript.newPage();
    await before.goto(url);
    const count = await before.locator(relative).count();
    expect(count).toBeGreaterThanOrEqual(8);
    // The server sends each relative part empty: it depends on the reader's clock.
    expect(await before.locator(`${relative}:empty`).count()).toBe(count);
    await noScript.close();

    const context = await browser.newContext({ timezoneId: 'Asia/Tokyo' });
    const page = await context.newPage();
    await page.goto(url);
    await expect(page.locator(`${relative}:empty`)).toHaveCount(0);
    await expect(page.locator(relative).filter({ hasText: /^· .*\bago$/ })).toHaveCount(count);
    await context.close();
  });

  test('without JavaScript every time is in UTC', async ({ browser }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      timezoneId: 'Asia/Tokyo',
    });
    const page = await context.newPage();
    await page.goto('/launches/previous');
    const first = page.locator('main time[datetime*="T"]').first();
    const iso = (await first.getAttribute('datetime'))!;
    await expect(first).toContainText(`${clockIn(iso, 'UTC')} UTC`);
    await context.close();
  });
});
