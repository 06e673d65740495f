import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './hydration';
import { DETAIL_SOURCES, LIST_PAGES, OTHER_PAGES } from './page-types';

/**
 * The Content-Security-Policy allows no inline script but those each page lists by hash
 * (lib/page-cache/csp.ts). Every page type must load and hydrate under it without one refusal,
 * and a script injected into a page must be refused.
 */

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Collects the browser's CSP reports and console errors about the policy, from the first byte. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { __csp: Violation[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }),
    );
  });
  return async () => {
    const reported = await page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp);
    return [...console, ...reported.map((v) => `${v.directive} refused ${v.blocked} ${v.sample}`)];
  };
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode, with JavaScript`, () => {
    test.describe.configure({ mode: 'default' });
    let page: Page;
    let violations: () => Promise<string[]>;

    test.beforeAll(async ({ browser }, testInfo) => {
      const { baseURL, viewport, userAgent } = testInfo.project.use;
      const context = await browser.newContext({ baseURL, viewport, userAgent });
      page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      violations = await watchViolations(page);
    });

    test.afterAll(async () => {
      await page?.context().close();
    });

    /** Loads a page, waits for React to hydrate it and for the policy to have been applied. */
    async function expectNoViolations(path: string | null) {
      if (path) await page.goto(path);
      await hydrated(page);
      expect(await violations(), `CSP violations on ${page.url()}`).toEqual([]);
    }

    for (const { name, path } of [...LIST_PAGES, ...OTHER_PAGES]) {
      test(`${name} (${path})`, async () => {
        await expectNoViolations(path);
        if (scheme === 'dark') await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);
      });
    }

    for (const { name, path } of DETAIL_SOURCES) {
      test(`a detail page opened from ${name}`, async () => {
        await page.goto(path);
        const card = page.getByRole('article').first().getByRole('link').first();
        const href = await card.getAttribute('href');
        // Loaded as a document of its own, so its own policy applies.
        await expectNoViolations(href);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      });
    }
  });
}

test('a hydrated page responds: the theme buttons switch the theme', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/launches');
  await hydrated(page);
  const themes = page.getByRole('group', { name: 'Colour theme' });
  await themes.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);
  await themes.getByRole('button', { name: 'Light theme' }).click();
  await expect(page.locator('html')).not.toHaveClass(/(^|\s)dark(\s|$)/);
  expect(await violations()).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page is complete: results, streamed sections and footer', async ({ page }) => {
    await page.goto('/launches');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('article').first()).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('Launch Library 2');
  });
});

test('a script injected into a page is refused, and the page still hydrates', async ({ page }) => {
  const violations = await watchViolations(page);
  const response = await page.goto('/_orbit/csp-fixture');
  expect(response?.status()).toBe(200);
  const scriptSrc = response
    ?.headers()
    ['content-security-policy']?.split(';')
    .find((d) => d.trim().startsWith('script-src '));
  expect(scriptSrc).toMatch(/^\s*script-src 'self'( 'sha256-[\w+/=]+')+$/);
  await hydrated(page);
  // The injected script was sent, but never ran.
  expect(await response?.text()).toContain('<script>document.documentElement.setAttribute(');
  await expect(page.locator('html')).not.toHaveAttribute('data-injected');
  const reported = await page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp);
  // That script alone: the page's own all ran.
  expect(reported.map((v) => `${v.directive} ${v.blocked}`)).toEqual(['script-src-elem inline']);
  expect(await violations()).toHaveLength(2);
});
