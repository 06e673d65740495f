import { Feed, type Extension, type Item } from 'feed';
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
 * Text for an element `feed` writes through xml-js, which first turns `&amp;` back into `&`
 * (against double escaping) and then escapes `&`, `<` and `>`: with `&` pre-escaped, a literal
 * `&amp;` in the data round-trips instead of reading back as `&`.
 */
function text(value: string): string {
  return stripInvalidXmlChars(value).replace(/&/g, '&amp;');
}

/**
 * RSS `<description>` is entity-encoded HTML, so plain text is HTML-escaped first; `feed` wraps it
 * in CDATA: a reader decodes the HTML and shows `<script>` as text, never as markup. No `]]>` can
 * occur: every `>` left is the end of `<p>`, `</p>` or `<br>`.
 */
function htmlDescription(plain: string): string {
  return plain
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

function toFeedItem(item: FeedItem): Item {
  const image = httpUrl(item.image);
  const type = image ? imageType(image) : undefined;
  const pubDate = item.pubDate && !Number.isNaN(item.pubDate.getTime()) ? item.pubDate : undefined;
  const extensions: Extension[] = [
    // `feed` writes titles as CDATA, and xml-js ends only the first `]]>` in one, so a title with
    // two would break the whole document: ours is written as escaped text in the same place.
    { name: 'title', objects: { _text: text(item.title) } },
  ];
  if (image) {
    extensions.push({
      name: 'media:content',
      // xml-js escapes only `"` in attributes.
      objects: { _attributes: { url: escapeXml(image), medium: 'image' } },
    });
  }
  return {
    title: item.title,
    // `feed` types link and date as required but writes each only when it is set.
    link: httpUrl(item.link) ?? '',
    date: pubDate as Date,
    guid: text(item.guid),
    description: item.description ? htmlDescription(item.description) : undefined,
    category: (item.categories ?? [])
      .map(text)
      .filter(Boolean)
      .map((name) => ({ name })),
    // RSS wants a byte length; "0" is the RSS Advisory Board's advice when it is unknown. `feed`'s
    // own `image` would guess the type from the extension (`image/jpg`, `image/image?id=3`).
    enclosure: image && type ? { url: image, type, length: 0 } : undefined,
    extensions,
  };
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

const RSS_ROOT = '<rss version="2.0"';

/** An RSS 2.0 document with `atom:link rel="self"` and Media RSS images, written by `feed`. */
export function buildRssFeed(opts: RssFeedOptions): string {
  const items = opts.items.filter((i): i is FeedItem => !!i);
  const newest = items
    .map((i) => i.pubDate?.getTime())
    .filter((t): t is number => t !== undefined && !Number.isNaN(t))
    .reduce<number | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);
  const rss = new Feed({
    title: text(opts.title),
    link: joinUrl(opts.siteUrl, '/') ?? undefined,
    description: text(opts.description),
    feed: httpUrl(opts.selfUrl) ?? undefined,
    language: opts.language ?? 'en',
    updated: opts.lastBuildDate ?? (newest !== undefined ? new Date(newest) : undefined),
    generator: 'Orbit Index',
    docs: 'https://www.rssboard.org/rss-specification',
    ttl: opts.ttlMinutes ? Math.round(opts.ttlMinutes) : undefined,
  });
  for (const item of items) rss.addItem(toFeedItem(item));
  let xml = rss.rss2();
  // Nothing dated to say when it was built: leave the optional element out rather than write
  // the time of the request, which would change the feed's bytes (and its ETag) every time.
  if (!opts.lastBuildDate && newest === undefined)
    xml = xml.replace(/\n?\s*<lastBuildDate>[^<]*<\/lastBuildDate>/, '');
  // `feed` declares only the namespaces of elements it writes itself; media:content is ours (a
  // unit test fails if the start tag ever changes shape).
  return `${xml.replace(RSS_ROOT, `${RSS_ROOT} xmlns:media="http://search.yahoo.com/mrss/"`)}\n`;
}
