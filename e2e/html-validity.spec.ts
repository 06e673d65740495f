import { expect, test, type APIRequestContext } from '@playwright/test';
import { HtmlValidate, type Report } from 'html-validate';
import { htmlValidateConfig } from './html-validate.config';
import { DETAIL_SOURCES, LIST_PAGES, OTHER_PAGES } from './page-types';

const validator = new HtmlValidate(htmlValidateConfig);

/** One line per error, with the markup around it, so a failure says what to fix. */
function describeErrors(report: Report, html: string): string[] {
  return report.results.flatMap((r) =>
    r.messages.map((m) => {
      const around = html.slice(Math.max(0, m.offset - 60), m.offset + 80).replace(/\s+/g, ' ');
      return `${m.ruleId}: ${m.message} … ${around}`;
    }),
  );
}

async function fetchHtml(request: APIRequestContext, path: string, status = 200) {
  const response = await request.get(path);
  expect(response.status(), `status of ${path}`).toBe(status);
  return response.text();
}

async function expectValid(html: string, path: string) {
  const report = await validator.validateString(html);
  expect(describeErrors(report, html), `html-validate errors on ${path}`).toEqual([]);
}

/** The first link in the first card, as a person opening a record from the list would. */
function firstCardHref(html: string): string {
  const href = html.match(/<article\b[\s\S]*?<a\b[^>]*?\shref="([^"]+)"/)?.[1];
  expect(href, 'a card link on the list page').toBeTruthy();
  return href!.replaceAll('&amp;', '&');
}

const NOT_FOUND = new Set(['/no-such-page', '/agencies/99999999']);

for (const { name, path } of [...OTHER_PAGES, ...LIST_PAGES]) {
  test(`${name} (${path})`, async ({ request }) => {
    const html = await fetchHtml(request, path, NOT_FOUND.has(path) ? 404 : 200);
    await expectValid(html, path);
  });
}

for (const { name, path } of DETAIL_SOURCES) {
  test(`a detail page opened from ${name}`, async ({ request }) => {
    const href = firstCardHref(await fetchHtml(request, path));
    await expectValid(await fetchHtml(request, href), href);
  });
}
