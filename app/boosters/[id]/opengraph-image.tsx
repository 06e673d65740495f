import { recordCardImage } from '@/components/og/render';
import { cardImageMetadata, loadCard } from '@/lib/seo/og-image';

export const contentType = 'image/png';
// Rendered on request from the store, so a card follows its record after each sync.
export const dynamic = 'force-dynamic';

export async function generateImageMetadata({ params }: { params: { id: string } }) {
  return cardImageMetadata(await loadCard('launchers', params.id));
}

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return recordCardImage(await loadCard('launchers', id));
}
