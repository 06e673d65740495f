import { siteCardImage } from '@/components/og/render';
import { OG_SIZE } from '@/lib/seo/og-image';
import { SITE_OG_IMAGE } from '@/lib/seo/site';

export const alt = SITE_OG_IMAGE.alt;
export const size = OG_SIZE;
export const contentType = 'image/png';

export default function Image() {
  return siteCardImage();
}
