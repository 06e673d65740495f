import type { Page } from '@playwright/test';

/**
 * Resolves once React has hydrated the page: Next adds its route announcer then. Pages work
 * before that as plain HTML (a click is a page load); a test of what JavaScript adds (focus
 * moved after "Load more", client-side filtering) waits for it, as a reader's click after the
 * page has started would.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.locator('next-route-announcer').waitFor({ state: 'attached' });
}
