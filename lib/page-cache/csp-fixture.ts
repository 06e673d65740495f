/**
 * A deliberately unsafe page for the end-to-end tests, served only when CSP_TEST_FIXTURE=1 (a
 * 404 otherwise): the home page with a script injected into its content, as if data had been
 * rendered unescaped. The policy must leave it out, so the browser refuses to run it while the
 * page's own scripts still hydrate it.
 */
export const CSP_FIXTURE_PATH = '/_orbit/csp-fixture';
/** The page it is made from. */
export const CSP_FIXTURE_SOURCE = '/';
/** What the injected script would do if it ran. */
export const INJECTED_MARK = 'data-injected';

const INJECTED = `<script>document.documentElement.setAttribute("${INJECTED_MARK}","ran")</script>`;

export function injectUnsafeScript(html: string): string {
  const main = /<main\b[^>]*>/.exec(html);
  if (!main) return html;
  const at = main.index + main[0].length;
  return html.slice(0, at) + INJECTED + html.slice(at);
}
