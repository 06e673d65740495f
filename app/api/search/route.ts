import type { NextRequest } from 'next/server';
import { parseSuggestParams } from '@/lib/search/params';
import { searchAllIfAvailable, withMatches } from '@/lib/search/search';
import type { SearchErrorResponse, SearchResponse } from '@/lib/search/types';

/**
 * Typeahead suggestions: `GET /api/search?q=dragon&limit=3` → the top matches of each resource
 * that has any. Answers 400 with `{ errors: { q: [...] } }` for a missing, blank or overlong `q`.
 */
export async function GET(request: NextRequest) {
  const parsed = parseSuggestParams(request.nextUrl.searchParams);
  if (!parsed.ok) {
    return Response.json({ errors: parsed.errors } satisfies SearchErrorResponse, {
      status: 400,
      headers: { 'Cache-Control': 'no-store' },
    });
  }
  const { q, limit } = parsed.value;
  const groups = await searchAllIfAvailable(q, limit);
  if (!groups) {
    return Response.json(
      {
        errors: { q: ['Launch Library 2 is unavailable; try again shortly.'] },
      } satisfies SearchErrorResponse,
      { status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': '60' } },
    );
  }
  return Response.json({ q, groups: withMatches(groups) } satisfies SearchResponse, {
    headers: { 'Cache-Control': 'public, max-age=60, stale-while-revalidate=300' },
  });
}
