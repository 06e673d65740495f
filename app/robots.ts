import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';

// SITE_URL is read when the server starts, not baked in at build time.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: '/api/' },
    sitemap: `${env.SITE_URL}/sitemap.xml`,
  };
}
