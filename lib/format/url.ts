/**
 * URL guards for values that come from the LL2 API. LL2 is edited by volunteers, so a link
 * field can hold anything; only plain http(s) URLs may reach an `href` or `src`.
 */

/** The URL, normalised, when it is an absolute http(s) URL without credentials; otherwise null. */
export function safeHttpUrl(u: unknown): string | null {
  if (typeof u !== 'string') return null;
  const trimmed = u.trim();
  if (trimmed === '') return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '') return null;
  // `https://user:pass@host` is a classic way to dress one host up as another.
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}

/** The host a link points to, without `www.`, for showing next to an external link. */
export function displayHost(u: unknown): string | null {
  const safe = safeHttpUrl(u);
  if (safe === null) return null;
  return new URL(safe).hostname.replace(/^www\./, '');
}
