import { proxiedImageSet } from '@/lib/images/proxied-url';
import type { ImageSlot } from '@/lib/images/image-widths';
import { FallbackImage } from './fallback-image';
import { ImagePlaceholder, type PlaceholderIcon } from './image-placeholder';

const RATIOS = {
  '1/1': 'aspect-square',
  '4/3': 'aspect-[4/3]',
  '3/2': 'aspect-[3/2]',
  '16/9': 'aspect-video',
  '2/1': 'aspect-[2/1]',
} as const;

export interface RemoteImageProps {
  /** LL2 image URL; anything but http(s) is ignored and the placeholder shown. */
  src: string | null | undefined;
  /** Where the image sits in the layout: sets `sizes` and the widths its srcset offers. */
  slot: ImageSlot;
  /** Alt text (use `imageAlt` from lib/format/images). Pass "" for a decorative image. */
  alt: string;
  /** Name for the placeholder's initials and tint; defaults to `alt`. */
  name?: string | null;
  icon?: PlaceholderIcon;
  /** Placeholder shows the icon rather than initials (photos, not logos). */
  preferIcon?: boolean;
  /** The box's shape; it is reserved before the image loads, so nothing shifts. */
  ratio?: keyof typeof RATIOS;
  /** `cover` crops photos; `contain` keeps logos whole. */
  fit?: 'cover' | 'contain';
  /** Above-the-fold images: load eagerly at high priority. */
  priority?: boolean;
  /** Tint the box while the image loads (off for transparent logos). */
  backdrop?: boolean;
  /** Intrinsic size hints for the browser, when known. */
  width?: number;
  height?: number;
  className?: string;
  imgClassName?: string;
}

/**
 * A remote LL2 image in a fixed-ratio box, replaced by a designed placeholder when there is no
 * usable URL or the download fails. A plain <img> with a srcset of our image route's widths
 * (resized there from LL2's multi-megabyte originals, cached on disk): next/image would resize
 * through a second cache of its own with widths of its own. Only the <img> is a client island;
 * the placeholder is rendered here and handed to it.
 */
export function RemoteImage({
  src,
  slot,
  alt,
  name,
  icon = 'image',
  preferIcon = false,
  ratio = '16/9',
  fit = 'cover',
  priority = false,
  backdrop = true,
  width,
  height,
  className = '',
  imgClassName = '',
}: RemoteImageProps) {
  // Through our image route: resized and cached server-side, no third-party requests from
  // readers, and a designed placeholder (not a broken image) when LL2's host is unreachable.
  const set = proxiedImageSet(src, name ?? alt, slot);
  const placeholder = (
    <ImagePlaceholder
      name={name ?? alt}
      icon={icon}
      label={alt}
      preferIcon={preferIcon}
      className="absolute inset-0"
    />
  );

  return (
    <span
      className={`relative block overflow-hidden ${backdrop ? 'bg-surface-muted' : ''} ${RATIOS[ratio]} ${className}`}
    >
      {set === null ? (
        placeholder
      ) : (
        <FallbackImage
          src={set.src}
          srcSet={set.srcSet}
          sizes={set.sizes}
          alt={alt}
          width={width}
          height={height}
          priority={priority}
          fallback={placeholder}
          // Until hydration swaps in the placeholder, keep a broken image's alt text out of sight.
          className={`absolute inset-0 size-full text-[0px] text-transparent ${fit === 'cover' ? 'object-cover' : 'object-contain'} ${imgClassName}`}
        />
      )}
    </span>
  );
}
