import { proxiedImageUrl } from '@/lib/images/proxied-url';
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
 * usable URL or the download fails. A plain <img>: next/image would proxy every LL2 image
 * through our server, and LL2's CDN already serves sized thumbnails. Only the <img> is a client
 * island; the placeholder is rendered here and handed to it.
 */
export function RemoteImage({
  src,
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
  // Through our image route: cached server-side, no third-party requests from readers, and a
  // designed placeholder (not a broken image) when LL2's host is unreachable.
  const url = proxiedImageUrl(src, name ?? alt);
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
      {url === null ? (
        placeholder
      ) : (
        <FallbackImage
          src={url}
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
