import { z } from 'zod';
import { splitSearchTerms } from '@/lib/query/search-terms';

/** Longer text is almost surely pasted by mistake, and every extra term is another scan. */
export const MAX_QUERY_LENGTH = 100;
/** Items per resource in the typeahead unless `limit` says otherwise. */
export const DEFAULT_SUGGEST_LIMIT = 3;
export const MAX_SUGGEST_LIMIT = 10;

export const searchTermSchema = z
  .string()
  .trim()
  .min(1, { error: 'Type something to search for.', abort: true })
  .max(MAX_QUERY_LENGTH, { error: `Use at most ${MAX_QUERY_LENGTH} characters.`, abort: true })
  // `""` or `,,,` pass the length checks but hold no term LL2 would search for.
  .refine((q) => splitSearchTerms(q).length > 0, 'Type a word to search for.');

const limitSchema = z
  .string()
  .trim()
  .regex(/^\d+$/, 'Use a whole number.')
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .min(1, 'Use a number from 1.')
      .max(MAX_SUGGEST_LIMIT, `Use a number up to ${MAX_SUGGEST_LIMIT}.`),
  );

export interface SuggestParams {
  q: string;
  limit: number;
}

export type ParseResult<T> =
  { ok: true; value: T } | { ok: false; errors: Record<string, string[]> };

/** The last value of a repeated key, as LL2 (DRF) reads query strings. */
function last(params: URLSearchParams, key: string): string | undefined {
  return params.getAll(key).at(-1);
}

/** Validates `GET /api/search?q=…&limit=…`; unknown keys are ignored. */
export function parseSuggestParams(params: URLSearchParams): ParseResult<SuggestParams> {
  const errors: Record<string, string[]> = {};
  const q = searchTermSchema.safeParse(last(params, 'q') ?? '');
  if (!q.success) errors.q = q.error.issues.map((i) => i.message);
  const rawLimit = last(params, 'limit');
  const limit = rawLimit === undefined ? null : limitSchema.safeParse(rawLimit);
  if (limit && !limit.success) errors.limit = limit.error.issues.map((i) => i.message);
  if (!q.success || (limit && !limit.success)) return { ok: false, errors };
  return { ok: true, value: { q: q.data, limit: limit?.data ?? DEFAULT_SUGGEST_LIMIT } };
}

export type SearchPageQuery =
  { kind: 'empty' } | { kind: 'ok'; q: string } | { kind: 'invalid'; q: string; message: string };

/** Reads `q` from a page's `searchParams`: empty (show help), usable, or invalid (say why). */
export function parseSearchPageQuery(
  searchParams: Record<string, string | string[] | undefined>,
): SearchPageQuery {
  const raw = searchParams.q;
  const text = (Array.isArray(raw) ? raw.at(-1) : raw) ?? '';
  if (text.trim() === '') return { kind: 'empty' };
  const result = searchTermSchema.safeParse(text);
  if (result.success) return { kind: 'ok', q: result.data };
  return {
    kind: 'invalid',
    q: text.trim().slice(0, MAX_QUERY_LENGTH),
    message: result.error.issues[0]?.message ?? 'This search cannot be run.',
  };
}
