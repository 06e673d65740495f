/**
 * The hosts the image route may fetch from (`IMAGE_HOSTS`, LL2's image hosts by default): the
 * route must never become an open proxy, and every redirect hop is checked against the same list.
 */

export interface HostRule {
  host: string;
  /** `*.thespacedevs.com`: the domain and any subdomain. */
  subdomains: boolean;
  /** Only this port; without one, only the default ports. */
  port: string | null;
}

/** Entries as `lib/env.js` validated them: `host`, `*.domain`, either with an optional `:port`. */
export function parseImageHosts(entries: readonly string[]): HostRule[] {
  return entries.map((entry) => {
    const [name = '', port = null] = entry.toLowerCase().split(':');
    const subdomains = name.startsWith('*.');
    return { host: subdomains ? name.slice(2) : name, subdomains, port };
  });
}

function hostMatches(rule: HostRule, url: URL): boolean {
  const host = url.hostname;
  const named = host === rule.host || (rule.subdomains && host.endsWith(`.${rule.host}`));
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return named && (rule.port === null ? port === '443' || port === '80' : port === rule.port);
}

/** The URL when the image route may fetch it, else null. */
export function allowedImageUrl(value: string, rules: readonly HostRule[]): URL | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  return rules.some((rule) => hostMatches(rule, url)) ? url : null;
}
