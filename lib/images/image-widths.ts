/**
 * The widths the image route renders, and for each place an LL2 image appears its `sizes` and
 * the widths its srcset offers. Only these widths are accepted, so the disk cache holds at most
 * seven variants of an image per format, whatever URLs a crawler invents.
 *
 * Each slot gives the CSS widths its box takes across the layout (from the Tailwind classes of
 * the component named) and a `sizes` saying so; its srcset is every width from the first that
 * covers the smallest box at 1x to the first that covers the largest at 2x. The ladder stops at
 * 1280: a detail picture on a 2x tablet (976 CSS px) gets 1.3 device pixels per CSS pixel,
 * which a photo hides, at half the bytes of 1920.
 */

export const IMAGE_WIDTHS = [64, 128, 256, 384, 640, 960, 1280] as const;
export type ImageWidth = (typeof IMAGE_WIDTHS)[number];

export function isImageWidth(value: number): value is ImageWidth {
  return (IMAGE_WIDTHS as readonly number[]).includes(value);
}

interface SlotSpec {
  sizes: string;
  /** Narrowest and widest CSS width of the box. */
  min: number;
  max: number;
}

// Page gutters: 16px a side on phones, 24 from sm (640), 32 from lg (1024) in a 1280px column.
const SPECS = {
  /** `CardImage` (components/list/card-parts.tsx): one card column on phones, two from sm, beside the 17rem filter panel from lg (three at 2xl are narrower still). */
  card: {
    sizes:
      '(min-width: 1280px) 452px, (min-width: 1024px) calc(50vw - 188px), (min-width: 640px) calc(50vw - 32px), calc(100vw - 32px)',
    min: 288,
    max: 608,
  },
  /** `HeroImage` (components/detail/hero-image.tsx): full width under lg, then the side column, a third of the page less its gaps. */
  hero: {
    sizes:
      '(min-width: 1280px) 379px, (min-width: 1024px) calc((100vw - 144px) / 3), (min-width: 640px) calc(100vw - 48px), calc(100vw - 32px)',
    min: 288,
    max: 976,
  },
  /** The home page's next launch (components/home/launch-tile.tsx): half its card from md. */
  featured: {
    sizes:
      '(min-width: 1280px) 608px, (min-width: 1024px) calc(50vw - 32px), (min-width: 768px) calc(50vw - 24px), (min-width: 640px) calc(100vw - 48px), calc(100vw - 32px)',
    min: 288,
    max: 720,
  },
  /** The home page's other launches: on phones a 6rem strip as tall as the text (a 16:9 cover needs ~240px), then two and three to a row. */
  tile: {
    sizes:
      '(min-width: 1280px) 395px, (min-width: 1024px) calc((100vw - 96px) / 3), (min-width: 640px) calc(50vw - 32px), 240px',
    min: 240,
    max: 480,
  },
  /** `MissionPatches` (components/program/mission-patches.tsx): 3, 4, then 6 to a row. */
  patch: {
    sizes: '(min-width: 1024px) 123px, (min-width: 640px) calc(25vw - 21px), calc(33vw - 19px)',
    min: 94,
    max: 235,
  },
  /** `AgencyLogo` (components/media/agency-logo.tsx) boxes. */
  logoSm: { sizes: '40px', min: 40, max: 40 },
  logoMd: { sizes: '64px', min: 64, max: 64 },
  logoLg: { sizes: '(min-width: 640px) 112px, 80px', min: 80, max: 112 },
} as const satisfies Record<string, SlotSpec>;

export type ImageSlot = keyof typeof SPECS;

export interface SlotWidths {
  sizes: string;
  widths: readonly ImageWidth[];
  /** For `src`: the width that covers the largest box at 1x. */
  fallback: ImageWidth;
}

const firstCovering = (px: number): ImageWidth =>
  IMAGE_WIDTHS.find((w) => w >= px) ?? IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]!;

function slotWidths({ sizes, min, max }: SlotSpec): SlotWidths {
  const from = firstCovering(min);
  const to = firstCovering(2 * max);
  return {
    sizes,
    widths: IMAGE_WIDTHS.filter((w) => w >= from && w <= to),
    fallback: firstCovering(max),
  };
}

export const IMAGE_SLOTS = Object.fromEntries(
  Object.entries(SPECS).map(([slot, spec]) => [slot, slotWidths(spec)]),
) as Record<ImageSlot, SlotWidths>;
