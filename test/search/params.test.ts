import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SUGGEST_LIMIT,
  MAX_QUERY_LENGTH,
  parseSearchPageQuery,
  parseSuggestParams,
} from '@/lib/search/params';

const parse = (query: string) => parseSuggestParams(new URLSearchParams(query));

describe('parseSuggestParams', () => {
  it('accepts a term, trimmed, with the default limit', () => {
    expect(parse('q=%20%20dragon%20')).toEqual({
      ok: true,
      value: { q: 'dragon', limit: DEFAULT_SUGGEST_LIMIT },
    });
  });

  it('reads an explicit limit from 1 to 10', () => {
    expect(parse('q=soyuz&limit=1')).toMatchObject({ ok: true, value: { limit: 1 } });
    expect(parse('q=soyuz&limit=10')).toMatchObject({ ok: true, value: { limit: 10 } });
  });

  it('takes the last of repeated keys, as LL2 does', () => {
    expect(parse('q=first&q=second&limit=2&limit=4')).toMatchObject({
      ok: true,
      value: { q: 'second', limit: 4 },
    });
  });

  it('ignores unknown parameters', () => {
    expect(parse('q=iss&mode=list&format=json').ok).toBe(true);
  });

  it.each([
    ['missing', ''],
    ['empty', 'q='],
    ['blank', 'q=%20%20%20'],
  ])('rejects a %s term with one message', (_, query) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.q).toEqual(['Type something to search for.']);
  });

  it('rejects text that holds no search term (only quotes or commas)', () => {
    for (const q of ['""', ',,,', "''"]) {
      const result = parse(new URLSearchParams({ q }).toString());
      expect(result.ok, q).toBe(false);
    }
  });

  it(`caps the term at ${MAX_QUERY_LENGTH} characters`, () => {
    expect(parse(`q=${'a'.repeat(MAX_QUERY_LENGTH)}`).ok).toBe(true);
    const result = parse(`q=${'a'.repeat(MAX_QUERY_LENGTH + 1)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.q?.[0]).toMatch(/at most 100/);
  });

  it.each(['0', '11', '-1', '1.5', 'abc', '', '1e1'])('rejects limit=%s', (limit) => {
    const result = parse(`q=iss&limit=${limit}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors)).toEqual(['limit']);
  });

  it('reports every bad parameter at once', () => {
    const result = parse('q=&limit=99');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['limit', 'q']);
  });
});

describe('parseSearchPageQuery', () => {
  it('treats a missing or blank q as an empty search', () => {
    expect(parseSearchPageQuery({})).toEqual({ kind: 'empty' });
    expect(parseSearchPageQuery({ q: '  ' })).toEqual({ kind: 'empty' });
  });

  it('uses the last of repeated q values', () => {
    expect(parseSearchPageQuery({ q: ['a', 'soyuz'] })).toEqual({ kind: 'ok', q: 'soyuz' });
  });

  it('explains an unusable q and keeps a shortened copy to show', () => {
    const long = parseSearchPageQuery({ q: 'x'.repeat(300) });
    expect(long).toMatchObject({ kind: 'invalid' });
    if (long.kind === 'invalid') expect(long.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(parseSearchPageQuery({ q: '""' })).toMatchObject({ kind: 'invalid' });
  });
});
