'use client';

import { useCallback, useState, type ReactNode } from 'react';

export interface FallbackImageProps {
  src: string;
  /** Widths the image route renders, for the browser to pick from with `sizes`. */
  srcSet?: string;
  sizes?: string;
  alt: string;
  width?: number;
  height?: number;
  /** Above-the-fold images: load eagerly at high priority. */
  priority?: boolean;
  className: string;
  /** Shown in the image's place when it cannot be loaded; rendered on the server. */
  fallback: ReactNode;
}

/** An <img> that gives way to `fallback` when the download fails. */
export function FallbackImage({
  src,
  srcSet,
  sizes,
  alt,
  width,
  height,
  priority = false,
  className,
  fallback,
}: FallbackImageProps) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);

  // A failure that happened before hydration fired no React onError: check on mount. Not by
  // `naturalWidth === 0`, which a tiny image also gives when srcset draws it at a density above
  // its width (1px at 128w in a 112px box); `decode()` rejects only for a broken image.
  const checkLoaded = useCallback(
    (img: HTMLImageElement | null) => {
      if (img?.complete) img.decode().catch(() => setFailedSrc(src));
    },
    [src],
  );

  if (failedSrc === src) return fallback;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see RemoteImage
    <img
      ref={checkLoaded}
      src={src}
      srcSet={srcSet}
      sizes={sizes}
      alt={alt}
      width={width}
      height={height}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : 'auto'}
      decoding="async"
      onError={() => setFailedSrc(src)}
      className={className}
    />
  );
}
