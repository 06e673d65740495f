'use client';

import { useCallback, useState, type ReactNode } from 'react';

export interface FallbackImageProps {
  src: string;
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
  alt,
  width,
  height,
  priority = false,
  className,
  fallback,
}: FallbackImageProps) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);

  // A failure that happened before hydration fired no React onError: check on mount.
  const checkLoaded = useCallback(
    (img: HTMLImageElement | null) => {
      if (img && img.complete && img.naturalWidth === 0) setFailedSrc(src);
    },
    [src],
  );

  if (failedSrc === src) return fallback;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see RemoteImage
    <img
      ref={checkLoaded}
      src={src}
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
