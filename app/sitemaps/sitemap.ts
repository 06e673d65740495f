import type { MetadataRoute } from 'next';
import { listSitemaps, sitemapEntries } from '@/lib/seo/sitemap';

// Built per request from the store: the data changes without a rebuild (sync, live mode).
export const dynamic = 'force-dynamic';

/**
 * `/sitemaps/sitemap/pages.xml`, `/sitemaps/sitemap/launches-0.xml`, …, indexed at `/sitemap.xml`
 * (`app/sitemap.xml/route.ts`). The parts live one folder down because a root `app/sitemap.ts`
 * claims `/sitemap.xml` itself, which conflicts with the index route.
 */
export async function generateSitemaps() {
  const parts = await listSitemaps();
  return parts.map(({ id }) => ({ id }));
}

export default async function sitemap(props: {
  id: Promise<string>;
}): Promise<MetadataRoute.Sitemap> {
  // generateSitemaps vouches for the id before this runs; `[]` only if the data changed between.
  return (await sitemapEntries(await props.id)) ?? [];
}
