/**
 * How long a shared cache (a CDN, nginx) may keep each kind of answer, set by the front server
 * on every response it could keep itself. Browsers always revalidate (`max-age=0`; a matching
 * ETag costs a 304), shared caches keep a copy for `s-maxage` seconds and may serve it while
 * they refetch for `stale-while-revalidate` more. A sync does not reach a CDN, so `s-maxage` is
 * the staleness bound: short where the answer moves with the clock, long where nothing will.
 */

export interface CachePolicy {
  kind: 'clock' | 'list' | 'detail' | 'settled' | 'image' | 'site';
  sMaxAge: number;
  staleWhileRevalidate: number;
}

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

const POLICIES = {
  /** "Upcoming", "previous", the home page, a launch still to come: ages with the clock. */
  clock: { kind: 'clock', sMaxAge: MINUTE, staleWhileRevalidate: 5 * MINUTE },
  /** Lists, feeds, calendars, search: change with a sync. */
  list: { kind: 'list', sMaxAge: 5 * MINUTE, staleWhileRevalidate: HOUR },
  /** A record's page or API answer (an agency, a pad: their "next launch" moves slowly). */
  detail: { kind: 'detail', sMaxAge: 5 * MINUTE, staleWhileRevalidate: HOUR },
  /** A launch or event long past: corrections are rare. */
  settled: { kind: 'settled', sMaxAge: DAY, staleWhileRevalidate: 7 * DAY },
  /** Social images: a status label may change, nobody needs it within minutes. */
  image: { kind: 'image', sMaxAge: HOUR, staleWhileRevalidate: DAY },
  /** Sitemaps, robots.txt, the web manifest. */
  site: { kind: 'site', sMaxAge: HOUR, staleWhileRevalidate: DAY },
} as const satisfies Record<CachePolicy['kind'], CachePolicy>;

/** After this long a launch or event counts as settled. */
const SETTLED_AFTER_MS = 30 * DAY * 1000;

/** Detail paths whose answer carries the record's date (page JSON-LD, API JSON). */
const DATED_DETAIL = /^\/(?:api\/2\.3\.0\/)?(?:launches|events)\/[^/]+\/?$/;

export function cacheControl(policy: CachePolicy): string {
  return `public, max-age=0, s-maxage=${policy.sMaxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}`;
}

/**
 * The dates a launch or event answer states: JSON-LD `startDate`/`endDate` on a page, `net`,
 * `window_end` and `date` in the API's JSON. Escaped JSON (Next's flight data) does not match.
 */
const DATE_FIELD = /"(?:startDate|endDate|net|window_end|date)":"(\d{4}-\d{2}-\d{2}[^"]{0,40})"/g;

function allLongPast(body: string, now: number): boolean {
  let found = false;
  for (const [, text] of body.matchAll(DATE_FIELD)) {
    const time = Date.parse(text!);
    if (Number.isNaN(time) || now - time < SETTLED_AFTER_MS) return false;
    found = true;
  }
  return found;
}

/**
 * The policy for a path, and for a launch or event detail the body that says when it happened:
 * settled only when every date in it is over 30 days old (a related launch still to come keeps
 * the page on the clock).
 */
export function cachePolicy(
  pathname: string,
  /** Read only for a launch or event detail. */
  bodyText?: () => string,
  now = Date.now(),
): CachePolicy {
  const segments = pathname.split('/').filter(Boolean);
  const last = segments.at(-1) ?? '';
  if (segments.length === 0) return POLICIES.clock;
  if (
    /^(sitemap.*\.xml|robots\.txt|manifest\.webmanifest)$/.test(last) ||
    segments[0] === 'sitemaps'
  )
    return POLICIES.site;
  // Next serves `app/**/opengraph-image.tsx` at `…/opengraph-image/<id>?<hash>`.
  if (segments.some((segment) => segment.startsWith('opengraph-image'))) return POLICIES.image;
  // A statistics chart's share image (`/statistics/outcomes.png?…`).
  if (segments[0] === 'statistics' && last.endsWith('.png')) return POLICIES.image;
  if (segments.includes('upcoming') || segments.includes('previous')) return POLICIES.clock;
  // Feeds and calendars of a list or of one record; a statistics chart's CSV.
  if (/\.(xml|ics|csv)$/.test(last)) return POLICIES.list;
  if (DATED_DETAIL.test(pathname))
    return bodyText !== undefined && allLongPast(bodyText(), now)
      ? POLICIES.settled
      : POLICIES.clock;
  const detail =
    segments[0] === 'api' ? segments[1] === '2.3.0' && segments.length >= 4 : segments.length === 2;
  return detail ? POLICIES.detail : POLICIES.list;
}
