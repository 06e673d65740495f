import { expect, test } from '@playwright/test';

// A 1×1 transparent PNG: remote logo hosts are not reachable from the test machine. Images may be
// fetched directly or through our image proxy, so both are answered.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

test.beforeEach(async ({ page }) => {
  await page.route(/digitaloceanspaces\.com\/|\/api\/image\?/, (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL }),
  );
});

for (const [scheme, variant] of [
  ['light', 'lightbg'],
  ['dark', 'darkbg'],
] as const) {
  test(`the agency logo uses its ${scheme}-background variant in the ${scheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/agencies/1042-skr');
    // Only the variant for the current theme is displayed, so only it is in the accessibility tree.
    const logo = page.getByRole('img', { name: 'Skyrora logo' });
    await expect(logo).toHaveCount(1);
    await expect(logo).toBeVisible();
    await expect
      .poll(async () => decodeURIComponent((await logo.getAttribute('src')) ?? ''))
      .toContain(`/image_variants/${variant}`);
  });
}

test('switching the colour scheme swaps the logo without a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/agencies/1042-skr');
  const logo = page.getByRole('img', { name: 'Skyrora logo' });
  const src = async () => decodeURIComponent((await logo.getAttribute('src')) ?? '');
  await expect.poll(src).toContain('/image_variants/lightbg');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(src).toContain('/image_variants/darkbg');
});

test('a placeholder’s initials fit inside their tile, acronyms of four letters too', async ({
  page,
}) => {
  // An agency LL2 has no logo for: its tile shows its abbreviation.
  await page.goto('/agencies?search=Belgian%20Institute');
  const tile = page.getByRole('img', { name: /Belgian Institute for Space Aeronomy/ }).first();
  await expect(tile).toHaveText('BIRA');
  const overflow = await tile.evaluate((box) => {
    const text = box.firstElementChild!.getBoundingClientRect();
    const outer = box.getBoundingClientRect();
    return Math.max(outer.left - text.left, text.right - outer.right);
  });
  expect(overflow).toBeLessThanOrEqual(0);
});
