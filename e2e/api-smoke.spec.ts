import { expect, test } from '@playwright/test';

test('the LL2-compatible API answers a searched, ordered agency list', async ({
  page,
  request,
}) => {
  const response = await page.goto('/api/2.3.0/agencies/?search=skyro&ordering=-founding_year');
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
  const ordered = await request.get('/api/2.3.0/agencies/?search=skyro&ordering=-id');
  expect(((await ordered.json()) as typeof body).results.map((r) => r.name)).toEqual([
    'Skyroot Aerospace',
    'Skyrora',
  ]);
  expect(body.results.every((r) => r.response_mode === 'normal')).toBe(true);

  const invalid = await request.get('/api/2.3.0/agencies/?founding_year__gte=abc');
  expect(invalid.status()).toBe(400);
  expect(await invalid.json()).toEqual({ founding_year__gte: ['Enter a number.'] });

  const missing = await request.get('/api/2.3.0/agencies/999999999/');
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toEqual({ detail: 'Not found.' });
});

test('a client pages through launches by following next, whatever host it names', async ({
  request,
  baseURL,
}) => {
  // The server runs with SITE_URL = its own address and no TRUST_PROXY: a forged host is ignored.
  const headers = { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };
  // A search keeps the walk short: the whole index is 70 pages of 100.
  let next: string | null =
    `${baseURL}/api/2.3.0/launches/previous/?mode=normal&limit=4&format=json&search=Apollo`;
  const seen: string[] = [];
  let count = 0;
  while (next) {
    expect(next.startsWith(`${baseURL}/api/2.3.0/launches/previous/`), next).toBe(true);
    const response = await request.get(next, { headers });
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/json');
    const body = (await response.json()) as {
      count: number;
      next: string | null;
      results: { id: string; url: string; net: string }[];
    };
    for (const r of body.results) {
      expect(r.url).toBe(`${baseURL}/api/2.3.0/launches/${r.id}/`);
      expect(r.net).toEqual(expect.any(String));
    }
    seen.push(...body.results.map((r) => r.id));
    count = body.count;
    next = body.next;
  }
  expect(seen).toHaveLength(count);
  expect(count).toBeGreaterThan(8);
  const api = await request.get('/api/2.3.0/launches/?format=api&limit=1');
  expect(api.headers()['content-type']).toContain('application/json');
  expect(((await api.json()) as { results: unknown[] }).results).toHaveLength(1);
});

test('/docs leads to the API reference', async ({ page, request }) => {
  const answer = await request.get('/docs', { maxRedirects: 0 });
  expect(answer.status()).toBe(308);
  expect(answer.headers()['location']).toBe('/docs/api');
  await page.goto('/docs');
  await expect(page).toHaveURL(/\/docs\/api$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
