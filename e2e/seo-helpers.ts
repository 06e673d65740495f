import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';

/**
 * Shared reads for the SEO specs. Pages are fetched as a crawler sees them: Googlebot's user
 * agent (Next sends bots the full <head> up front) and no JavaScript.
 */

export const CRAWLER_UA =
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

export interface Head {
  status: number;
  title: string;
  description: string | null;
  canonical: string | null;
  robots: string | null;
  og: Record<string, string>;
  twitter: Record<string, string>;
  jsonLd: unknown[];
}

export async function readHead(page: Page, path: string): Promise<Head> {
  const response = await page.goto(path);
  const status = response?.status() ?? 0;
  const head = await page.evaluate(() => {
    const attr = (selector: string, name: string) =>
      document.querySelector(selector)?.getAttribute(name) ?? null;
    const metas = (prefix: string, key: 'property' | 'name') =>
      Object.fromEntries(
        [...document.querySelectorAll(`meta[${key}^="${prefix}"]`)].map((m) => [
          m.getAttribute(key) ?? '',
          m.getAttribute('content') ?? '',
        ]),
      );
    return {
      title: document.title,
      description: attr('meta[name="description"]', 'content'),
      canonical: attr('link[rel="canonical"]', 'href'),
      robots: attr('meta[name="robots"]', 'content'),
      og: metas('og:', 'property'),
      twitter: metas('twitter:', 'name'),
      jsonLdText: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
        (s) => s.textContent ?? '',
      ),
    };
  });
  const { jsonLdText, ...rest } = head;
  return { status, ...rest, jsonLd: jsonLdText.map((t) => JSON.parse(t) as unknown) };
}

/** Every JSON-LD node, with top-level arrays and `@graph`s flattened. */
export function jsonLdNodes(blocks: unknown[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const node = value as Record<string, unknown>;
      if (Array.isArray(node['@graph'])) visit(node['@graph']);
      else out.push(node);
    }
  };
  blocks.forEach(visit);
  return out;
}

const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'sitemap', 'item', 'category'].includes(name),
});

export function parseXml<T = Record<string, unknown>>(text: string): T {
  return xml.parse(text) as T;
}

/** Path and query of an absolute URL, so specs work whatever SITE_URL the server was given. */
export function localPath(url: string): string {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
}

interface UrlSet {
  urlset: { url?: { loc: string; lastmod?: string }[] };
}
interface SitemapIndex {
  sitemapindex: { sitemap?: { loc: string; lastmod?: string }[] };
}

/** The sitemap index's parts, each with its URLs. */
export async function readSitemaps(
  request: APIRequestContext,
): Promise<{ loc: string; urls: { loc: string; lastmod?: string }[] }[]> {
  const index = await request.get('/sitemap.xml');
  expect(index.status()).toBe(200);
  const parsed = parseXml<SitemapIndex>(await index.text());
  const parts = parsed.sitemapindex.sitemap ?? [];
  return Promise.all(
    parts.map(async ({ loc }) => {
      const res = await request.get(localPath(loc));
      expect(res.status(), loc).toBe(200);
      const set = parseXml<UrlSet>(await res.text());
      return { loc, urls: set.urlset.url ?? [] };
    }),
  );
}

/** Detail pages of one resource route (`/launches`), from its sitemap part(s). */
export async function detailPaths(request: APIRequestContext, route: string): Promise<string[]> {
  const name = route.replace(/^\//, '');
  const parts = await readSitemaps(request);
  return parts
    .filter((p) => new RegExp(`/sitemaps/sitemap/${name}-\\d+\\.xml$`).test(p.loc))
    .flatMap((p) => p.urls.map((u) => localPath(u.loc)));
}

/** The first detail page of a route whose record looks full (launch slugs rather than UUIDs). */
export async function sampleDetailPath(request: APIRequestContext, route: string): Promise<string> {
  const paths = await detailPaths(request, route);
  const full = paths.find((p) => !/\/[0-9a-f]{8}-[0-9a-f]{4}-/.test(p)) ?? paths[0];
  expect(full, `a detail page under ${route}`).toBeTruthy();
  return full ?? route;
}

/**
 * How many records a list page says it shows (`/agencies?type__id=1`), from its results heading.
 * The pages list records known only from references too, which the API leaves out.
 */
export async function listedCount(request: APIRequestContext, path: string): Promise<number> {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  const html = await res.text();
  const heading = /id="results-heading"[^>]*><span class="numeric">([\d,]+)<\/span>/.exec(html);
  if (heading) return Number(heading[1]!.replaceAll(',', ''));
  expect(html, `${path} has neither results nor an empty state`).toMatch(/No [a-z ]+ match/);
  return 0;
}

/** `count` of an API list. */
export async function apiCount(request: APIRequestContext, apiPath: string): Promise<number> {
  const res = await request.get(`/api/2.3.0/${apiPath}?limit=100&mode=list`);
  expect(res.status(), apiPath).toBe(200);
  return ((await res.json()) as { count: number }).count;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
export function pngSize(body: Buffer): { width: number; height: number } {
  expect(body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(body.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}
