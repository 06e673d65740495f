import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CalendarLink } from '@/components/share/calendar-link';
import { FeedLink } from '@/components/share/feed-link';
import { ShareButton } from '@/components/share/share-button';
import { env } from '@/lib/env';

const html = (node: React.ReactNode) => renderToStaticMarkup(node);

describe('share controls (server render, no JavaScript)', () => {
  it('Share is a plain link to the canonical URL before hydration', () => {
    const out = html(<ShareButton url="/launches/crew-9" title="Crew-9" />);
    expect(out).toContain('href="/launches/crew-9"');
    expect(out).not.toContain('<button');
  });

  it('FeedLink keeps the filters and drops paging', () => {
    const out = html(
      <FeedLink
        listPath="/launches/upcoming"
        canonical={[
          ['lsp__id', '121'],
          ['offset', '20'],
        ]}
      />,
    );
    expect(out).toContain('href="/launches/upcoming/feed.xml?lsp__id=121"');
    expect(out).toContain('type="application/rss+xml"');
    expect(out).toContain('Subscribe (RSS)');
    expect(html(<FeedLink listPath="/agencies" />)).toBe('');
  });

  it('CalendarLink offers the .ics file and a webcal subscription, for a record or a list', () => {
    const host = new URL(env.SITE_URL).host;
    const item = html(<CalendarLink kind="item" detailPath="/events/115-mars-2020" />);
    expect(item).toMatch(
      /<a href="\/events\/115-mars-2020\/calendar.ics" download=""[^>]*>.*Add to calendar<\/a>/,
    );
    expect(item).toContain(`href="webcal://${host}/events/115-mars-2020/calendar.ics"`);
    const list = html(
      <CalendarLink
        kind="list"
        listPath="/launches"
        canonical={[
          ['location__ids', '12'],
          ['mode', 'list'],
          ['offset', '20'],
        ]}
      />,
    );
    expect(list).toContain('href="/launches/calendar.ics?location__ids=12" download=""');
    expect(list).toContain(`href="webcal://${host}/launches/calendar.ics?location__ids=12"`);
    expect(list).toContain('Subscribe to calendar');
    expect(html(<CalendarLink kind="list" listPath="/launches/previous" />)).toBe('');
  });
});
