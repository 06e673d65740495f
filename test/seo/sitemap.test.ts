import { describe, expect, it } from 'vitest';
import { itemCalendarHref, listCalendarHref, listFeedHref, webcalUrl } from '@/lib/seo/canonical';
import { chunkCount, detailPathForRow, parseSitemapId, sitemapId } from '@/lib/seo/sitemap';

const agencies = { route: '/agencies', idType: 'int' as const };
const launches = { route: '/launches', idType: 'uuid' as const };

describe('sitemap helpers', () => {
  it('builds the canonical detail path from a stored id row', () => {
    expect(detailPathForRow(agencies, { id: 121, slug: 'spacex', lastUpdated: null })).toBe(
      '/agencies/121-spacex',
    );
    expect(detailPathForRow(agencies, { id: 7, slug: null, lastUpdated: null })).toBe(
      '/agencies/7',
    );
    expect(
      detailPathForRow(launches, { id: 'f0e1-uuid', slug: 'falcon-9-crew-9', lastUpdated: null }),
    ).toBe('/launches/falcon-9-crew-9');
    expect(detailPathForRow(launches, { id: 'f0e1-uuid', slug: '', lastUpdated: null })).toBe(
      '/launches/f0e1-uuid',
    );
  });

  it('splits at 5,000 URLs', () => {
    expect(chunkCount(0)).toBe(0);
    expect(chunkCount(1)).toBe(1);
    expect(chunkCount(5_000)).toBe(1);
    expect(chunkCount(5_001)).toBe(2);
    expect(chunkCount(6_960)).toBe(2);
    expect(chunkCount(7, 3)).toBe(3);
  });

  it('names parts after their route and parses the names back', () => {
    expect(sitemapId({ route: '/docking-events' }, 2)).toBe('docking-events-2');
    expect(parseSitemapId('docking-events-2')).toEqual({
      kind: 'resource',
      key: 'docking_events',
      chunk: 2,
    });
    expect(parseSitemapId('space-stations-0')).toMatchObject({ key: 'space_stations' });
    expect(parseSitemapId('pages')).toEqual({ kind: 'static' });
    expect(parseSitemapId('pads-0')).toMatchObject({ key: 'pads' });
    expect(parseSitemapId('landings-0')).toBeNull();
    expect(parseSitemapId('launches')).toBeNull();
    expect(parseSitemapId('../etc-0')).toBeNull();
  });
});

describe('feed and calendar links', () => {
  it('keep the filters and drop the paging', () => {
    const canonical: [string, string][] = [
      ['limit', '20'],
      ['lsp__id', '121'],
      ['offset', '40'],
    ];
    expect(listFeedHref('/launches/upcoming', canonical)).toBe(
      '/launches/upcoming/feed.xml?lsp__id=121',
    );
    expect(listCalendarHref('/events')).toBe('/events/calendar.ics');
    expect(listCalendarHref('/launches/previous')).toBeNull();
    expect(listFeedHref('/agencies')).toBeNull();
  });

  it('builds item and webcal URLs', () => {
    expect(itemCalendarHref('/launches/crew-9')).toBe('/launches/crew-9/calendar.ics');
    expect(webcalUrl('https://orbit.example', '/events/calendar.ics?type=2')).toBe(
      'webcal://orbit.example/events/calendar.ics?type=2',
    );
  });
});
