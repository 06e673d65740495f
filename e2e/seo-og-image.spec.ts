import { expect, test, type APIRequestContext } from '@playwright/test';
import { CRAWLER_UA, localPath, pngSize, readHead, sampleDetailPath } from './seo-helpers';

test.use({ userAgent: CRAWLER_UA, javaScriptEnabled: false });

async function expectCard(request: APIRequestContext, path: string, status = 200) {
  const res = await request.get(path);
  expect(res.status(), path).toBe(status);
  expect(res.headers()['content-type']).toBe('image/png');
  expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
}

test.describe('Open Graph images', () => {
  for (const route of [
    '/pads',
    '/locations',
    '/programs',
    '/spacecraft-configurations',
    '/launches',
    '/events',
    '/agencies',
    '/spacecraft',
    '/space-stations',
    '/docking-events',
    '/astronauts',
    '/expeditions',
    '/rockets',
  ]) {
    test(`${route}/… links a 1200×630 PNG card`, async ({ page, request }) => {
      const path = await sampleDetailPath(request, route);
      const head = await readHead(page, path);
      const image = head.og['og:image'];
      expect(image, `${path} og:image`).toBeTruthy();
      expect(head.og['og:image:type']).toBe('image/png');
      await expectCard(request, localPath(image ?? ''));
      // Twitter gets the same card (inherited from Open Graph when the page sets none).
      expect(head.twitter['twitter:image']).toBe(image);
      expect(head.twitter['twitter:card']).toBe('summary_large_image');
    });
  }

  test('the site card serves the home page', async ({ page, request }) => {
    const head = await readHead(page, '/');
    expect(head.og['og:image']).toBeTruthy();
    await expectCard(request, localPath(head.og['og:image'] ?? ''));
  });

  test('an unknown record gets the site card with a 404', async ({ request }) => {
    await expectCard(request, '/agencies/999999999/opengraph-image/card', 404);
  });
});
