import { describe, expect, it } from 'vitest';
import { cacheControl, cachePolicy } from '@/lib/page-cache/cache-policy';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const jsonLd = (start: string) =>
  `<script type="application/ld+json">{"@type":"Event","startDate":"${start}"}</script>`;
const policyOf = (path: string, body?: string) =>
  cachePolicy(path, body === undefined ? undefined : () => body, NOW);

describe('shared-cache policy', () => {
  it('keeps views that move with the clock for a minute', () => {
    for (const path of [
      '/',
      '/launches/upcoming',
      '/launches/previous',
      '/events/upcoming',
      '/launches/upcoming/feed.xml',
      '/launches/upcoming/calendar.ics',
      '/api/2.3.0/launches/upcoming/',
      '/api/2.3.0/events/previous/',
    ])
      expect(policyOf(path).sMaxAge, path).toBe(60);
  });

  it('keeps lists, feeds, calendars, search and record pages a few minutes', () => {
    for (const path of [
      '/launches',
      '/agencies',
      '/search',
      '/api/search',
      '/api/2.3.0/',
      '/api/2.3.0/agencies/',
      '/launches/feed.xml',
      '/launches/calendar.ics',
      '/agencies/121-spacex',
      '/api/2.3.0/pads/87/',
      '/statistics',
      '/statistics/outcomes.csv',
    ])
      expect(policyOf(path).sMaxAge, path).toBe(300);
    expect(policyOf('/sitemap.xml').kind).toBe('site');
    expect(policyOf('/sitemaps/3.xml').kind).toBe('site');
    expect(policyOf('/launches/apollo-11/opengraph-image').kind).toBe('image');
    // Where Next actually serves a route's social image.
    expect(policyOf('/launches/apollo-11/opengraph-image/card').kind).toBe('image');
    expect(policyOf('/statistics/outcomes.png').kind).toBe('image');
    expect(policyOf('/statistics/outcomes.csv').kind).toBe('list');
  });

  it('keeps a launch long past for a day, one still to come (or just gone) for a minute', () => {
    const apollo = jsonLd('1969-07-16T13:32:00.000Z');
    expect(policyOf('/launches/apollo-11', apollo).sMaxAge).toBe(86_400);
    expect(policyOf('/events/moon-walk', jsonLd('1969-07-21')).sMaxAge).toBe(86_400);
    expect(
      policyOf(
        '/api/2.3.0/launches/abc/',
        '{"net":"1969-07-16T13:32:00Z","window_end":"1969-07-16T13:32:00Z"}',
      ).sMaxAge,
    ).toBe(86_400);
    expect(policyOf('/launches/next-week', jsonLd('2026-06-08T00:00:00.000Z')).sMaxAge).toBe(60);
    expect(policyOf('/launches/last-week', jsonLd('2026-05-25T00:00:00.000Z')).sMaxAge).toBe(60);
    // One date still to come (a related launch) keeps the page on the clock.
    expect(policyOf('/launches/apollo-11', apollo + jsonLd('2026-07-01')).sMaxAge).toBe(60);
    // No date found: not known to be settled.
    expect(policyOf('/launches/apollo-11', '<p>Apollo 11</p>').sMaxAge).toBe(60);
    // Escaped JSON (Next's flight data) is not the record's own statement.
    expect(policyOf('/launches/x', String.raw`{\"net\":\"1969-07-16\"}`).sMaxAge).toBe(60);
  });

  it('writes the header shared caches read', () => {
    expect(cacheControl(policyOf('/launches/upcoming'))).toBe(
      'public, max-age=0, s-maxage=60, stale-while-revalidate=300',
    );
  });
});
