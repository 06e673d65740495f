import type { EventDetail } from '@/lib/domain/event-detail';
import type { LaunchDetail } from '@/lib/domain/launch-detail';
import { httpUrl, unique } from '@/lib/ll2/read';
import { describeEvent, describeLaunch } from './describe';
import { joinUrl, recordUrl, type LinkOptions } from './links';
import { dateOf, eventId } from './timing';

/** One RSS `<item>`, built by `launchToFeedItem`/`eventToFeedItem` or by hand. */
export interface FeedItem {
  title: string;
  /** The canonical detail page (http(s) only; dropped otherwise). */
  link?: string;
  /** Stable id, emitted with `isPermaLink="false"`. */
  guid: string;
  pubDate?: Date;
  /** Plain text; paragraphs separated by blank lines. Sent as escaped HTML, so it shows as text. */
  description?: string;
  categories?: string[];
  /** An http(s) image, sent as `media:content` (and `enclosure` when its type is known). */
  image?: string;
}

export interface FeedItemOptions extends LinkOptions {
  /** Decides "launched" vs "scheduled" when the status does not; pass the request time. */
  now?: Date;
}

const DESCRIPTION_MAX = 1000;

/**
 * A launch as a feed item. `pubDate` is LL2's `last_updated` (when what the item says was last
 * true), falling back to the NET for older records that lack it. `null` without an id.
 */
export function launchToFeedItem(l: LaunchDetail, opts: FeedItemOptions): FeedItem | null {
  if (!l.id) return null;
  const webcast = l.webcasts[0]?.url;
  return {
    title: l.name,
    link: recordUrl(opts, '/launches', l.id),
    guid: `launch-${l.id}@orbit-index`,
    pubDate: dateOf(l.lastUpdated ?? l.net) ?? undefined,
    description: [
      describeLaunch(l, { now: opts.now, maxLength: DESCRIPTION_MAX }),
      webcast && `Webcast: ${webcast}`,
    ]
      .filter(Boolean)
      .join('\n\n'),
    categories: unique(['Launch', l.organizer?.name, l.mission?.type, l.mission?.orbit]),
    image: l.image?.image_url ?? undefined,
  };
}

export function eventToFeedItem(e: EventDetail, opts: FeedItemOptions): FeedItem | null {
  const id = eventId(e);
  if (!id) return null;
  const webcast = e.videos[0]?.url;
  return {
    title: e.name,
    link: recordUrl(opts, '/events', id),
    guid: `event-${id}@orbit-index`,
    pubDate: dateOf(e.lastUpdated ?? e.date) ?? undefined,
    description: [
      describeEvent(e, { now: opts.now, maxLength: DESCRIPTION_MAX }),
      webcast && `Webcast: ${webcast}`,
    ]
      .filter(Boolean)
      .join('\n\n'),
    categories: unique(['Event', e.type]),
    image: e.image?.image_url ?? undefined,
  };
}

/** Removes what XML 1.0 forbids (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * RSS `<description>` is entity-encoded HTML, so plain text is HTML-escaped first and then
 * XML-escaped: a reader decodes one layer and shows `<script>` as text, never as markup.
 */
function htmlDescription(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeXml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
};

function imageType(url: string): string | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  return ext ? IMAGE_TYPES[ext] : undefined;
}

function element(name: string, text: string | undefined): string {
  return text === undefined || text === '' ? '' : `<${name}>${escapeXml(text)}</${name}>`;
}

function itemXml(item: FeedItem): string {
  const link = httpUrl(item.link);
  const image = httpUrl(item.image);
  const type = image ? imageType(image) : undefined;
  const parts = [
    element('title', item.title),
    link ? element('link', link) : '',
    `<guid isPermaLink="false">${escapeXml(item.guid)}</guid>`,
    item.pubDate && !Number.isNaN(item.pubDate.getTime())
      ? element('pubDate', item.pubDate.toUTCString())
      : '',
    item.description ? element('description', htmlDescription(item.description)) : '',
    ...(item.categories ?? []).map((c) => element('category', c)),
    // RSS wants a byte length; "0" is the RSS Advisory Board's advice when it is unknown.
    image && type ? `<enclosure url="${escapeXml(image)}" length="0" type="${type}"/>` : '',
    image ? `<media:content url="${escapeXml(image)}" medium="image"/>` : '',
  ];
  return `<item>${parts.join('')}</item>`;
}

export interface RssFeedOptions {
  title: string;
  description: string;
  /** The site's home page (`<channel><link>`). */
  siteUrl: string;
  /** This feed's own URL (`atom:link rel="self"`). */
  selfUrl: string;
  items: readonly (FeedItem | null | undefined)[];
  language?: string;
  /** Defaults to the newest item's `pubDate`, so the output only changes when the data does. */
  lastBuildDate?: Date;
  ttlMinutes?: number;
}

/** An RSS 2.0 document with `atom:link rel="self"` and Media RSS images. */
export function buildRssFeed(opts: RssFeedOptions): string {
  const items = opts.items.filter((i): i is FeedItem => !!i);
  const siteUrl = joinUrl(opts.siteUrl, '/') ?? '';
  const selfUrl = httpUrl(opts.selfUrl);
  const newest = items
    .map((i) => i.pubDate?.getTime())
    .filter((t): t is number => t !== undefined && !Number.isNaN(t))
    .reduce<number | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);
  const built = opts.lastBuildDate ?? (newest !== undefined ? new Date(newest) : undefined);
  const channel = [
    element('title', opts.title),
    element('link', siteUrl),
    element('description', opts.description),
    selfUrl
      ? `<atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`
      : '',
    element('language', opts.language ?? 'en'),
    built ? element('lastBuildDate', built.toUTCString()) : '',
    element('generator', 'Orbit Index'),
    element('docs', 'https://www.rssboard.org/rss-specification'),
    opts.ttlMinutes ? element('ttl', String(Math.round(opts.ttlMinutes))) : '',
    ...items.map(itemXml),
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">' +
    `\n<channel>\n${channel.filter(Boolean).join('\n')}\n</channel>\n</rss>\n`
  );
}
