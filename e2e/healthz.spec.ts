import { expect, test } from '@playwright/test';

test('a load balancer’s health check reaches the store every time', async ({ request }) => {
  const first = await request.get('/healthz');
  expect(first.status()).toBe(200);
  expect(first.headers()['cache-control']).toBe('no-store');
  // Never answered from the front server's page cache.
  expect(first.headers()['x-page-cache']).toBeUndefined();
  const body = (await first.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status: 'ok', store: 'sqlite' });
  expect(body.dataVersion).toEqual(expect.any(Number));
  expect(body).toHaveProperty('lastSyncAgeSeconds');
  const again = await request.get('/healthz');
  expect(again.headers()['x-page-cache']).toBeUndefined();
});
