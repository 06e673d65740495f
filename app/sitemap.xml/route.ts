import { sitemapIndexXml } from '@/lib/seo/sitemap';

// Next serves the `generateSitemaps` parts (app/sitemaps/sitemap.ts) but no index; this is it.
export const dynamic = 'force-dynamic';

export async function GET() {
  return new Response(await sitemapIndexXml(), {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400',
    },
  });
}
