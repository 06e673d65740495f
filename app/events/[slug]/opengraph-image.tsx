import { recordCardImage } from '@/components/og/render';
import { cardImageMetadata, loadCard } from '@/lib/seo/og-image';

export const contentType = 'image/png';
// Rendered on request from the store, so a card follows its record after each sync.
export const dynamic = 'force-dynamic';

export async function generateImageMetadata({ params }: { params: { slug: string } }) {
  return cardImageMetadata(await loadCard('events', params.slug));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return recordCardImage(await loadCard('events', slug));
}
