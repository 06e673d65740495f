import { expect, test } from '@playwright/test';

/**
 * Links prefetch when the reader reaches for them, not when they scroll into view: a page view
 * costs the server no RSC renders for links nobody follows (components/ui/link.tsx).
 */
test('a page sends no prefetch requests until a link is hovered, then prefetches that one', async ({
  page,
}) => {
  const prefetches: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).searchParams.has('_rsc')) prefetches.push(request.url());
  });
  await page.goto('/');
  const link = page.getByRole('main').getByRole('link', { name: 'Soyuz' }).first();
  // Hydrated: Next's router is up, and a hover is handled by React.
  await expect
    .poll(() => page.evaluate(() => 'next' in window && document.readyState === 'complete'))
    .toBe(true);
  await page.waitForTimeout(1500);
  expect(prefetches).toEqual([]);

  await expect(async () => {
    await page.mouse.move(0, 0);
    await link.hover();
    expect(prefetches.some((url) => new URL(url).searchParams.get('q') === 'Soyuz')).toBe(true);
  }).toPass({ timeout: 10_000 });
  expect(prefetches.every((url) => new URL(url).pathname === '/search')).toBe(true);
});
