import { expect, test } from '@playwright/test';

const redirects: [from: string, to: string][] = [
  ['/agencies/1042', '/agencies/1042-skr'],
  ['/agencies/1042-skyrora-old-name', '/agencies/1042-skr'],
  ['/launches/cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d', '/launches/soyuz-21a-soyuz-ms-26'],
  ['/events/115', '/events/115-mars-2020-pre-launch-news-conference'],
  ['/spacecraft/551', '/spacecraft/551-crew-dragon-freedom'],
  ['/space-stations/4', '/space-stations/4-international-space-station'],
  ['/spacecraft-configurations/6', '/spacecraft-configurations/6-crew-dragon-2'],
  ['/pads/20', '/pads/20-31-6'],
  ['/locations/15', '/locations/15-baikonur-cosmodrome-republic-of-kazakhstan'],
  ['/programs/17', '/programs/17-international-space-station'],
  ['/astronauts/1', '/astronauts/1-thomas-pesquet'],
  ['/expeditions/158', '/expeditions/158-expedition-71'],
  ['/rockets/164', '/rockets/164-falcon-9-block-5'],
];

for (const [from, to] of redirects) {
  test(`a bare id answers 308 with the canonical URL: ${from}`, async ({ request }) => {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(new URL(response.headers()['location'] ?? '', 'http://x').pathname).toBe(to);
  });
}

test('following the redirect lands on the canonical page, which names itself canonical', async ({
  page,
}) => {
  await page.goto('/agencies/1042');
  await expect(page).toHaveURL(/\/agencies\/1042-skr$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Skyrora' })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/agencies\/1042-skr$/,
  );
});

test('a canonical URL answers 200 without a redirect', async ({ request }) => {
  const response = await request.get('/docking-events/611', { maxRedirects: 0 });
  expect(response.status()).toBe(200);
});
