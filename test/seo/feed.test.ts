import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  buildRssFeed,
  eventToFeedItem,
  launchToFeedItem,
  type FeedItem,
  type RssFeedOptions,
} from '@/lib/seo/feed';
import {
  eventView,
  hostileLaunch,
  imprecise,
  launch,
  launchView,
  loadSeed,
  NOW,
  PRECISION,
  SITE,
  toV230Launch,
} from './fixtures';

const opts = { siteUrl: SITE, now: NOW };

interface ParsedItem {
  title: string;
  link?: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate?: string;
  description?: string;
  category?: string[];
  enclosure?: { '@_url': string; '@_type': string; '@_length': string };
  'media:content'?: { '@_url': string; '@_medium': string };
}

interface ParsedFeed {
  rss: {
    '@_version': string;
    channel: {
      title: string;
      link: string;
      description: string;
      lastBuildDate?: string;
      'atom:link': { '@_href': string; '@_rel': string; '@_type': string };
      item?: ParsedItem[];
    };
  };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => name === 'item' || name === 'category',
});

function feed(items: (FeedItem | null)[], extra: Partial<RssFeedOptions> = {}): string {
  return buildRssFeed({
    title: 'Orbit Index — launches',
    description: 'Launches & events from Launch Library 2',
    siteUrl: SITE,
    selfUrl: `${SITE}/launches/feed.xml`,
    items,
    ...extra,
  });
}

function parse(xml: string): ParsedFeed['rss']['channel'] {
  const valid = XMLValidator.validate(xml);
  expect(valid).toBe(true);
  return (parser.parse(xml) as ParsedFeed).rss.channel;
}

const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe('seed launches and events as RSS', () => {
  const launches = loadSeed('004');
  const events = loadSeed('002');

  it('reads the 2.3.0 shape the store produces the same way', () => {
    const raw = parse(feed(launches.map((l) => launchToFeedItem(launchView(l), opts))));
    const converted = parse(
      feed(launches.map((l) => launchToFeedItem(launchView(toV230Launch(l)), opts))),
    );
    expect(
      converted.item!.map((i) => [i.title, i.link, i.guid['#text'], i['media:content']]),
    ).toEqual(raw.item!.map((i) => [i.title, i.link, i.guid['#text'], i['media:content']]));
    expect(converted.item![0]!.category).toEqual([
      'Launch',
      'Russian Federal Space Agency (ROSCOSMOS)',
      'Human Exploration',
      'Low Earth Orbit',
    ]);
  });

  it('is valid XML with one item per record', () => {
    const items = [
      ...launches.map((l) => launchToFeedItem(launchView(l), opts)),
      ...events.map((e) => eventToFeedItem(eventView(e), opts)),
    ];
    const channel = parse(feed(items));
    expect(channel.item).toHaveLength(launches.length + events.length);
  });

  it('links each item to its canonical page with a stable, non-permalink guid', () => {
    const channel = parse(feed(launches.map((l) => launchToFeedItem(launchView(l), opts))));
    channel.item!.forEach((item, i) => {
      const id = String(launches[i]!.id);
      expect(item.title).toBe(launches[i]!.name);
      expect(item.link).toBe(`${SITE}/launches/${id}`);
      expect(item.guid['#text']).toBe(`launch-${id}@orbit-index`);
      expect(item.guid['@_isPermaLink']).toBe('false');
      expect(item.pubDate).toMatch(RFC_822);
      expect(Date.parse(item.pubDate!)).toBe(Date.parse(String(launches[i]!.net)));
    });
    const again = parse(
      feed(launches.map((l) => launchToFeedItem(launchView(l), { ...opts, now: new Date() }))),
    );
    expect(again.item!.map((i) => i.guid['#text'])).toEqual(
      channel.item!.map((i) => i.guid['#text']),
    );
  });

  it('describes events, prefers last_updated for pubDate and carries categories and images', () => {
    const channel = parse(feed(events.map((e) => eventToFeedItem(eventView(e), opts))));
    const first = channel.item![0]!;
    expect(first.link).toBe(`${SITE}/events/${String(events[0]!.id)}`);
    expect(new Date(first.pubDate!).toISOString()).toBe(
      new Date(String(events[0]!.last_updated)).toISOString(),
    );
    expect(first.category).toEqual(['Event', 'Press Event']);
    expect(first.description).toContain(
      'Mars 2020 Pre-Launch News Conference — Press Event on 27 Jul 2020 17:00 UTC',
    );
    expect(first['media:content']?.['@_url']).toMatch(/^https:\/\/.+\.png$/);
    expect(first.enclosure).toMatchObject({ '@_type': 'image/png', '@_length': '0' });
  });
});

describe('channel', () => {
  it('has atom:link rel="self", the site link and a deterministic lastBuildDate', () => {
    const items = [
      launchToFeedItem(launchView(launch()), opts),
      launchToFeedItem(launchView(imprecise('2026-06-30T00:00:00Z', PRECISION.month)), opts),
    ];
    const xml = feed(items);
    // `feed` writes the encoding name in lower case; XML reads it either way.
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>/i);
    // media:content is ours, so its namespace is declared on <rss> by hand.
    expect(xml).toMatch(
      /<rss version="2\.0"[^>]* xmlns:media="http:\/\/search\.yahoo\.com\/mrss\/"/,
    );
    expect(xml).toMatch(/<rss [^>]*xmlns:atom="http:\/\/www\.w3\.org\/2005\/Atom"/);
    const channel = parse(xml);
    expect(channel['atom:link']).toEqual({
      '@_href': `${SITE}/launches/feed.xml`,
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
    expect(channel.link).toBe(`${SITE}/`);
    expect(channel.description).toBe('Launches & events from Launch Library 2');
    expect(channel.lastBuildDate).toBe(new Date('2025-12-20T09:00:00Z').toUTCString());
    expect(feed(items)).toBe(xml);
  });

  it('leaves lastBuildDate out of a feed with nothing dated, so its bytes stay the same', () => {
    const xml = feed([]);
    expect(parse(xml).lastBuildDate).toBeUndefined();
    expect(xml).not.toContain('lastBuildDate');
    expect(parse(xml).title).toBeTruthy();
  });
});

describe('escaping', () => {
  const hostile = launchToFeedItem(launchView(hostileLaunch()), opts);
  const xml = feed([hostile]);
  const item = parse(xml).item![0]!;

  it('round-trips <script>, &, quotes and apostrophes in titles as text', () => {
    expect(item.title).toBe(
      'Evil <script>alert("x")</script> & Co; rocket, "quoted" \'single\'\nsecond line',
    );
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
  });

  it('sends descriptions as escaped HTML, so markup in the data stays text', () => {
    expect(item.description).toContain('&lt;script&gt;');
    expect(item.description).not.toContain('<script>');
    expect(item.description!.startsWith('<p>')).toBe(true);
  });

  it('removes characters XML 1.0 forbids', () => {
    expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)).toBe(false);
    const weird = feed([
      { title: 'a\u0000b\u001Bc\uFFFEd\uD800e 🚀', guid: 'g', link: `${SITE}/x` },
    ]);
    expect(parse(weird).item![0]!.title).toBe('abcde 🚀');
  });

  it('emits enclosure/media:content only for http(s) images', () => {
    expect(item.enclosure).toBeUndefined();
    expect(item['media:content']).toBeUndefined();
    expect(xml).not.toMatch(/javascript:|data:/);
    const ok = parse(feed([launchToFeedItem(launchView(launch()), opts)])).item![0]!;
    expect(ok.enclosure?.['@_url']).toBe(
      'https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/images/crew9.jpg',
    );
    expect(ok.enclosure?.['@_type']).toBe('image/jpeg');
    expect(ok['media:content']).toEqual({ '@_url': ok.enclosure?.['@_url'], '@_medium': 'image' });
    const unknownType = parse(
      feed([{ title: 't', guid: 'g', image: 'https://example.com/image?id=3' }]),
    ).item![0]!;
    expect(unknownType.enclosure).toBeUndefined();
    expect(unknownType['media:content']?.['@_url']).toBe('https://example.com/image?id=3');
  });

  it('keeps titles with several "]]>" and text with a literal "&amp;" intact', () => {
    const title = 'a]]>b]]>c &amp; d';
    const xml = feed([{ title, guid: 'x&amp;y', categories: ['R&amp;D'] }], {
      title: 'AT&amp;T launches',
    });
    const channel = parse(xml);
    expect(channel.title).toBe('AT&amp;T launches');
    expect(channel.item![0]!.title).toBe(title);
    expect(channel.item![0]!.guid['#text']).toBe('x&amp;y');
    expect(channel.item![0]!.category).toEqual(['R&amp;D']);
  });

  it('escapes & in URLs and drops non-http links', () => {
    const channel = parse(
      feed([
        { title: 'q', guid: 'a&b', link: 'https://example.com/?a=1&b=2' },
        { title: 'bad', guid: 'c', link: 'javascript:alert(1)' },
      ]),
    );
    expect(channel.item![0]!.link).toBe('https://example.com/?a=1&b=2');
    expect(channel.item![0]!.guid['#text']).toBe('a&b');
    expect(channel.item![1]!.link).toBeUndefined();
  });
});

describe('odd data', () => {
  it('skips records without an id and never throws', () => {
    expect(launchToFeedItem(launchView({}), opts)).toBeNull();
    expect(eventToFeedItem(eventView({ name: 'x' }), opts)).toBeNull();
    const odd = launchToFeedItem(
      launchView({ id: 'odd', status: 'weird', net: 'never', pad: [], image: 7 }),
      opts,
    );
    expect(odd?.pubDate).toBeUndefined();
    const channel = parse(feed([odd]));
    expect(channel.item![0]!.pubDate).toBeUndefined();
    expect(channel.item![0]!.title).toBe('Unnamed launch');
  });
});
