import { env } from '@/lib/env';
import { allowedImageUrl, parseImageHosts } from './image-hosts';
import { IMAGE_SLOTS, type ImageSlot, type ImageWidth } from './image-widths';

const rules = parseImageHosts(env.IMAGE_HOSTS);

/** The URL when it is on a host the image route may fetch from (`IMAGE_HOSTS`), else null. */
export function isAllowedImageUrl(value: string): URL | null {
  return allowedImageUrl(value, rules);
}

/** The URL pages use for an LL2 image at one of the allowed widths, or null when we may not fetch it. */
export function proxiedImageUrl(
  src: string | null | undefined,
  name: string,
  width?: ImageWidth,
): string | null {
  if (!src || !isAllowedImageUrl(src)) return null;
  const query = new URLSearchParams({ url: src, name: name.slice(0, 60) });
  if (width) query.set('w', String(width));
  return `/api/image?${query.toString()}`;
}

export interface ProxiedImageSet {
  src: string;
  srcSet: string;
  sizes: string;
}

/** `src`, `srcSet` and `sizes` for an image shown in `slot`, or null when we may not fetch it. */
export function proxiedImageSet(
  src: string | null | undefined,
  name: string,
  slot: ImageSlot,
): ProxiedImageSet | null {
  const { widths, sizes, fallback } = IMAGE_SLOTS[slot];
  const at = (w: ImageWidth) => proxiedImageUrl(src, name, w);
  const url = at(fallback);
  if (url === null) return null;
  return { src: url, srcSet: widths.map((w) => `${at(w)} ${w}w`).join(', '), sizes };
}
