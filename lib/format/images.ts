/**
 * Choosing and describing LL2 images. LL2 image objects (`logo`, `social_logo`, `image`) share
 * one shape, but any field may be null, variants are often empty, and their type names have
 * changed over time ("transparent for light background", "Light Background"), so nothing here
 * trusts the shape.
 */
import { safeHttpUrl } from './url';

export interface LL2ImageVariant {
  type?: { name?: string | null } | null;
  image_url?: string | null;
  image?: { image_url?: string | null } | null;
}

export interface LL2ImageLicense {
  name?: string | null;
  link?: string | null;
}

/** The LL2 2.3.0 image object, with every field optional. */
export interface LL2Image {
  name?: string | null;
  image_url?: string | null;
  thumbnail_url?: string | null;
  credit?: string | null;
  license?: LL2ImageLicense | null;
  variants?: readonly LL2ImageVariant[] | null;
}

/** LL2 2.0.0 records hold a bare URL string where 2.3.0 has an image object; accept both. */
export type LL2ImageInput = LL2Image | string | null | undefined;

function asObject(image: LL2ImageInput): LL2Image | null {
  if (typeof image === 'string') return { image_url: image };
  return image ?? null;
}

export type Backdrop = 'light' | 'dark';

/**
 * Which page background a variant is drawn for, from its type name. Reads the word right before
 * "background"/"bg" first, so "light logo for dark background" counts as dark.
 */
export function variantBackdrop(typeName: string | null | undefined): Backdrop | null {
  if (typeof typeName !== 'string') return null;
  const text = typeName.toLowerCase();
  const near = /\b(light|dark)[\s_-]*(?:background|bg)\b/.exec(text);
  if (near) return near[1] === 'dark' ? 'dark' : 'light';
  if (text.includes('dark')) return 'dark';
  if (text.includes('light')) return 'light';
  return null;
}

function variantUrl(input: LL2ImageInput, backdrop: Backdrop): string | null {
  for (const v of asObject(input)?.variants ?? []) {
    if (variantBackdrop(v?.type?.name) !== backdrop) continue;
    // LL2 puts the file on the variant; stores imported before that was kept nest it in `image`.
    const url = safeHttpUrl(v.image?.image_url ?? v.image_url);
    if (url) return url;
  }
  return null;
}

/** The full image, or its thumbnail when asked for (and present), as a safe URL. */
export function imageUrl(
  input: LL2ImageInput,
  { thumbnail = false }: { thumbnail?: boolean } = {},
): string | null {
  const image = asObject(input);
  if (!image) return null;
  const full = safeHttpUrl(image.image_url);
  const thumb = safeHttpUrl(image.thumbnail_url);
  return thumbnail ? (thumb ?? full) : (full ?? thumb);
}

export interface LogoChoice {
  /** Drawn on light surfaces. */
  light: string | null;
  /** Drawn on dark surfaces. */
  dark: string | null;
  /**
   * No dark-background variant exists and `dark` is the plain logo, which is usually dark ink on
   * transparency: put it on a light tile in dark mode.
   */
  darkNeedsLightTile: boolean;
}

/**
 * Picks an agency's logo for each theme: the matching transparent variant, else `logo`, else
 * `social_logo`. Variants are looked for on `logo` first, then on `social_logo`.
 */
export function chooseLogo(
  sources: { logo?: LL2ImageInput; social_logo?: LL2ImageInput },
  { thumbnail = false }: { thumbnail?: boolean } = {},
): LogoChoice {
  const { logo, social_logo } = sources;
  const base = imageUrl(logo, { thumbnail }) ?? imageUrl(social_logo, { thumbnail });
  const light = variantUrl(logo, 'light') ?? variantUrl(social_logo, 'light') ?? base;
  const darkVariant = variantUrl(logo, 'dark') ?? variantUrl(social_logo, 'dark');
  return {
    light,
    dark: darkVariant ?? base,
    darkNeedsLightTile: darkVariant === null && base !== null,
  };
}

/**
 * Alt text from LL2's image name. Machine-made names ("[AUTO] Orbex - social_logo") are tidied
 * to "Orbex social logo"; an empty name falls back to `fallback`.
 */
export function imageAlt(input: LL2ImageInput, fallback: string): string {
  const image = asObject(input);
  const raw = typeof image?.name === 'string' ? image.name : '';
  const tidy = raw
    .replace(/^\s*\[auto\]\s*/i, '')
    .replace(/\s+-\s+/g, ' ')
    .replace(/_/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return tidy === '' ? fallback : tidy;
}

export interface ImageCreditInfo {
  credit: string | null;
  /** A safe URL when the credit itself is a link (LL2 sometimes stores the source URL there). */
  creditUrl: string | null;
  licenseName: string;
  licenseUrl: string | null;
}

export function imageCreditInfo(input: LL2ImageInput): ImageCreditInfo {
  const image = asObject(input);
  const credit =
    typeof image?.credit === 'string' && image.credit.trim() !== '' ? image.credit.trim() : null;
  const licenseName =
    typeof image?.license?.name === 'string' && image.license.name.trim() !== ''
      ? image.license.name.trim()
      : 'Unknown';
  return {
    credit,
    creditUrl: safeHttpUrl(credit),
    licenseName,
    licenseUrl: safeHttpUrl(image?.license?.link),
  };
}

/**
 * Short text for a placeholder: "Rocket Factory Augsburg" → "RF", "SpaceX" → "SX", and short
 * acronyms whole ("NASA").
 */
export function initialsOf(name: string | null | undefined): string {
  const words = (name ?? '')
    .replace(/^\s*\[auto\]\s*/i, '')
    .split(/[\s\-_/.()]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
  const first = words[0];
  if (first === undefined) return '';
  if (words.length === 1) {
    // Acronyms read best whole: "ESA", "NASA", "RFA".
    if (first.length <= 4 && first === first.toUpperCase() && /\p{Lu}/u.test(first)) return first;
    const capitals = first.slice(1).match(/\p{Lu}/u)?.[0];
    return (first.charAt(0) + (capitals ?? first.charAt(1))).toUpperCase();
  }
  return (first.charAt(0) + (words[1]?.charAt(0) ?? '')).toUpperCase();
}

/** A stable small number from a name, to give each placeholder its own tint. */
export function tintIndex(name: string | null | undefined, tints: number): number {
  let h = 0;
  for (const ch of name ?? '') h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return tints > 0 ? h % tints : 0;
}
