import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { pageScripts } from '@/lib/page-cache/hydrate-after-paint';
import { hydrated } from './hydration';

/**
 * The front server rewrites what Next and React write: it puts streamed Suspense content in place
 * of its fallback (lib/page-cache/inline-boundaries.ts) and moves Next's chunk scripts behind the
 * first paint (lib/page-cache/hydrate-after-paint.ts), both by matching markup. The unit tests
 * feed them hand-written markup; these run them on what this build of Next and React really
 * writes, so an upgrade that changes that markup fails here instead of on readers' pages.
 *
 * Next's own output is fetched from the same server with a cookie: a request that carries one
 * is never cached, so the front server hands it to Next untouched.
 */

const PAGES = [
  // A list page: the filter panel, the results heading and the footer stream behind empty fallbacks.
  { path: '/launches', text: /[\d,]+\s+launches/ },
  // A detail page: loading.tsx's skeleton stands in for the whole launch until it streams.
  { path: '/launches/soyuz-21a-soyuz-ms-26', text: /Soyuz 2\.1a \| Soyuz MS-26/ },
  { path: '/', text: /Latest launches/ },
];

const UNTOUCHED = { cookie: 'contract=next' };

async function nextOutput(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path, { headers: UNTOUCHED });
  expect(response.status()).toBe(200);
  expect(response.headers()['x-page-cache']).toBeUndefined();
  return response.text();
}

async function served(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()['x-page-cache']).toMatch(/^(HIT|MISS)$/);
  return response.text();
}

/**
 * The text of the page's body before hydration: no chunk is loaded, so only the inline scripts
 * that came with the page run (React's `$RC` reveals among them, where the page still has any).
 */
async function textBeforeHydration(
  browser: Browser,
  path: string,
  headers: Record<string, string> = {},
): Promise<string> {
  const context = await browser.newContext({ extraHTTPHeaders: headers });
  try {
    const page = await context.newPage();
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    await page.goto(path);
    // React reveals streamed content in batches, some after a frame.
    await expect(page.locator('template[id^="B:"], div[hidden][id^="S:"]')).toHaveCount(0);
    return await page.locator('body').innerText();
  } finally {
    await context.close();
  }
}

for (const { path, text } of PAGES) {
  test.describe(`${path} through the front server`, () => {
    test('without JavaScript the page is complete: every streamed section is in place', async ({
      request,
      browser,
    }) => {
      const next = await nextOutput(request, path);
      // The page really streams, or there is nothing to put in place and this test checks nothing.
      expect(next).toMatch(/<!--\$\?--><template id="B:[0-9a-z]+"><\/template>/);
      expect(next).toMatch(/<div hidden id="S:[0-9a-z]+">/);
      expect(next).toContain('$RC("B:');

      const html = await served(request, path);
      expect(html).not.toContain('<!--$?-->');
      expect(html).not.toContain('<template id="B:');
      expect(html).not.toMatch(/<div hidden id="S:/);
      expect(html).not.toContain('$RC(');
      // A boundary the server gave up on is rendered only by the browser.
      expect(html).not.toContain('<!--$!-->');

      // What React's own script reveals, the served page shows with no script to reveal it.
      expect(await textBeforeHydration(browser, path)).toBe(
        await textBeforeHydration(browser, path, UNTOUCHED),
      );
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(path);
        await expect(page.getByRole('main')).toContainText(text);
      } finally {
        await context.close();
      }
    });

    test('the page hydrates the inlined markup without errors', async ({ page, request }) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          errors.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      const chunkStatus = new Map<string, number>();
      page.on('response', (response) => {
        const url = new URL(response.url());
        if (url.pathname.startsWith('/_next/static/') && url.pathname.endsWith('.js'))
          chunkStatus.set(url.pathname, response.status());
      });

      // Hold the chunks so the server's markup can be marked before React hydrates it.
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/_next/static/**/*.js', async (route) => {
        await gate;
        await route.continue();
      });
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      const marked = await markServerNodes(page);
      expect(marked).toBeGreaterThan(0);
      release();
      await hydrated(page);
      await expect(page.getByRole('main')).toContainText(text);

      // A mismatch makes React throw the server's markup away and render the section afresh.
      const replaced = await page.evaluate(() =>
        window.__serverNodes!.filter((n) => !n.isConnected).map((n) => n.outerHTML.slice(0, 200)),
      );
      expect(replaced).toEqual([]);
      // Mismatches in production are reported as errors, some a moment after hydration.
      await page.waitForTimeout(500);
      expect(errors).toEqual([]);

      // Every chunk Next asked for was fetched by the loader that replaced its script tags.
      const wanted = [
        ...(await nextOutput(request, path)).matchAll(/<script src="([^"]+\.js)" async="">/g),
      ].map((m) => m[1]!);
      expect(wanted.length).toBeGreaterThan(0);
      await expect.poll(() => wanted.filter((src) => chunkStatus.get(src) !== 200)).toEqual([]);
    });

    test('every script the rewritten page loads answers 200', async ({ request }) => {
      const html = await served(request, path);
      const scripts = pageScripts(html);
      expect(scripts.length).toBeGreaterThan(0);
      // The loader stands in for Next's tags; none of them may be dropped on the way.
      const next = await nextOutput(request, path);
      for (const [, src] of next.matchAll(/<script src="(\/_next\/static\/[^"]+\.js)" async="">/g))
        expect(scripts).toContain(src);
      for (const src of scripts) {
        const response = await request.get(src);
        expect(response.status(), src).toBe(200);
        expect(response.headers()['content-type'], src).toMatch(/javascript/);
      }
    });
  });
}

declare global {
  interface Window {
    __serverNodes?: Element[];
  }
}

/**
 * Keeps a reference to the headings and cards the server rendered. (Not every element: some
 * controls are swapped for richer ones once JavaScript runs, by design.)
 */
function markServerNodes(page: Page): Promise<number> {
  return page.evaluate(() => {
    window.__serverNodes = [...document.querySelectorAll('main h1, main h2, main article')];
    return window.__serverNodes.length;
  });
}
