import type { Metadata } from 'next';

/** Site-wide names and defaults shared by the root layout, the manifest and page metadata. */

export const SITE_NAME = 'Orbit Index';
export const SITE_TAGLINE = 'launches, agencies and spacecraft';
export const SITE_DESCRIPTION =
  'Browse every orbital launch, spaceflight event, agency, spacecraft and space station from The Space Devs’ Launch Library 2: fast, searchable and server-rendered.';
export const SITE_LOCALE = 'en_GB';

/** Brand colours (globals.css `--accent`, `--ink` dark canvas) for icons, cards and theme-color. */
export const BRAND = {
  accent: '#6366f1',
  accentSoft: '#a5acff',
  night: '#070b16',
  navy: '#0f172a',
  surface: '#0f1524',
  ink: '#e8edf5',
  muted: '#a3b0c2',
  light: '#ffffff',
} as const;

/** The main feeds, advertised with `<link rel="alternate" type="application/rss+xml">`. */
export const SITE_FEEDS = [
  { url: '/launches/upcoming/feed.xml', title: 'Orbit Index: upcoming launches' },
  { url: '/launches/previous/feed.xml', title: 'Orbit Index: recent launches' },
  { url: '/events/feed.xml', title: 'Orbit Index: spaceflight events' },
] as const;

/** `alternates.types` advertising the main feeds (the root layout's default). */
export function siteFeedTypes(): { 'application/rss+xml': { url: string; title: string }[] } {
  return { 'application/rss+xml': SITE_FEEDS.map((f) => ({ url: f.url, title: f.title })) };
}

/** The site card (`app/opengraph-image.tsx`) for pages without their own image. */
export const SITE_OG_IMAGE = {
  url: '/opengraph-image',
  width: 1200,
  height: 630,
  alt: `${SITE_NAME}: ${SITE_TAGLINE}`,
};

export interface PageOpenGraphInput {
  title: string;
  description: string;
  /** Canonical path (`/launches?year=2024`); `metadataBase` makes it absolute. */
  url: string;
  /** Leave out on routes with their own `opengraph-image` file, which Next adds itself. */
  withSiteImage?: boolean;
}

/**
 * `openGraph` for a page. A page's `openGraph` replaces the layout's whole object, so this
 * carries the site name, type and locale (and, by default, the site card) along.
 */
export function pageOpenGraph({
  title,
  description,
  url,
  withSiteImage = true,
}: PageOpenGraphInput): NonNullable<Metadata['openGraph']> {
  return {
    type: 'website',
    siteName: SITE_NAME,
    locale: SITE_LOCALE,
    title,
    description,
    url,
    ...(withSiteImage ? { images: [SITE_OG_IMAGE] } : {}),
  };
}
