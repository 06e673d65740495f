import { expect, test } from '@playwright/test';

test('the LL2-compatible API answers a searched, ordered agency list', async ({ page, request }) => {
  const response = await page.goto('/api/2.3.0/agencies/?search=sky&ordering=-founding_year');
  expect(response?.status()).toBe(200);
  const body = JSON.parse((await page.locator('body').innerText()) || '{}') as {
    count: number;
    next: string | null;
    results: { name: string; founding_year: number; response_mode: string }[];
  };
  expect(body.count).toBe(2);
  expect(body.next).toBeNull();
  // founding_year is a filter, not an ordering field of /agencies/: LL2 ignores the ordering and
  // keeps its default (id), and so do we.
  expect(body.results.map((r) => r.name)).toEqual(['Skyrora', 'Skyroot Aerospace']);
  const ordered = await request.get('/api/2.3.0/agencies/?search=sky&ordering=-id');
  expect(((await ordered.json()) as typeof body).results.map((r) => r.name)).toEqual(['Skyroot Aerospace', 'Skyrora']);
  expect(body.results.every((r) => r.response_mode === 'normal')).toBe(true);

  const invalid = await request.get('/api/2.3.0/agencies/?founding_year__gte=abc');
  expect(invalid.status()).toBe(400);
  expect(await invalid.json()).toEqual({ founding_year__gte: ['Enter a number.'] });

  const missing = await request.get('/api/2.3.0/agencies/999999999/');
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toEqual({ detail: 'Not found.' });
});

test('/docs leads to the API reference', async ({ page, request }) => {
  const answer = await request.get('/docs', { maxRedirects: 0 });
  expect(answer.status()).toBe(308);
  expect(answer.headers()['location']).toBe('/docs/api');
  await page.goto('/docs');
  await expect(page).toHaveURL(/\/docs\/api$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
