/**
 * The URLs `npm run bench` asks for, read from the store it serves so they work on any dataset
 * (the real snapshot, a synthetic one): for each kind of page, one representative URL for the
 * cached figures and an endless supply of URLs nobody asked before for the uncached ones.
 */
import type Database from 'better-sqlite3';

export interface PageKind {
  name: string;
  /** What the uncached URLs look like, for the report. */
  pattern: string;
  /** A representative page, read again and again (cached). */
  cached: string;
  /** The n-th URL of this kind: distinct for every n below `distinct`, so each one misses. */
  uncached: (n: number) => string;
  distinct: number;
}

const q = encodeURIComponent;

/** List, detail, search, filtered list with facets, statistics and the search page, on the store's launches. */
export function pageKinds(db: Database.Database): PageKind[] {
  const column = <T>(sql: string) => db.prepare(sql).pluck().all() as T[];
  // Unserved records answer 404; uuid order is as good as shuffled, so neighbours differ.
  const segments = column<string>(
    'SELECT coalesce(slug, id) FROM r_launches WHERE served = 1 ORDER BY id LIMIT 20000',
  );
  const [oldest] = column<string>(
    'SELECT coalesce(slug, id) FROM r_launches WHERE served = 1 ORDER BY f_net, id LIMIT 1',
  );
  const count = db
    .prepare('SELECT count(*) FROM r_launches WHERE served = 1')
    .pluck()
    .get() as number;
  // Real missions, one URL each; even ones for the list search, odd ones for the search page, so
  // neither finds the other's query already answered by the query cache.
  const missions = column<string>(
    'SELECT f_mission__name FROM r_launches WHERE served = 1 AND f_mission__name IS NOT NULL GROUP BY 1 ORDER BY min(id) LIMIT 20000',
  );
  const listTerms = missions.filter((_, i) => i % 2 === 0);
  const pageTerms = missions.filter((_, i) => i % 2 === 1);
  const [rocket] = column<string>(
    'SELECT f_rocket__configuration__name FROM r_launches WHERE f_rocket__configuration__name IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
  );
  const providers = column<number>(
    'SELECT f_lsp__id FROM r_launches WHERE f_lsp__id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC',
  );
  const statuses = column<number>(
    'SELECT f_status FROM r_launches WHERE f_status IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 3',
  );
  // Every non-empty set of the three commonest statuses, in each ordering a reader can pick
  // (the default left out: naming it answers with a redirect to the clean URL).
  const statusSets = Array.from({ length: 2 ** statuses.length - 1 }, (_, bits) =>
    statuses.filter((_, i) => ((bits + 1) >> i) & 1).join(','),
  );
  const orderings = ['', '-net', 'name', '-name'];
  const facetCombos = providers.length * statusSets.length * orderings.length;
  if (!oldest || !rocket || !providers.length || !statuses.length || !missions.length)
    throw new Error('bench: the store holds too few launches to benchmark');

  return [
    {
      name: 'list page',
      pattern: '/launches?offset=<n>',
      cached: '/launches',
      // Never offset=0: that default answers with a redirect to the clean URL.
      uncached: (n) => `/launches?offset=${1 + (n % (count - 1))}`,
      distinct: count - 1,
    },
    {
      name: 'detail page (launch)',
      pattern: '/launches/<a different launch>',
      cached: `/launches/${oldest}`,
      uncached: (n) => `/launches/${segments[n % segments.length]!}`,
      distinct: segments.length,
    },
    {
      name: 'list search',
      pattern: '/launches?search=<mission name>',
      cached: `/launches?search=${q(rocket)}`,
      uncached: (n) => `/launches?search=${q(listTerms[n % listTerms.length]!)}`,
      distinct: listTerms.length,
    },
    {
      name: 'filtered list + facets (provider, status)',
      pattern: '/launches?lsp__id=<id>&status__ids=<ids>[&ordering=<o>]',
      cached: `/launches?lsp__id=${providers[0]}&status__ids=${statuses[0]}`,
      uncached: (n) => {
        const provider = providers[n % providers.length]!;
        const rest = Math.floor(n / providers.length);
        const status = statusSets[rest % statusSets.length]!;
        const ordering = orderings[Math.floor(rest / statusSets.length) % orderings.length]!;
        return `/launches?lsp__id=${provider}&status__ids=${status}${ordering ? `&ordering=${ordering}` : ''}`;
      },
      distinct: facetCombos,
    },
    {
      // Every chart of the page counted anew: nine GROUP BYs over the selection, then ~900 bars.
      name: 'statistics page',
      pattern: '/statistics?lsp__id=<id>&status__ids=<ids>&net__gte=<year>-01-01',
      cached: '/statistics',
      uncached: (n) => {
        const provider = providers[n % providers.length]!;
        const rest = Math.floor(n / providers.length);
        const status = statusSets[rest % statusSets.length]!;
        const year = 1960 + 5 * (Math.floor(rest / statusSets.length) % 13);
        return `/statistics?lsp__id=${provider}&status__ids=${status}&net__gte=${year}-01-01`;
      },
      distinct: providers.length * statusSets.length * 13,
    },
    {
      name: 'search page',
      pattern: '/search?q=<mission name>',
      cached: `/search?q=${q(rocket)}`,
      uncached: (n) => `/search?q=${q(pageTerms[n % pageTerms.length]!)}`,
      distinct: pageTerms.length,
    },
  ];
}

/** The synthetic set's fixed scenarios (those it has always had): named pages of every type. */
export function syntheticPages(db: Database.Database): {
  urls: Record<string, string>;
  note: string;
} {
  const one = (sql: string) => db.prepare(sql).pluck().get() as string | number;
  const launchSlug = one(
    "SELECT slug FROM r_launches WHERE slug IS NOT NULL AND f_net < '2024' ORDER BY id LIMIT 1 OFFSET 500",
  );
  const agency = one('SELECT id FROM r_agencies ORDER BY f_total_launch_count DESC LIMIT 1');
  // The canonical URL: a bare id answers with a 308 to it.
  const agencySlug = one(`SELECT slug FROM r_agencies WHERE id = ${Number(agency)}`);
  const station = one(
    'SELECT f_space_station_target__id FROM r_docking_events GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
  );
  const dockings = one(
    `SELECT count(*) FROM r_docking_events WHERE f_space_station_target__id = ${Number(station)}`,
  );
  return {
    note: `timeline station ${station}: ${dockings} docking events`,
    urls: {
      'home page': '/',
      'unfiltered list (launches)': '/launches',
      'list: 3 filters + search + ordering': `/launches?lsp__id=${agency}&status__ids=3,4&net__gte=2000-01-01&search=syn&ordering=-net`,
      'deep page (offset=5000)': '/launches?offset=5000',
      'detail page (launch)': `/launches/${launchSlug}`,
      'detail page (agency)': `/agencies/${agency}-${String(agencySlug)}`,
      [`docking timeline (${dockings} events)`]: `/docking-events?view=timeline&space_station_target__id=${station}&docking__gte=1950-01-01`,
      'JSON API (list, 3 filters)': `/api/2.3.0/launches/?lsp__id=${agency}&status__ids=3,4&ordering=-net`,
      'JSON API (detail)': `/api/2.3.0/agencies/${agency}/`,
      'statistics page (every chart, all launches)': '/statistics',
    },
  };
}
