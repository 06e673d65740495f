import { describe, expect, it } from 'vitest';
import { pageLinks } from '@/lib/api/list-response';
import { parseListQuery } from '@/lib/query/parse';
import { resources } from '@/lib/resources';
import { SEED_PAGES, seedPageBody, seedPageText } from '../store/fixtures';

describe('pageLinks reproduces LL2’s own next/previous links', () => {
  it.each(Object.keys(SEED_PAGES) as (keyof typeof SEED_PAGES)[])('%s seed page', (page) => {
    const body = seedPageBody(page);
    const link = body.next ?? body.previous!;
    const origin = new URL(link).origin;
    const requestPath = /^GET (\/\S+)/m.exec(seedPageText(page))![1]!;
    const request = new URL(`${origin}${requestPath}`);
    const query = parseListQuery(resources[page], request.searchParams).query;
    expect(pageLinks(request, query, body.count)).toEqual({
      next: body.next,
      previous: body.previous,
    });
  });

  const at = (search: string, count: number) => {
    const url = new URL(`https://orbit.example/api/2.3.0/events/${search}`);
    return pageLinks(url, parseListQuery(resources.events, url.searchParams).query, count);
  };

  it('has no previous link on the first page and no next link on the last', () => {
    expect(at('', 5)).toEqual({ next: null, previous: null });
    expect(at('?limit=5', 5)).toEqual({ next: null, previous: null });
    expect(at('?limit=5', 6).next).toBe('https://orbit.example/api/2.3.0/events/?limit=5&offset=5');
  });

  it('drops offset when the previous page starts at zero', () => {
    expect(at('?offset=3&limit=5', 20).previous).toBe(
      'https://orbit.example/api/2.3.0/events/?limit=5',
    );
    expect(at('?offset=5&limit=5', 20).previous).toBe(
      'https://orbit.example/api/2.3.0/events/?limit=5',
    );
    expect(at('?offset=6&limit=5', 20).previous).toBe(
      'https://orbit.example/api/2.3.0/events/?limit=5&offset=1',
    );
  });

  it('writes the effective limit and offset, not what was asked for', () => {
    expect(at('?limit=500&offset=-4', 300)).toEqual({
      next: 'https://orbit.example/api/2.3.0/events/?limit=100&offset=100',
      previous: null,
    });
    expect(at('?limit=abc&offset=20', 300).previous).toBe(
      'https://orbit.example/api/2.3.0/events/?limit=10&offset=10',
    );
  });

  it('keeps the other parameters, sorted, with repeated keys intact', () => {
    expect(at('?search=dragon&program=2&program=1&type__ids=5,8', 30).next).toBe(
      'https://orbit.example/api/2.3.0/events/?limit=10&offset=10&program=2&program=1&search=dragon&type__ids=5%2C8',
    );
  });
});
