import { describe, expect, it } from 'vitest';
import { MAX_LIMIT as PARSER_MAX } from '@/lib/query/parse';
import {
  chunkSize,
  listApiUrl,
  listQueryKey,
  MAX_LIMIT,
  nextChunkOffset,
  type ListQuerySpec,
} from '@/lib/list/query-options';

const spec: ListQuerySpec = {
  apiPath: 'launches/',
  view: 'upcoming',
  params: [
    ['search', 'Falcon 9'],
    ['status__ids', '1,3'],
  ],
  offset: 20,
  limit: 10,
};

describe('list query options', () => {
  it('keeps the client cap equal to the parser cap', () => {
    expect(MAX_LIMIT).toBe(PARSER_MAX);
  });

  it('builds the LL2-compatible API URL with the same parameters', () => {
    expect(listApiUrl(spec, 20)).toBe(
      '/api/2.3.0/launches/upcoming/?search=Falcon+9&status__ids=1,3&limit=10&offset=20',
    );
    expect(listApiUrl({ ...spec, view: undefined }, 30)).toBe(
      '/api/2.3.0/launches/?search=Falcon+9&status__ids=1,3&limit=10&offset=30',
    );
  });

  it('pages on until the count, never past 100 records in one view', () => {
    expect(nextChunkOffset(spec, 20, 348)).toBe(30);
    expect(nextChunkOffset(spec, 30, 35)).toBeUndefined();
    expect(nextChunkOffset(spec, 110, 348)).toBeUndefined();
    const wide = { ...spec, offset: 0, limit: 30 };
    expect(nextChunkOffset(wide, 60, 348)).toBe(90);
    expect(chunkSize(wide, 90)).toBe(10);
    expect(nextChunkOffset(wide, 90, 348)).toBeUndefined();
    expect(nextChunkOffset({ ...spec, limit: 100 }, 20, 348)).toBeUndefined();
  });

  it('keys the query by everything that changes the results', () => {
    expect(listQueryKey(spec)).toEqual([
      'list',
      'launches/',
      'upcoming',
      'search=Falcon+9&status__ids=1,3',
      20,
      10,
    ]);
  });
});
