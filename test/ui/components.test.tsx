import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ImageCredit } from '@/components/media/image-credit';
import { RemoteImage } from '@/components/media/remote-image';
import { AgencyLogo } from '@/components/media/agency-logo';
import { Countdown } from '@/components/time/countdown';
import { LocalTime } from '@/components/time/local-time';
import { CountryFlag, flagEmoji } from '@/components/ui/country-flag';
import { ExternalLink } from '@/components/ui/external-link';
import { Pagination, pageWindow } from '@/components/ui/pagination';
import { IMAGE_SLOTS } from '@/lib/images/image-widths';

const html = (node: React.ReactNode) => renderToStaticMarkup(node);

describe('pageWindow', () => {
  it('computes the window and neighbours', () => {
    expect(pageWindow(348, 10, 10)).toEqual({
      from: 11,
      to: 20,
      first: 0,
      prev: 0,
      next: 20,
      last: 340,
      page: 2,
      pages: 35,
    });
    expect(pageWindow(348, 10, 0)).toMatchObject({ first: null, prev: null, next: 10, last: 340 });
    expect(pageWindow(348, 10, 340)).toMatchObject({ from: 341, to: 348, next: null, last: null });
    expect(pageWindow(0, 10, 0)).toMatchObject({
      from: 0,
      to: 0,
      next: null,
      prev: null,
      pages: 1,
    });
    expect(pageWindow(348, 10, 900)).toMatchObject({ from: 0, prev: 340, next: null });
    expect(pageWindow(20, 10, 10)).toMatchObject({ next: null, last: null, prev: 0 });
  });
});

describe('Pagination', () => {
  const out = html(
    <Pagination total={348} limit={10} offset={10} hrefFor={(o) => `/agencies?offset=${o}`} />,
  );
  it('says what is shown, in a labelled nav', () => {
    expect(out).toContain('aria-label="Pagination"');
    expect(out.replace(/<[^>]+>/g, '')).toContain('Showing 11–20 of 348');
  });
  it('uses real links for first/prev/next/last', () => {
    expect(out).toContain('href="/agencies?offset=0"');
    expect(out).toContain('href="/agencies?offset=20"');
    expect(out).toContain('href="/agencies?offset=340"');
  });
  it('renders unavailable steps as non-links', () => {
    const first = html(<Pagination total={5} limit={10} offset={0} hrefFor={(o) => `/x?o=${o}`} />);
    expect(first).not.toContain('<a');
    expect(first.match(/aria-disabled="true"/g)).toHaveLength(4);
  });
});

describe('ExternalLink', () => {
  it('links http(s) with rel and a new-tab notice', () => {
    const out = html(<ExternalLink href="https://example.org/x">Example</ExternalLink>);
    expect(out).toContain('href="https://example.org/x"');
    expect(out).toContain('rel="noopener noreferrer"');
    expect(out).toContain('target="_blank"');
    expect(out).toContain('opens in a new tab');
  });
  it('renders anything else as text', () => {
    const out = html(<ExternalLink href="javascript:alert(1)">Bad</ExternalLink>);
    expect(out).not.toContain('href');
    expect(out).toContain('Bad');
  });
});

describe('ImageCredit', () => {
  it('links an http(s) license', () => {
    const out = html(
      <ImageCredit
        image={{
          credit: 'Latitude',
          license: {
            name: 'CC BY-SA 4.0',
            link: 'https://creativecommons.org/licenses/by-sa/4.0/',
          },
        }}
      />,
    );
    expect(out).toContain('Credit: Latitude');
    expect(out).toContain('href="https://creativecommons.org/licenses/by-sa/4.0/"');
    expect(out).toContain('rel="noopener noreferrer"');
  });
  it('shows an unknown license as text', () => {
    const out = html(
      <ImageCredit image={{ credit: null, license: { name: 'Unknown', link: null } }} />,
    );
    expect(out.replace(/<[^>]+>/g, '')).toBe('License: Unknown');
  });
});

describe('CountryFlag', () => {
  it('makes flags from alpha-2 codes only', () => {
    expect(flagEmoji('gb')).toBe('🇬🇧');
    expect(flagEmoji('GBR')).toBeNull();
    const out = html(<CountryFlag code="KR" name="South Korea" />);
    expect(out).toContain('role="img"');
    expect(out).toContain('aria-label="South Korea"');
  });
});

describe('LocalTime (server render)', () => {
  it('renders UTC text and a machine-readable time', () => {
    const out = html(<LocalTime iso="2024-09-28T16:17:00Z" relative={false} />);
    expect(out).toBe(
      '<span><time dateTime="2024-09-28T16:17:00Z">28 Sep 2024, 16:17 UTC</time></span>',
    );
  });
  it('sends the relative part as an empty element, for the browser to fill with one text write', () => {
    const out = html(<LocalTime iso="2024-09-28T16:17:00Z" />);
    expect(out).toBe(
      '<span><time dateTime="2024-09-28T16:17:00Z">28 Sep 2024, 16:17 UTC</time> <span class="text-ink-muted whitespace-nowrap"></span></span>',
    );
  });
  it('renders coarse periods without a time', () => {
    expect(
      html(<LocalTime iso="2026-09-30T00:00:00Z" precision={{ name: 'Quarter 3' }} />),
    ).toContain('<time dateTime="2026">Q3 2026</time>');
  });
  it('shows a fallback for missing dates', () => {
    expect(html(<LocalTime iso={null} />)).toContain('Date unknown');
  });
});

describe('Countdown (server render)', () => {
  it('shows dashes until hydrated and has an accessible name', () => {
    const out = html(<Countdown iso="2030-01-01T00:00:00Z" label="Countdown to launch" />);
    expect(out).toContain('role="timer"');
    expect(out).toContain('aria-live="off"');
    expect(out).toContain('aria-label="Countdown to launch"');
    expect(out).toContain('--');
  });
});

describe('RemoteImage / AgencyLogo (server render)', () => {
  it('renders a lazy img for a safe URL and a placeholder otherwise', () => {
    const url = 'https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/images/a.png';
    const img = html(<RemoteImage src={url} slot="card" alt="A rocket" />);
    // LL2 images go through our image route (resized, cached, a placeholder when unreachable).
    expect(img).toContain(`src="/api/image?url=${encodeURIComponent(url)}`);
    expect(img).toContain('loading="lazy"');
    expect(img).not.toContain('fetchPriority="high"');
    expect(html(<RemoteImage src="https://example.org/a.png" slot="card" alt="A rocket" />)).not.toContain('<img');
    expect(img).toContain('decoding="async"');
    expect(img).toContain('alt="A rocket"');
    const none = html(<RemoteImage src="data:image/png;base64,AAA" slot="card" alt="A rocket" name="Falcon" />);
    expect(none).not.toContain('<img');
    expect(none).toContain('role="img"');
    expect(none).toContain('aria-label="A rocket"');
  });
  it('offers the layout slot’s widths in srcset with its sizes; a priority image loads first', () => {
    const url = 'https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/images/a.png';
    const img = html(<RemoteImage src={url} slot="hero" alt="A rocket" priority />);
    const srcSet = /srcSet="([^"]+)"/.exec(img)?.[1]?.replaceAll('&amp;', '&') ?? '';
    const candidates = srcSet.split(', ').map((c) => c.split(' '));
    expect(candidates.map(([, w]) => w)).toEqual(IMAGE_SLOTS.hero.widths.map((w) => `${w}w`));
    for (const [src, w] of candidates) expect(src).toContain(`&w=${w!.slice(0, -1)}`);
    expect(img).toContain(`sizes="${IMAGE_SLOTS.hero.sizes}"`);
    expect(img).toContain('fetchPriority="high"');
    expect(img).toContain('loading="eager"');
    // The box reserves the picture's shape before it loads.
    expect(img).toContain('aspect-video');
  });
  it('renders light and dark logo variants toggled by the dark class', () => {
    const out = html(
      <AgencyLogo
        name="Skyrora"
        logo={{
          image_url: 'https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/images/logo.png',
          variants: [
            {
              type: { name: 'transparent for light background' },
              image_url: 'https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/images/l.png',
            },
            {
              type: { name: 'transparent for dark background' },
              image_url: 'https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/images/d.png',
            },
          ],
        }}
      />,
    );
    const src = (file: string) => `src="/api/image?url=${encodeURIComponent(`https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/images/${file}`)}`;
    expect(out).toMatch(new RegExp(`dark:hidden[^>]*>.*${src('l.png').replace(/[?.]/g, '\\$&')}`));
    expect(out).toMatch(new RegExp(`hidden size-full dark:block[^>]*>.*${src('d.png').replace(/[?.]/g, '\\$&')}`));
  });
});
