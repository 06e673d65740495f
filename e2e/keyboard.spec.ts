import { expect, test, type Page } from '@playwright/test';

interface Focused {
  kind: string;
  text: string;
  focusVisible: boolean;
  /** An outline is drawn on the element, or on the card it opens (`has-[a:focus-visible]`). */
  indicator: boolean;
}

/** Classifies what has focus, so a test can say which controls it reached. */
async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const drawsFocus = (node: Element) => {
      const s = getComputedStyle(node);
      const shadow = s.boxShadow !== 'none' && /\b0px 0px 0px [1-9]/.test(s.boxShadow);
      return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) || shadow;
    };
    const name = el.getAttribute('name');
    const kinds: [string, boolean][] = [
      ['search box', name === 'search' && el.closest('[role="search"]') !== null],
      ['ordering select', name === 'ordering'],
      ['page size select', name === 'limit'],
      ['filter control', el.closest('aside form') !== null],
      [
        'pagination link',
        el.tagName === 'A' && el.closest('nav[aria-label="Pagination"]') !== null,
      ],
    ];
    const card = el.closest('article, li');
    return {
      kind: kinds.find(([, is]) => is)?.[0] ?? el.tagName.toLowerCase(),
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
      focusVisible: el.matches(':focus-visible'),
      indicator: drawsFocus(el) || (card !== null && drawsFocus(card)),
    };
  });
}

test('the first Tab reaches the skip link, which moves focus to the main content', async ({
  page,
}) => {
  await page.goto('/launches');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab continues inside main, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

test('on a list page every control is reachable with Tab and shows where focus is', async ({
  page,
}) => {
  await page.goto('/agencies');
  const wanted = new Set([
    'search box',
    'filter control',
    'ordering select',
    'page size select',
    'pagination link',
  ]);
  const reached: Focused[] = [];
  for (let i = 0; i < 400 && wanted.size > 0; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (!now) continue;
    reached.push(now);
    wanted.delete(now.kind);
  }
  expect([...wanted], 'controls never reached with Tab').toEqual([]);
  const unmarked = reached.filter((f) => !f.focusVisible || !f.indicator);
  expect(unmarked, 'focused without a visible focus indicator').toEqual([]);
});

test('on a station page the docking timeline bars are reachable with Tab', async ({ page }) => {
  await page.goto('/space-stations/4');
  const history = page.getByRole('region', { name: 'Docking history' });
  // Start from the history's first link rather than the top of a long page.
  await history.getByRole('link').first().focus();
  const bars = history.getByRole('group', { name: /Dockings by port/ }).getByRole('link');
  const first = bars.first();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await first.evaluate((a) => a === document.activeElement)) break;
  }
  await expect(first).toBeFocused();
  await expect(first).toHaveAccessibleName(/docked/);
  // Bars are in document order: the next Tab moves to the next bar.
  await page.keyboard.press('Tab');
  await expect(bars.nth(1)).toBeFocused();
});
