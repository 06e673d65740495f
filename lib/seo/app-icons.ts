/**
 * The PNG renderings of `public/icon.svg` for home screens and install prompts: one list for the
 * manifest, the generator (`npm run icons`, which writes them to `public/`) and its test.
 * The favicon stays the SVG; these are rasters because platforms (iOS, Android launchers,
 * Chrome's install check) want fixed-size PNGs, and a PNG is decoded off the page's main thread.
 */
export type AppIcon = {
  /** URL path, also the file under `public/`. */
  src: string;
  size: number;
  /** `maskable`: the platform crops it (to a circle, a squircle…), so the mark sits in the middle 60 %. */
  purpose: 'any' | 'maskable';
  /** Share of the width left free around the mark, each side. */
  padding: number;
};

export const APP_ICONS: readonly AppIcon[] = [
  { src: '/icons/icon-192.png', size: 192, purpose: 'any', padding: 0 },
  { src: '/icons/icon-512.png', size: 512, purpose: 'any', padding: 0 },
  { src: '/icons/maskable-512.png', size: 512, purpose: 'maskable', padding: 0.2 },
  // iOS rounds the corners itself and shows transparency as black: a full square, as Apple asks.
  // At the root, where iOS and crawlers look for it without a link.
  { src: '/apple-touch-icon.png', size: 180, purpose: 'any', padding: 0.12 },
];

/** The favicon: a vector, sharp at every size and in every tab strip. */
export const FAVICON = { src: '/icon.svg', type: 'image/svg+xml' } as const;

export const APPLE_TOUCH_ICON = APP_ICONS.find((i) => i.src === '/apple-touch-icon.png')!;

/** The `sizes` value of a link or manifest entry: `192x192`. */
export const iconSizes = (icon: AppIcon) => `${String(icon.size)}x${String(icon.size)}`;
