import { describe, expect, it } from 'vitest';
import { readListState } from '@/lib/list/load';
import { listCalendarHref, listFeedHref } from '@/lib/seo/canonical';
import { LIST_EXPORTS, listExport, type ExportPath } from '@/lib/seo/list-exports';
import { EXPORT_DEFAULT_LIMIT, parseExportQuery } from '@/lib/seo/routes';

/** What a list holds, whatever its paging: the part a feed must agree on with its page. */
function selection(query: ReturnType<typeof parseExportQuery>['query']) {
  return {
    view: query.view,
    viewParams: query.viewParams,
    filters: query.filters.map((f) => [f.filter.param, f.values]),
    search: query.searchTerms,
  };
}

function pageQuery(path: ExportPath, query: string) {
  const spec = LIST_EXPORTS[path];
  const request = { key: spec.resource, route: path, view: spec.view };
  return readListState(request, new URLSearchParams(query)).parsed.query;
}

function exportQuery(path: ExportPath, query: string) {
  return parseExportQuery(new URL(`http://x${path}/feed.xml?${query}`), LIST_EXPORTS[path]).query;
}

const QUERIES: Record<ExportPath, string[]> = {
  '/launches': [
    '',
    'lsp__id=121',
    'search=falcon&year=2024',
    // A GET form sends one key per ticked box and every empty field.
    'status__ids=1&status__ids=3&search=&location__ids=',
    'net__gte=2024-01-01&net__lte=2024-12-31&is_crewed=true',
  ],
  '/launches/upcoming': ['', 'hide_recent_previous=true', 'lsp__id=121&search=starlink'],
  '/launches/previous': ['', 'year=2023,2024', 'status__ids=3'],
  '/events': ['', 'type__ids=2', 'search=docking&year=2024&agency__ids=44'],
};

describe('feeds and calendars read a query as their list page does', () => {
  for (const [path, queries] of Object.entries(QUERIES) as [ExportPath, string[]][]) {
    for (const query of queries) {
      it(`${path}?${query}`, () => {
        const page = pageQuery(path, query);
        const feed = exportQuery(path, query);
        expect(selection(feed)).toEqual(selection(page));
      });
    }
  }

  it('merges repeated checkbox keys as the page does (LL2 itself would keep the last)', () => {
    const feed = exportQuery('/launches', 'status__ids=1&status__ids=3');
    expect(feed.filters.map((f) => f.values)).toEqual([[1, 3]]);
  });

  it('the page’s feed and calendar links parse back to the page’s selection', () => {
    const query = 'lsp__id=121&search=falcon&offset=20&limit=25&mode=list';
    const page = readListState(
      { key: 'launches', route: '/launches/upcoming', view: 'upcoming' },
      new URLSearchParams(query),
    ).parsed;
    const feed = listFeedHref('/launches/upcoming', page.canonical);
    const calendar = listCalendarHref('/launches/upcoming', page.canonical);
    expect(feed).toBe('/launches/upcoming/feed.xml?lsp__id=121&search=falcon');
    expect(calendar).toBe('/launches/upcoming/calendar.ics?lsp__id=121&search=falcon');
    const parsed = exportQuery('/launches/upcoming', new URL(`http://x${feed}`).search.slice(1));
    expect(selection(parsed)).toEqual(selection(page.query));
  });

  it('stays bounded: 50 items by default, never more than 100', () => {
    expect(exportQuery('/launches', '').limit).toBe(EXPORT_DEFAULT_LIMIT);
    expect(exportQuery('/launches', 'limit=5').limit).toBe(5);
    expect(exportQuery('/launches', 'limit=100000').limit).toBe(100);
    expect(exportQuery('/launches', 'limit=-1').limit).toBe(EXPORT_DEFAULT_LIMIT);
  });

  it('lists that start with their oldest record subscribe to the latest changes instead', () => {
    const order = (path: ExportPath, query = '') =>
      exportQuery(path, query).ordering.map((o) => `${o.desc ? '-' : ''}${o.field}`);
    expect(pageQuery('/launches', '').ordering).toEqual([{ field: 'net', desc: false }]);
    expect(order('/launches')).toEqual(['-last_updated']);
    expect(order('/events')).toEqual(['-last_updated']);
    // An ordering in the URL wins; the dated views keep their own (soonest / latest first).
    expect(order('/launches', 'ordering=-net')).toEqual(['-net']);
    expect(order('/launches/upcoming')).toEqual(['net']);
    expect(order('/launches/previous')).toEqual(['-net']);
  });

  it('lists without an export have no feed or calendar', () => {
    expect(listExport('/agencies')).toBeUndefined();
    expect(listExport('constructor')).toBeUndefined();
    expect(listFeedHref('/agencies')).toBeNull();
    expect(listCalendarHref('/launches/previous')).toBeNull();
  });
});
