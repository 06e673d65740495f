import type { Metadata } from 'next';
import { env } from '@/lib/env';
import type { LL2ImageInput } from '@/lib/format/images';
import { breadcrumbJsonLd, type JsonLd } from '@/lib/seo/json-ld';
import { joinUrl } from '@/lib/seo/links';
import { SITE_NAME } from '@/lib/seo/site';
import type { Crumb } from '@/lib/domain/detail-shared';

export interface DetailMetadataInput {
  title: string;
  description: string;
  /** Canonical path (`/agencies/121-spx`); the root layout's `metadataBase` makes it absolute. */
  path: string;
  image?: LL2ImageInput;
  imageAlt?: string;
}

/** Search results cut titles at about 70 characters (html-validate's `long-title` too). */
const TITLE_BUDGET = 70;

/**
 * The root layout's template adds " · Orbit Index"; a long record name keeps the room for itself
 * and drops the suffix rather than being cut off.
 */
function withinTitleBudget(title: string): Metadata['title'] {
  return `${title} · ${SITE_NAME}`.length > TITLE_BUDGET ? { absolute: title } : title;
}

/**
 * Title, description, canonical URL, Open Graph and Twitter card for a detail page. The card's
 * image is the route's generated `opengraph-image.tsx`: Next adds it only when `openGraph` has no
 * `images` key, so none is set here (a remote photo may also be unreachable for the card).
 * `image`/`imageAlt` are accepted for callers but not used.
 */
export function detailMetadata({ title, description, path }: DetailMetadataInput): Metadata {
  return {
    title: withinTitleBudget(title),
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, type: 'website', siteName: 'Orbit Index' },
    twitter: { card: 'summary_large_image', title, description },
  };
}

export function siteUrl(): string {
  return env.SITE_URL;
}

/** Absolute URL of a path on this site, for JSON-LD. */
export function absoluteUrl(path: string): string {
  return joinUrl(siteUrl(), path) ?? path;
}

export function breadcrumbLd(crumbs: readonly Crumb[]): JsonLd {
  return breadcrumbJsonLd(crumbs.map((c) => ({ name: c.name, url: absoluteUrl(c.href) })));
}
