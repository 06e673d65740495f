import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLValidator } from 'fast-xml-parser';
import ical, { type VEvent } from 'node-ical';
import { localPath, parseXml } from './seo-helpers';

interface Rss {
  rss: {
    channel: {
      title: string;
      link: string;
      'atom:link': { '@_href': string; '@_rel': string };
      item?: { title: string; link: string; guid: { '#text': string }; category?: string[] }[];
    };
  };
}

async function readFeed(request: APIRequestContext, path: string) {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  expect(res.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  expect(res.headers()['cache-control']).toMatch(/max-age=\d+/);
  const text = await res.text();
  expect(XMLValidator.validate(text), `${path} is well-formed XML`).toBe(true);
  return { res, feed: parseXml<Rss>(text).rss.channel };
}

async function readCalendar(request: APIRequestContext, path: string) {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  expect(res.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const text = await res.text();
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  const events = Object.values(ical.sync.parseICS(text)).filter(
    (c): c is VEvent => c?.type === 'VEVENT',
  );
  return { res, text, events };
}

/** The launch provider with the most launches in the data, for a filtered view. */
async function busiestProvider(request: APIRequestContext): Promise<{ id: number; name: string }> {
  const res = await request.get('/api/2.3.0/launches/?limit=100');
  const body = (await res.json()) as {
    results: { launch_service_provider?: { id: number; name: string } }[];
  };
  const counts = new Map<number, { id: number; name: string; n: number }>();
  for (const r of body.results) {
    const p = r.launch_service_provider;
    if (!p) continue;
    const entry = counts.get(p.id) ?? { ...p, n: 0 };
    entry.n++;
    counts.set(p.id, entry);
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  expect(top, 'a launch provider in the data').toBeTruthy();
  return { id: top?.id ?? 0, name: top?.name ?? '' };
}

test.describe('RSS feeds', () => {
  for (const path of [
    '/launches/upcoming/feed.xml',
    '/launches/previous/feed.xml',
    '/launches/feed.xml',
    '/events/feed.xml',
  ]) {
    test(`${path} is valid RSS 2.0 whose items link to live pages`, async ({ request }) => {
      const { feed } = await readFeed(request, path);
      expect(feed.title).toMatch(/Orbit Index/);
      expect(localPath(feed['atom:link']['@_href'])).toBe(path);
      const items = feed.item ?? [];
      expect(items.length).toBeLessThanOrEqual(50);
      for (const item of items.slice(0, 5)) {
        expect(item.title).toMatch(/\S/);
        expect(item.guid['#text']).toMatch(/@orbit-index$/);
        const page = await request.get(localPath(item.link), { maxRedirects: 0 });
        expect(page.status(), item.link).toBe(200);
      }
    });
  }

  test('the previous-launches feed has items', async ({ request }) => {
    const { feed } = await readFeed(request, '/launches/previous/feed.xml');
    expect(feed.item?.length ?? 0).toBeGreaterThan(0);
  });

  test('a filtered feed carries the list’s query and holds only matching items', async ({
    request,
  }) => {
    const provider = await busiestProvider(request);
    const { feed } = await readFeed(
      request,
      `/launches/feed.xml?offset=0&lsp__id=${provider.id}&mode=list`,
    );
    expect(localPath(feed['atom:link']['@_href'])).toBe(
      `/launches/feed.xml?lsp__id=${provider.id}`,
    );
    expect(feed.title).toContain(provider.name);
    const items = feed.item ?? [];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.category ?? []).toContain(provider.name);
  });

  test('limit defaults to 50 and is capped at 100', async ({ request }) => {
    const two = await readFeed(request, '/launches/feed.xml?limit=2');
    expect(two.feed.item?.length).toBe(2);
    expect(localPath(two.feed['atom:link']['@_href'])).toBe('/launches/feed.xml?limit=2');
    const many = await readFeed(request, '/launches/feed.xml?limit=1000');
    expect(many.feed.item?.length ?? 0).toBeLessThanOrEqual(100);
  });

  test('invalid parameters answer 400 naming them', async ({ request }) => {
    const res = await request.get('/launches/upcoming/feed.xml?year=abc&net__gte=soon');
    expect(res.status()).toBe(400);
    expect(res.headers()['content-type']).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain('year');
    expect(text).toContain('net__gte');
  });

  test('an unchanged feed answers 304 to its ETag', async ({ request }) => {
    const { res } = await readFeed(request, '/events/feed.xml');
    const etag = res.headers()['etag'];
    expect(etag).toBeTruthy();
    const again = await request.get('/events/feed.xml', {
      headers: { 'If-None-Match': etag ?? '' },
    });
    expect(again.status()).toBe(304);
  });
});

test.describe('iCalendar exports', () => {
  for (const path of [
    '/launches/upcoming/calendar.ics',
    '/launches/calendar.ics',
    '/events/calendar.ics',
  ]) {
    test(`${path} parses with node-ical`, async ({ request }) => {
      const { events, text } = await readCalendar(request, path);
      expect(text).toContain('X-WR-CALNAME:');
      for (const e of events) {
        expect(e.uid).toMatch(/^(launch|event)-.+@orbit-index$/);
        expect(e.start).toBeInstanceOf(Date);
        expect(e.end).toBeInstanceOf(Date);
        expect(String(e.description ?? '')).toMatch(/\S/);
      }
    });
  }

  test('the events and launches calendars hold dated items', async ({ request }) => {
    expect((await readCalendar(request, '/events/calendar.ics')).events.length).toBeGreaterThan(0);
    expect((await readCalendar(request, '/launches/calendar.ics')).events.length).toBeGreaterThan(
      0,
    );
  });

  test('a filtered calendar holds only matching launches, with stable UIDs', async ({
    request,
  }) => {
    const provider = await busiestProvider(request);
    const path = `/launches/calendar.ics?lsp__id=${provider.id}`;
    const first = await readCalendar(request, path);
    expect(first.events.length).toBeGreaterThan(0);
    for (const e of first.events)
      expect(String(e.description)).toContain(`Provider: ${provider.name}`);
    const second = await readCalendar(request, path);
    expect(second.events.map((e) => e.uid)).toEqual(first.events.map((e) => e.uid));
    expect(second.text).toBe(first.text);
  });

  test('invalid parameters answer 400', async ({ request }) => {
    const res = await request.get('/events/calendar.ics?year=twenty');
    expect(res.status()).toBe(400);
    expect(await res.text()).toContain('year');
  });

  test('a launch and an event can be added to a calendar one by one', async ({ request }) => {
    const launches = (await (await request.get('/api/2.3.0/launches/?limit=100')).json()) as {
      results: { id: string; slug?: string; net?: string }[];
    };
    const launch = launches.results.find((l) => l.slug && l.net);
    expect(launch).toBeTruthy();
    const one = await readCalendar(request, `/launches/${launch?.slug}/calendar.ics`);
    expect(one.res.headers()['content-disposition']).toContain('attachment');
    expect(one.events.map((e) => e.uid)).toEqual([`launch-${launch?.id}@orbit-index`]);

    const events = (await (await request.get('/api/2.3.0/events/?limit=1')).json()) as {
      results: { id: number; slug: string }[];
    };
    const event = events.results[0];
    const byId = await readCalendar(request, `/events/${event?.id}-${event?.slug}/calendar.ics`);
    expect(byId.events.map((e) => e.uid)).toEqual([`event-${event?.id}@orbit-index`]);
  });

  test('an unknown record’s calendar is a 404', async ({ request }) => {
    expect((await request.get('/launches/no-such-launch/calendar.ics')).status()).toBe(404);
    expect((await request.get('/events/999999999/calendar.ics')).status()).toBe(404);
  });
});
