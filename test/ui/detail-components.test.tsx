import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OutcomesChart } from '@/components/agency/outcomes-chart';
import { Breadcrumbs } from '@/components/detail/breadcrumbs';
import { Facts } from '@/components/detail/facts';
import { JsonLdScript } from '@/components/detail/json-ld';
import { CoordinatesLink } from '@/components/launch/launch-site';
import { readCoordinates } from '@/lib/domain/detail-shared';

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('OutcomesChart', () => {
  const html = renderToStaticMarkup(
    <OutcomesChart
      name="SpaceX"
      launches={{
        total: 704,
        successful: 689,
        failed: 15,
        other: 0,
        pending: 128,
        consecutiveSuccesses: 189,
        successRate: 689 / 704,
      }}
      landings={{
        attempted: 677,
        successful: 649,
        failed: 28,
        unknown: 0,
        consecutiveSuccesses: 25,
        successRate: 649 / 677,
      }}
    />,
  );

  it('names each bar with its numbers, for screen readers', () => {
    expect(html).toContain(
      'role="img" aria-label="SpaceX launches: 689 successful, 15 failed, 128 pending."',
    );
    expect(html).toContain(
      'aria-label="SpaceX landings: 677 attempted; 649 successful, 28 failed."',
    );
  });

  it('prints the numbers and success rates beside the bars', () => {
    expect(text(html)).toContain('97.9% success rate over 704 flown');
    expect(text(html)).toContain('95.9% of 677 attempted landings succeeded');
    expect(text(html)).toContain('Pending128');
    expect(text(html)).not.toContain('Other outcome');
  });

  it('draws the bar segments in proportion', () => {
    const widths = [...html.matchAll(/<rect x="[^"]*" y="0" width="([^"]+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(widths[0]).toBeCloseTo((689 / 832) * 1000, 3);
  });
});

describe('detail building blocks', () => {
  it('marks the current page in the breadcrumb trail', () => {
    const html = renderToStaticMarkup(
      <Breadcrumbs
        crumbs={[
          { name: 'Home', href: '/' },
          { name: 'Agencies', href: '/agencies' },
          { name: 'SpaceX', href: '/agencies/121-spx' },
        ]}
      />,
    );
    expect(html).toContain('<nav aria-label="Breadcrumb"');
    expect(html).toMatch(/<a [^>]*href="\/agencies"/);
    expect(html).toContain('<span aria-current="page"');
  });

  it('leaves out facts without a value but keeps zero', () => {
    const html = renderToStaticMarkup(
      <Facts
        facts={[
          { label: 'Flights', value: 0 },
          { label: 'Serial', value: null },
          { label: 'Empty', value: '' },
        ]}
      />,
    );
    expect(text(html)).toBe('Flights0');
    expect(renderToStaticMarkup(<Facts facts={[{ label: 'x', value: null }]} />)).toBe('');
  });

  it('escapes < in JSON-LD so upstream text cannot close the script', () => {
    const html = renderToStaticMarkup(
      <JsonLdScript data={{ name: '</script><script>alert(1)</script>' }} />,
    );
    expect(html).not.toContain('</script><script>');
    expect(html).toContain('\\u003c/script\\u003e');
  });

  it('links coordinates to OpenStreetMap as an external link', () => {
    const coordinates = readCoordinates(28.56194122, -80.57735736);
    if (!coordinates) throw new Error('coordinates');
    const html = renderToStaticMarkup(<CoordinatesLink coordinates={coordinates} />);
    expect(html).toContain('28.561941° N, 80.577357° W');
    expect(html).toContain(
      'href="https://www.openstreetmap.org/?mlat=28.561941&amp;mlon=-80.577357#map=12/28.561941/-80.577357"',
    );
    expect(html).toContain('rel="noopener noreferrer"');
  });
});
