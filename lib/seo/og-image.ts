import { findRecord } from '@/lib/data';
import { env } from '@/lib/env';
import { malformedSegment } from './segment';
import { cardModel, type CardModel, type CardResource } from './og-card';
import { SITE_NAME } from './site';

/** Data for the per-record Open Graph images (`app/<resource>/[id]/opengraph-image.tsx`). */

export const OG_SIZE = { width: 1200, height: 630 } as const;
export const OG_CONTENT_TYPE = 'image/png';
/** The one image each detail route makes; its URL ends in `/opengraph-image/card`. */
export const OG_IMAGE_ID = 'card';

/** The card for a detail URL segment (id, id-slug, slug or UUID); null for an unknown record. */
export async function loadCard(resource: CardResource, segment: string): Promise<CardModel | null> {
  const found = await findRecord(resource, segment).catch(malformedSegment);
  return found?.record ? cardModel(resource, found.record) : null;
}

/** `generateImageMetadata` result: one PNG with alt text naming the record. */
export function cardImageMetadata(card: CardModel | null) {
  return [
    {
      id: OG_IMAGE_ID,
      alt: card ? `${card.alt} · ${SITE_NAME}` : SITE_NAME,
      size: OG_SIZE,
      contentType: OG_CONTENT_TYPE,
    },
  ];
}

/** `orbit-index.example` for the card footer. */
export function siteHost(): string {
  try {
    return new URL(env.SITE_URL).host;
  } catch {
    return SITE_NAME;
  }
}
