import { describe, expect, it } from 'vitest';
import {
  agencyJsonLd,
  breadcrumbJsonLd,
  eventJsonLd,
  launchJsonLd,
  serializeJsonLd,
  spacecraftJsonLd,
  spaceStationJsonLd,
  type JsonLd,
} from '@/lib/seo/json-ld';
import {
  eventView,
  hostileLaunch,
  imprecise,
  launch,
  launchView,
  loadReference,
  loadSeed,
  NOW,
  PRECISION,
  SITE,
  toV230Launch,
  type Rec,
} from './fixtures';

const opts = { siteUrl: SITE, now: NOW };

/** Every string value under a URL-ish key, anywhere in the tree. */
function urls(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return /^(url|image|logo|sameAs|item)$/.test(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => urls(v, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => urls(v, k));
  return [];
}

/** Every value, to check nothing is null, empty or undefined. */
function leaves(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.length ? value.flatMap(leaves) : [value];
  if (value && typeof value === 'object') {
    const entries = Object.values(value);
    return entries.length ? entries.flatMap(leaves) : [value];
  }
  return [value];
}

function expectClean(ld: JsonLd) {
  for (const u of urls(ld)) expect(u).toMatch(/^https?:\/\//);
  for (const leaf of leaves(ld)) {
    expect(leaf).not.toBeNull();
    expect(leaf).not.toBe('');
    expect(leaf).not.toEqual([]);
    expect(leaf).not.toEqual({});
  }
}

describe('serializeJsonLd', () => {
  const value = {
    '@context': 'https://schema.org',
    name: '</script><script>alert("x")</script> & <!-- -->',
    text: 'line\u2028separator\u2029paragraph > end',
    nested: [{ a: '<b>' }],
  };
  const out = serializeJsonLd(value);

  it('writes no raw <, >, &, U+2028 or U+2029', () => {
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).toContain('\\u003c/script\\u003e');
    expect(out).toContain('\\u0026');
    expect(out).toContain('\\u2028');
  });

  it('parses back to the same object', () => {
    expect(JSON.parse(out)).toEqual(value);
  });

  it('keeps a hostile launch inside its script element', () => {
    const s = serializeJsonLd(launchJsonLd(launchView(hostileLaunch()), opts));
    expect(s.toLowerCase()).not.toContain('</script');
    expect(JSON.parse(s)).toEqual(launchJsonLd(launchView(hostileLaunch()), opts));
  });
});

describe('launchJsonLd', () => {
  it('describes a launch as a schema.org Event', () => {
    const ld = launchJsonLd(launchView(launch()), opts);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Falcon 9 Block 5 | Crew-9',
      url: `${SITE}/launches/0102940a-4a60-4686-b34d-ced3fed6c595`,
      startDate: '2024-09-28T17:17:21.000Z',
      endDate: '2024-09-28T18:17:21.000Z',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      image: ['https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/images/crew9.jpg'],
      organizer: {
        '@type': 'Organization',
        name: 'SpaceX',
        alternateName: 'SpX',
        url: 'https://www.spacex.com/',
      },
    });
    expect(ld.location).toEqual([
      {
        '@type': 'Place',
        name: 'Space Launch Complex 40, Cape Canaveral SFS, FL, USA',
        address: {
          '@type': 'PostalAddress',
          addressLocality: 'Cape Canaveral SFS, FL, USA',
          addressCountry: 'US',
        },
        geo: { '@type': 'GeoCoordinates', latitude: 28.56194122, longitude: -80.57735736 },
      },
      { '@type': 'VirtualLocation', url: 'https://www.youtube.com/watch?v=crew9' },
    ]);
    expectClean(ld);
  });

  it('is offline without a webcast', () => {
    const ld = launchJsonLd(launchView(launch({ vid_urls: [] })), opts);
    expect(ld.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(ld.location).toHaveLength(1);
  });

  it.each([
    [{ id: 1, name: 'Go for Launch', abbrev: 'Go' }, 'EventScheduled'],
    [{ id: 2, name: 'To Be Determined', abbrev: 'TBD' }, 'EventScheduled'],
    [{ id: 3, name: 'Launch Successful', abbrev: 'Success' }, 'EventScheduled'],
    [{ id: 4, name: 'Launch Failure', abbrev: 'Failure' }, 'EventScheduled'],
    [{ id: 5, name: 'On Hold', abbrev: 'Hold' }, 'EventPostponed'],
    [{ id: 42, name: 'Launch Cancelled' }, 'EventCancelled'],
  ])('maps status %o to %s', (status, expected) => {
    expect(launchJsonLd(launchView(launch({ status })), opts).eventStatus).toBe(
      `https://schema.org/${expected}`,
    );
  });

  it('gives an imprecise NET as the span of days it covers', () => {
    const month = launchJsonLd(launchView(imprecise('2026-06-30T00:00:00Z', PRECISION.month)), opts);
    expect([month.startDate, month.endDate]).toEqual(['2026-06-01', '2026-06-30']);
    const q3 = launchJsonLd(launchView(imprecise('2026-09-30T00:00:00Z', PRECISION.q3)), opts);
    expect([q3.startDate, q3.endDate]).toEqual(['2026-07-01', '2026-09-30']);
  });

  it('reads the seed launches in both shapes', () => {
    for (const raw of loadSeed('004')) {
      for (const record of [raw, toV230Launch(raw)]) {
        const ld = launchJsonLd(launchView(record), opts);
        expect(ld.name).toBe(raw.name);
        expect(ld.url).toBe(`${SITE}/launches/${String(raw.id)}`);
        expect(typeof ld.startDate).toBe('string');
        expectClean(ld);
      }
    }
    const soyuz = launchJsonLd(launchView(loadSeed('004')[0]!), opts);
    expect(soyuz.location).toEqual([
      {
        '@type': 'Place',
        name: '31/6, Baikonur Cosmodrome, Republic of Kazakhstan',
        address: {
          '@type': 'PostalAddress',
          addressLocality: 'Baikonur Cosmodrome, Republic of Kazakhstan',
          addressCountry: 'KAZ',
        },
        geo: { '@type': 'GeoCoordinates', latitude: 45.996034, longitude: 63.564003 },
      },
    ]);
  });

  it('drops javascript:, data: and other non-http URLs', () => {
    const ld = launchJsonLd(launchView(hostileLaunch()), opts);
    const s = serializeJsonLd(ld);
    expect(s).not.toMatch(/javascript:|data:|vbscript:/i);
    expect(ld.image).toBeUndefined();
    expect(ld.sameAs).toBeUndefined();
    expect(ld.organizer).toEqual({ '@type': 'Organization', name: 'SpaceX', alternateName: 'SpX' });
    expect(ld.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expectClean(ld);
    expect(launchJsonLd(launchView(launch()), { siteUrl: 'javascript:alert(1)' }).url).toBeUndefined();
  });
});

describe('eventJsonLd', () => {
  it('maps the seed events', () => {
    for (const e of loadSeed('002')) {
      const ld = eventJsonLd(eventView(e), opts);
      expect(ld['@type']).toBe('Event');
      expect(ld.url).toBe(`${SITE}/events/${String(e.id)}`);
      expect(ld.startDate).toBe(new Date(String(e.date)).toISOString());
      expectClean(ld);
    }
    const first = eventJsonLd(eventView(loadSeed('002')[0]!), opts);
    expect(first.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(first.location).toEqual([
      { '@type': 'Place', name: 'Kennedy Space Center' },
      { '@type': 'VirtualLocation', url: 'https://youtu.be/V0dw0hwBYTs' },
    ]);
  });

  it('lists event agencies as organizers', () => {
    const ld = eventJsonLd(
      eventView({
        id: 9,
        name: 'Spacewalk',
        date: '2026-02-01T12:00:00Z',
        duration: 'PT6H30M',
        agencies: [
          {
            id: 44,
            name: 'National Aeronautics and Space Administration',
            abbrev: 'NASA',
            info_url: 'https://www.nasa.gov',
          },
          { id: 1, name: 'Evil', info_url: 'javascript:alert(1)' },
        ],
      }),
      opts,
    );
    expect(ld.endDate).toBe('2026-02-01T18:30:00.000Z');
    expect(ld.organizer).toEqual([
      {
        '@type': 'Organization',
        name: 'National Aeronautics and Space Administration',
        alternateName: 'NASA',
        url: 'https://www.nasa.gov/',
      },
      { '@type': 'Organization', name: 'Evil' },
    ]);
  });
});

describe('agencyJsonLd', () => {
  it('maps the seed agencies to Organization', () => {
    for (const a of loadSeed('000')) {
      const ld = agencyJsonLd(a, opts);
      expect(ld['@type']).toBe('Organization');
      expect(ld.name).toBe(a.name);
      expect(ld.foundingDate).toBe(String(a.founding_year));
      expect(ld.url).toBe(`${SITE}/agencies/${String(a.id)}`);
      expectClean(ld);
    }
    expect(agencyJsonLd(loadSeed('000')[0]!, opts)).toMatchObject({
      alternateName: 'IS',
      address: { addressCountry: 'KR' },
    });
  });

  it('builds sameAs from info, wiki and social links, http(s) only', () => {
    const ld = agencyJsonLd(
      {
        id: 121,
        name: 'SpaceX',
        abbrev: 'SpX',
        info_url: 'https://www.spacex.com',
        wiki_url: 'javascript:alert(1)',
        social_media_links: [
          { id: 1, social_media: { id: 1, name: 'X' }, url: 'https://x.com/SpaceX' },
          { id: 2, social_media: { id: 2, name: 'Bad' }, url: 'data:text/html,hi' },
          { id: 3, social_media: { id: 3, name: 'Dup' }, url: 'https://www.spacex.com/' },
        ],
        logo: { image_url: 'javascript:void(0)' },
      },
      opts,
    );
    expect(ld.sameAs).toEqual(['https://www.spacex.com/', 'https://x.com/SpaceX']);
    expect(ld.logo).toBeUndefined();
    expectClean(ld);
  });
});

describe('spacecraft and space stations', () => {
  it('maps a spacecraft to Vehicle with its model and maker', () => {
    const ld = spacecraftJsonLd(loadSeed('001')[0]!, opts);
    expect(ld).toMatchObject({
      '@type': 'Vehicle',
      name: 'Soyuz 5',
      model: 'Soyuz',
      category: 'Capsule',
      identifier: 'Soyuz 7K-OK (P) 11F615 #13',
      manufacturer: { '@type': 'Organization', name: 'Russian Federal Space Agency (ROSCOSMOS)' },
      url: `${SITE}/spacecraft/202`,
    });
    for (const s of loadSeed('001')) expectClean(spacecraftJsonLd(s, opts));
  });

  it('maps a space station to Place', () => {
    const iss = loadReference('spacestations.json').find((s) => s.id === 4)!;
    const ld = spaceStationJsonLd(iss, opts);
    expect(ld).toMatchObject({
      '@type': 'Place',
      name: 'International Space Station',
      url: `${SITE}/space-stations/4`,
    });
    expect(ld.additionalProperty).toContainEqual({
      '@type': 'PropertyValue',
      name: 'Founded',
      value: '1998-11-20',
    });
    for (const s of loadReference('spacestations.json')) expectClean(spaceStationJsonLd(s, opts));
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers crumbs and drops non-http ones, allowing the current page without a URL', () => {
    const ld = breadcrumbJsonLd([
      { name: 'Home', url: `${SITE}/` },
      { name: 'Evil', url: 'javascript:alert(1)' },
      { name: 'Launches', url: `${SITE}/launches` },
      { name: 'Crew-9', url: '' },
    ]);
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: `${SITE}/` },
        { '@type': 'ListItem', position: 2, name: 'Launches', item: `${SITE}/launches` },
        { '@type': 'ListItem', position: 3, name: 'Crew-9' },
      ],
    });
  });
});

describe('odd data', () => {
  it('never throws', () => {
    const junk = [
      {},
      { id: null, name: 42 },
      { pad: 'x', status: [], net: {}, image: 5, vid_urls: 'nope' },
    ];
    for (const j of junk) {
      for (const fn of [
        (r: Rec, o: typeof opts) => launchJsonLd(launchView(r), o),
        (r: Rec, o: typeof opts) => eventJsonLd(eventView(r), o),
        agencyJsonLd,
        spacecraftJsonLd,
        spaceStationJsonLd,
      ]) {
        const ld = fn(j, opts);
        expect(ld['@context']).toBe('https://schema.org');
        expectClean(ld);
      }
    }
  });
});
