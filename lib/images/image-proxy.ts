import { placeholderPng } from './placeholder-png';
import { isAllowedImageUrl } from './proxied-url';

export { isAllowedImageUrl };

/**
 * Fetches LL2 images for the browser. Readers make no third-party requests, images are cached
 * here as The Space Devs ask, and when an image host cannot be reached the reader gets a designed
 * placeholder instead of a broken image (and no console error).
 */

const MAX_BYTES = 8 * 1024 * 1024;
const TIMEOUT_MS = 4000;
/** After a host fails, skip it for a while so pages do not wait on it again and again. */
const HOST_BACKOFF_MS = 5 * 60 * 1000;
const CACHE_BYTES = 64 * 1024 * 1024;

interface CachedImage {
  body: ArrayBuffer;
  type: string;
}

const cache = new Map<string, CachedImage>();
let cachedBytes = 0;
const failingHosts = new Map<string, number>();

function remember(key: string, image: CachedImage) {
  cache.set(key, image);
  cachedBytes += image.body.byteLength;
  while (cachedBytes > CACHE_BYTES) {
    const [oldestKey, oldest] = cache.entries().next().value as [string, CachedImage];
    cache.delete(oldestKey);
    cachedBytes -= oldest.body.byteLength;
  }
}

export interface ImageAnswer {
  body: ArrayBuffer | Uint8Array;
  type: string;
  /** True when the placeholder stands in for the image. */
  fallback: boolean;
}

export async function fetchImage(
  url: URL,
  name: string,
  fetcher: typeof fetch = fetch,
  now = Date.now(),
): Promise<ImageAnswer> {
  const key = url.toString();
  const cached = cache.get(key);
  if (cached) return { body: cached.body, type: cached.type, fallback: false };
  const fallback = (): ImageAnswer => ({
    body: placeholderPng(name),
    type: 'image/png',
    fallback: true,
  });
  const blockedUntil = failingHosts.get(url.hostname);
  if (blockedUntil !== undefined && blockedUntil > now) return fallback();
  try {
    const response = await fetcher(key, {
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'follow',
    });
    const type = response.headers.get('content-type') ?? '';
    const length = Number(response.headers.get('content-length') ?? 0);
    // SVG from elsewhere could carry script; only raster images pass through.
    if (!response.ok || !/^image\/(?:jpeg|png|gif|webp|avif)/.test(type) || length > MAX_BYTES)
      return fallback();
    const body = await response.arrayBuffer();
    if (body.byteLength > MAX_BYTES) return fallback();
    remember(key, { body, type });
    failingHosts.delete(url.hostname);
    return { body, type, fallback: false };
  } catch {
    failingHosts.set(url.hostname, now + HOST_BACKOFF_MS);
    return fallback();
  }
}
