import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DETAIL_SOURCES, LIST_PAGES, OTHER_PAGES } from './page-types';

/** WCAG 2.1 A and AA plus axe's best practices; any violation of any impact fails. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One line per failing element, so a failure says what to fix and where. */
function describeViolations(violations: AxeResults['violations']): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => {
      const why = n.failureSummary?.split('\n').slice(1, 2).join('').trim();
      return `${v.id} [${v.impact}] ${n.target.join(' ')}${why ? ` — ${why}` : ''}`;
    }),
  );
}

async function expectAccessible(page: Page) {
  // axe treats the contents of a closed <details> as hidden, but the filter panel shows its form
  // on wide screens with `::details-content`; open them all so every control is checked.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  const { violations } = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    // Only violations are read; skipping the other result types makes each run ~30% faster.
    .options({ resultTypes: ['violations'] })
    .analyze();
  expect(describeViolations(violations), `axe violations on ${page.url()}`).toEqual([]);
}

// A failure lists every violation with its element and reason; a trace of ~90 axe runs would
// only make the gate a third slower.
test.use({ trace: 'off' });

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    // One browser page per mode, visited in order: keeps the gate fast on two workers.
    test.describe.configure({ mode: 'default' });
    let page: Page;

    test.beforeAll(async ({ browser }, testInfo) => {
      const { baseURL, viewport, userAgent, deviceScaleFactor } = testInfo.project.use;
      const context = await browser.newContext({ baseURL, viewport, userAgent, deviceScaleFactor });
      page = await context.newPage();
      // The head script follows the OS when nothing is stored. No transitions: colours are
      // measured at rest, not halfway through a hover or theme fade.
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    });

    test.afterAll(async () => {
      await page?.context().close();
    });

    async function visit(path: string) {
      await page.goto(path);
      if (scheme === 'dark') await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);
      else await expect(page.locator('html')).not.toHaveClass(/(^|\s)dark(\s|$)/);
    }

    for (const { name, path } of [...OTHER_PAGES, ...LIST_PAGES]) {
      test(`${name} (${path})`, async () => {
        // axe walks every bar and table cell of the statistics page (~6,000 elements).
        if (path.startsWith('/statistics')) test.slow();
        await visit(path);
        await expectAccessible(page);
      });
    }

    for (const { name, path } of DETAIL_SOURCES) {
      test(`a detail page opened from ${name}`, async () => {
        await visit(path);
        const card = page.getByRole('article').first().getByRole('link').first();
        await Promise.all([page.waitForURL((url) => url.pathname !== path), card.click()]);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectAccessible(page);
      });
    }
  });
}
