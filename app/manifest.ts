import type { MetadataRoute } from 'next';
import { APP_ICONS, iconSizes } from '@/lib/seo/app-icons';
import { BRAND, SITE_DESCRIPTION, SITE_NAME } from '@/lib/seo/site';

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: SITE_NAME,
    short_name: SITE_NAME,
    description: SITE_DESCRIPTION,
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: BRAND.surface,
    theme_color: BRAND.surface,
    categories: ['education', 'news', 'reference'],
    icons: APP_ICONS.map((icon) => ({
      src: icon.src,
      sizes: iconSizes(icon),
      type: 'image/png',
      purpose: icon.purpose,
    })),
    shortcuts: [
      { name: 'Upcoming launches', url: '/launches/upcoming' },
      { name: 'Events', url: '/events' },
      { name: 'Agencies', url: '/agencies' },
    ],
  };
}
