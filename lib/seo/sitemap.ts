import type { MetadataRoute } from 'next';
import { allIds, dataAsOf, resourceDef } from '@/lib/data';
import { listRelated } from '@/lib/data/related';
import { env } from '@/lib/env';
import type { ResourceKey } from '@/lib/resources';
import type { ResourceDef } from '@/lib/resources/types';
import { escapeXml } from './feed';
import { joinUrl } from './links';

/**
 * The sitemap index and its parts: one sitemap per resource with detail pages, split in chunks
 * of at most 5,000 URLs, plus one for the site's fixed pages.
 */

/**
 * URLs per part. The protocol allows 50,000, but 7,000 launches made one 640 kB file built on
 * every crawl of it; 5,000 keeps a part near 450 kB, and a crawler that stops early has fetched
 * whole parts.
 */
export const SITEMAP_CHUNK = 5_000;

/** Resources with a detail page (`app/<route>/[id]/page.tsx`); only these are listed. */
export const SITEMAP_RESOURCES = [
  'launches',
  'events',
  'agencies',
  'spacecraft',
  'space_stations',
  'docking_events',
  'spacecraft_configurations',
  'pads',
  'locations',
  'programs',
  'astronauts',
  'expeditions',
  'launcher_configurations',
  'launchers',
] as const satisfies readonly ResourceKey[];

/** Fixed pages: the home page, the list pages and the API docs. */
export const STATIC_PAGES = [
  '/',
  '/launches',
  '/launches/upcoming',
  '/launches/previous',
  '/events',
  '/agencies',
  '/spacecraft',
  '/space-stations',
  '/docking-events',
  '/spacecraft-configurations',
  '/pads',
  '/locations',
  '/programs',
  '/astronauts',
  '/expeditions',
  '/rockets',
  '/boosters',
  '/statistics',
  '/docs/api',
] as const;

export const STATIC_SITEMAP_ID = 'pages';

export interface IdRow {
  id: string | number;
  slug: string | null;
  lastUpdated: string | null;
}

/**
 * The canonical detail path for a stored id row, as `canonicalSegment` + `requireDetail` build it:
 * numeric ids lead (`/agencies/121-spacex`), launches and events with a slug use it alone.
 */
export function detailPathForRow(def: Pick<ResourceDef, 'route' | 'idType'>, row: IdRow): string {
  const slug = row.slug || null;
  const segment =
    def.idType === 'uuid' ? (slug ?? String(row.id)) : slug ? `${row.id}-${slug}` : String(row.id);
  return `${def.route}/${encodeURIComponent(segment)}`;
}

/** `launches-0`, `space-stations-1`: the resource's route name and the chunk number. */
export function sitemapId(def: Pick<ResourceDef, 'route'>, chunk: number): string {
  return `${def.route.replace(/^\//, '')}-${chunk}`;
}

/** Splits `pages`, `launches-0`, … back into resource and chunk; null when unknown. */
export function parseSitemapId(
  id: string,
): { kind: 'static' } | { kind: 'resource'; key: ResourceKey; chunk: number } | null {
  if (id === STATIC_SITEMAP_ID) return { kind: 'static' };
  const m = /^([a-z-]+)-(\d{1,6})$/.exec(id);
  if (!m) return null;
  const key = SITEMAP_RESOURCES.find((k) => resourceDef(k).route === `/${m[1]}`);
  return key ? { kind: 'resource', key, chunk: Number(m[2]) } : null;
}

export function chunkCount(total: number, size = SITEMAP_CHUNK): number {
  return Math.ceil(Math.max(0, total) / size);
}

function validDate(value: string | null | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function absolute(path: string): string {
  return escapeXml(joinUrl(env.SITE_URL, path) ?? path);
}

/**
 * List pages of resources with no records yet (boosters before a sync): such a page says how to
 * get data and is `noindex`, so the sitemap leaves it out until it lists something.
 */
async function emptyListPages(): Promise<Set<string>> {
  const empty = new Set<string>();
  await Promise.all(
    SITEMAP_RESOURCES.map(async (key) => {
      const { count } = await listRelated(key, {}, 1);
      if (count === 0) empty.add(resourceDef(key).route);
    }),
  );
  return empty;
}

/** Every sitemap's id: `pages` first, then each resource's chunks (none for an empty resource). */
export async function listSitemaps(): Promise<{ id: string; lastModified?: Date }[]> {
  const asOf = validDate(await dataAsOf());
  const parts: { id: string; lastModified?: Date }[] = [
    { id: STATIC_SITEMAP_ID, lastModified: asOf },
  ];
  for (const key of SITEMAP_RESOURCES) {
    const def = resourceDef(key);
    const rows = await allIds(key);
    for (let chunk = 0; chunk < chunkCount(rows.length); chunk++) {
      const slice = rows.slice(chunk * SITEMAP_CHUNK, (chunk + 1) * SITEMAP_CHUNK);
      const newest = slice.reduce<Date | undefined>((max, r) => {
        const d = validDate(r.lastUpdated);
        return d && (!max || d > max) ? d : max;
      }, undefined);
      parts.push({ id: sitemapId(def, chunk), lastModified: newest ?? asOf });
    }
  }
  return parts;
}

/** The URLs of one sitemap, or null for an unknown id. */
export async function sitemapEntries(id: string): Promise<MetadataRoute.Sitemap | null> {
  const parsed = parseSitemapId(id);
  if (!parsed) return null;
  if (parsed.kind === 'static') {
    const [asOf, empty] = await Promise.all([dataAsOf().then(validDate), emptyListPages()]);
    return STATIC_PAGES.filter((path) => !empty.has(path)).map((path) => ({
      url: absolute(path),
      lastModified: asOf,
      changeFrequency: path.startsWith('/launches') || path === '/' ? 'hourly' : 'daily',
    }));
  }
  const def = resourceDef(parsed.key);
  const rows = await allIds(parsed.key);
  const slice = rows.slice(parsed.chunk * SITEMAP_CHUNK, (parsed.chunk + 1) * SITEMAP_CHUNK);
  if (slice.length === 0) return null;
  return slice.map((row) => ({
    url: absolute(detailPathForRow(def, row)),
    lastModified: validDate(row.lastUpdated),
  }));
}

/** Where `app/sitemaps/sitemap.ts` serves a part (Next: `<segment>/sitemap/<id>.xml`). */
export function sitemapPartPath(id: string): string {
  return `/sitemaps/sitemap/${id}.xml`;
}

/** `<sitemapindex>` naming every part. */
export async function sitemapIndexXml(): Promise<string> {
  const parts = await listSitemaps();
  const entries = parts.map(({ id, lastModified }) => {
    const lastmod = lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : '';
    return `<sitemap><loc>${absolute(sitemapPartPath(id))}</loc>${lastmod}</sitemap>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    entries.join('\n') +
    '\n</sitemapindex>\n'
  );
}
