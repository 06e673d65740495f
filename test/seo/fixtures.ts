import { toEventDetail, type EventDetail } from '@/lib/domain/event-detail';
import { toLaunchDetail, type LaunchDetail } from '@/lib/domain/launch-detail';
import {
  SEED_PAGES,
  seedPageBody,
  snapshotRecords,
  type SeedResource,
} from '../fixtures/ll2-reference';

/**
 * Real LL2 records from the committed captures of LL2's output (`test/fixtures/ll2`), plus small
 * hand-written 2.3.0-shaped launches for the upcoming/imprecise cases the seeds lack.
 */

export type Rec = Record<string, unknown>;

const SEED_BY_PREFIX = Object.fromEntries(
  Object.entries(SEED_PAGES).map(([resource, file]) => [file.slice(0, 3), resource]),
) as Record<'000' | '001' | '002' | '003' | '004', SeedResource>;

/** The `results` of seed page `000`…`004`. */
export function loadSeed(prefix: '000' | '001' | '002' | '003' | '004'): Rec[] {
  return seedPageBody(SEED_BY_PREFIX[prefix]).results;
}

/** A 2.3.0 reference file of the saved LL2 responses (plain JSON arrays). */
export const loadReference = snapshotRecords;

const STATUS_2_3: Record<string, { id: number; name: string; abbrev: string }> = {
  Go: { id: 1, name: 'Go for Launch', abbrev: 'Go' },
  TBD: { id: 2, name: 'To Be Determined', abbrev: 'TBD' },
  Success: { id: 3, name: 'Launch Successful', abbrev: 'Success' },
  Failure: { id: 4, name: 'Launch Failure', abbrev: 'Failure' },
  Hold: { id: 5, name: 'On Hold', abbrev: 'Hold' },
};

/** Roughly what the store does to a 2.0.0 launch: image object, status abbrev, typed provider. */
export function toV230Launch(rec: Rec): Rec {
  const status = rec.status as { name?: string } | undefined;
  const lsp = rec.launch_service_provider as Rec | undefined;
  const pad = rec.pad as Rec | undefined;
  const location = pad?.location as Rec | undefined;
  return {
    ...rec,
    image:
      typeof rec.image === 'string'
        ? {
            id: 1,
            name: 'image',
            image_url: rec.image,
            thumbnail_url: rec.image,
            credit: null,
            license: null,
          }
        : rec.image,
    status: (status?.name && STATUS_2_3[status.name]) ?? rec.status,
    launch_service_provider: lsp ? { ...lsp, type: { id: 0, name: lsp.type } } : lsp,
    pad: pad
      ? {
          ...pad,
          latitude: Number(pad.latitude),
          longitude: Number(pad.longitude),
          location: location
            ? {
                ...location,
                country: { alpha_3_code: location.country_code },
                timezone_name: 'UTC',
              }
            : location,
        }
      : pad,
    net_precision:
      rec.tbdtime === true
        ? { id: 5, name: 'Day', abbrev: 'DAY' }
        : { id: 0, name: 'Second', abbrev: 'SEC' },
    last_updated: rec.net,
  };
}

export const NOW = new Date('2026-01-15T12:00:00Z');
export const SITE = 'https://orbit.example';

const SPACEX = {
  id: 121,
  url: 'https://ll.thespacedevs.com/2.3.0/agencies/121/',
  name: 'SpaceX',
  abbrev: 'SpX',
  type: { id: 3, name: 'Commercial' },
  info_url: 'https://www.spacex.com/',
  logo: {
    id: 9,
    name: 'logo',
    image_url: 'https://example.com/spacex.png',
    thumbnail_url: 'https://example.com/t.png',
  },
};

const SLC40 = {
  id: 80,
  name: 'Space Launch Complex 40',
  latitude: 28.56194122,
  longitude: -80.57735736,
  country: { id: 2, name: 'United States of America', alpha_2_code: 'US', alpha_3_code: 'USA' },
  location: {
    id: 12,
    name: 'Cape Canaveral SFS, FL, USA',
    country: { id: 2, name: 'United States of America', alpha_2_code: 'US', alpha_3_code: 'USA' },
    timezone_name: 'America/New_York',
  },
};

/** A hand-written LL2 2.3.0 launch; override any field. */
export function launch(overrides: Rec = {}): Rec {
  return {
    id: '0102940a-4a60-4686-b34d-ced3fed6c595',
    url: 'https://ll.thespacedevs.com/2.3.0/launches/0102940a-4a60-4686-b34d-ced3fed6c595/',
    slug: 'falcon-9-block-5-crew-9',
    name: 'Falcon 9 Block 5 | Crew-9',
    status: {
      id: 3,
      name: 'Launch Successful',
      abbrev: 'Success',
      description:
        'The launch vehicle successfully inserted its payload(s) into the target orbit(s).',
    },
    last_updated: '2024-10-01T08:15:30Z',
    net: '2024-09-28T17:17:21Z',
    net_precision: {
      id: 0,
      name: 'Second',
      abbrev: 'SEC',
      description: 'The T-0 is accurate to the second.',
    },
    window_start: '2024-09-28T17:17:21Z',
    window_end: '2024-09-28T17:17:21Z',
    image: {
      id: 1,
      name: 'Crew-9',
      image_url: 'https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/images/crew9.jpg',
      thumbnail_url:
        'https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/images/crew9_t.jpg',
      credit: 'SpaceX',
      license: { id: 1, name: 'Unknown' },
    },
    launch_service_provider: SPACEX,
    rocket: {
      id: 8000,
      configuration: {
        id: 164,
        name: 'Falcon 9',
        full_name: 'Falcon 9 Block 5',
        variant: 'Block 5',
      },
    },
    mission: {
      id: 6700,
      name: 'Crew-9',
      description:
        'SpaceX Crew-9 is the ninth crew rotation mission of the Crew Dragon to the International Space Station, flying two crew members.',
      type: 'Tourism',
      orbit: { id: 8, name: 'Low Earth Orbit', abbrev: 'LEO' },
    },
    pad: SLC40,
    webcast_live: false,
    program: [{ id: 17, name: 'International Space Station' }],
    vid_urls: [{ priority: 10, url: 'https://www.youtube.com/watch?v=crew9', title: 'Crew-9' }],
    info_urls: [{ priority: 10, url: 'https://www.nasa.gov/crew-9/' }],
    ...overrides,
  };
}

/** An upcoming launch whose NET is only known to `precision`. */
export function imprecise(net: string, precision: Rec, overrides: Rec = {}): Rec {
  return launch({
    id: `00000000-0000-4000-8000-${precision.abbrev === undefined ? 'x' : String(precision.abbrev).toLowerCase().padStart(12, '0')}`,
    name: 'Falcon 9 Block 5 | Starlink Group 12-1',
    status: { id: 2, name: 'To Be Determined', abbrev: 'TBD' },
    net,
    net_precision: precision,
    window_start: net,
    window_end: net,
    last_updated: '2025-12-20T09:00:00Z',
    vid_urls: [],
    ...overrides,
  });
}

export const PRECISION = {
  second: { id: 0, name: 'Second', abbrev: 'SEC' },
  day: { id: 5, name: 'Day', abbrev: 'DAY' },
  month: { id: 7, name: 'Month', abbrev: 'MON' },
  q3: { id: 10, name: 'Quarter 3', abbrev: 'Q3' },
  h2: { id: 13, name: 'Half 2', abbrev: 'H2' },
  year: { id: 14, name: 'Year', abbrev: 'YR' },
} as const;

/** A launch whose every text and URL is hostile. */
export function hostileLaunch(): Rec {
  return launch({
    id: 'bad-0001',
    name: 'Evil <script>alert("x")</script> & Co; rocket, "quoted" \'single\'\nsecond line\u0000\u0007',
    image: { image_url: 'javascript:alert(1)', thumbnail_url: 'data:image/png;base64,AAAA' },
    launch_service_provider: {
      ...SPACEX,
      info_url: 'javascript:alert(2)',
      logo: { image_url: 'data:image/svg+xml,<svg/>' },
    },
    vid_urls: [{ url: 'javascript:alert(3)' }],
    info_urls: [{ url: 'data:text/html,<script>alert(4)</script>' }, { url: 'vbscript:msgbox' }],
    mission: {
      name: 'M</script><script>alert(5)</script>',
      description: 'Line one\u2028line two </script> & more',
    },
  });
}

/** A launch record as lib/seo takes it: the domain view. */
export function launchView(rec: Rec): LaunchDetail {
  return toLaunchDetail(rec, NOW);
}

/** An event record as lib/seo takes it: the domain view. */
export function eventView(rec: Rec): EventDetail {
  return toEventDetail(rec, NOW);
}
