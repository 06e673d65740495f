/** Only LL2's image hosts: this route must never become an open proxy. */
const ALLOWED_HOSTS = [/^thespacedevs-(?:prod|dev)\.nyc3\.digitaloceanspaces\.com$/, /^(?:[a-z0-9-]+\.)*thespacedevs\.com$/, /^i\.ytimg\.com$/];
export function isAllowedImageUrl(value: string): URL | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || (url.port && url.port !== '443' && url.port !== '80')) return null;
  return ALLOWED_HOSTS.some((pattern) => pattern.test(url.hostname)) ? url : null;
}

/** The URL pages use for an LL2 image, or null when it is not one we may fetch. */
export function proxiedImageUrl(src: string | null | undefined, name: string): string | null {
  if (!src || !isAllowedImageUrl(src)) return null;
  return `/api/image?${new URLSearchParams({ url: src, name: name.slice(0, 60) }).toString()}`;
}
