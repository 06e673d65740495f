import { expect, test, type Locator } from '@playwright/test';
import { IMAGE_WIDTHS } from '../lib/images/image-widths';

// Remote image hosts cannot be reached from here: every picture is the proxy's placeholder PNG,
// which must lay out as the real image would.

const widthsOf = (srcset: string) =>
  srcset.split(', ').map((candidate) => {
    const [url = '', descriptor = ''] = candidate.split(' ');
    expect(new URL(url, 'http://x').searchParams.get('w')).toBe(descriptor.replace('w', ''));
    return Number(descriptor.replace('w', ''));
  });

async function expectSized(img: Locator) {
  const srcset = (await img.getAttribute('srcset')) ?? '';
  for (const w of widthsOf(srcset)) expect(IMAGE_WIDTHS).toContain(w);
  expect(await img.getAttribute('sizes')).toMatch(/px\)?$/);
}

/** The image fills its box, the box keeps the picture's shape, and the image decoded. */
async function expectLaidOut(img: Locator, ratio: number) {
  await expect
    .poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth))
    .toBeGreaterThan(0);
  const { box, frame } = await img.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const parent = el.parentElement!;
    return {
      box: { width: r.width, height: r.height },
      frame: { width: parent.clientWidth, height: parent.clientHeight },
    };
  });
  // clientWidth/Height are whole pixels.
  expect(Math.abs(box.width - frame.width)).toBeLessThan(1);
  expect(Math.abs(box.height - frame.height)).toBeLessThan(1);
  expect(box.width / box.height).toBeCloseTo(ratio, 1);
}

test('list cards offer resized widths through srcset and load lazily', async ({ page }) => {
  await page.goto('/launches/previous');
  const images = page.locator('[data-result] img');
  await expect(images.first()).toBeVisible();
  expect(await images.count()).toBeGreaterThan(3);
  for (const img of await images.all()) {
    await expect(img).toHaveAttribute('loading', 'lazy');
    await expect(img).not.toHaveAttribute('fetchpriority', 'high');
    await expectSized(img);
  }
  const first = images.first();
  await expectLaidOut(first, 16 / 9);
  // The browser picked one of the offered widths for this 1280px-wide window and its card.
  const chosen = await first.evaluate((el: HTMLImageElement) =>
    new URL(el.currentSrc).searchParams.get('w'),
  );
  expect(['384', '640']).toContain(chosen);
});

test('a detail page fetches its main picture first, at a width the layout uses', async ({
  page,
}) => {
  await page.goto('/launches/previous');
  await page.locator('[data-result] article').first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const hero = page.locator('main figure img').first();
  await expect(hero).toHaveAttribute('fetchpriority', 'high');
  await expect(hero).toHaveAttribute('loading', 'eager');
  await expectSized(hero);
  await expectLaidOut(hero, 16 / 9);
  // Only the main picture jumps the queue.
  await expect(page.locator('img[fetchpriority="high"]')).toHaveCount(1);
});

test('an image that cannot be decoded gives way to the designed placeholder', async ({ page }) => {
  await page.route(/\/api\/image\?/, (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: 'not a png' }),
  );
  await page.goto('/agencies/1042-skr');
  const logo = page.getByRole('img', { name: 'Skyrora logo' });
  await expect(logo).toHaveText('SKR');
  await expect(logo).not.toHaveAttribute('src');
});

test('the image route answers the placeholder for an unreachable host and 400 for other widths', async ({
  request,
}) => {
  const url = 'https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/images/none.jpg';
  const ok = await request.get(`/api/image?url=${encodeURIComponent(url)}&name=X&w=640`, {
    headers: { accept: 'image/avif,image/webp,*/*' },
  });
  expect(ok.status()).toBe(200);
  expect(ok.headers()['content-type']).toBe('image/png');
  expect(ok.headers()['x-image-fallback']).toBe('unreachable');
  expect(ok.headers()['vary']).toContain('Accept');
  // The site's policy is for pages; this one allows nothing, and still no framing.
  expect(ok.headers()['content-security-policy']).toBe(
    "default-src 'none'; frame-ancestors 'none'; sandbox",
  );
  expect(ok.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(ok.headers()['x-content-type-options']).toBe('nosniff');
  const bad = await request.get(`/api/image?url=${encodeURIComponent(url)}&w=1000`);
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain('w: one of');
});
