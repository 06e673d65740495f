import { facetOptions, resourceDef } from '@/lib/data';
import type { ParsedListQuery } from '@/lib/query/types';
import type { ResourceKey } from '@/lib/resources';
import type { Lookup } from '@/lib/resources/types';

const MAX_VALUES = 3;

const DATE_PARTS: Partial<Record<Lookup, string>> = { year: 'Year', month: 'Month', day: 'Day' };
const COMPARISONS: Partial<Record<Lookup, string>> = {
  gt: ' after',
  gte: ' from',
  lt: ' before',
  lte: ' up to',
  contains: ' contains',
};

/** Option labels for an id-like filter ("121" → "SpaceX"); the raw values when unavailable. */
async function valueLabels(key: ResourceKey, field: string, values: string[]): Promise<string[]> {
  const def = resourceDef(key);
  if (!def.fields[field]?.optionLabel) return values;
  try {
    const options = await facetOptions(key, field);
    const byValue = new Map(options.map((o) => [o.value, o.label]));
    return values.map((v) => byValue.get(v) ?? v);
  } catch {
    // Live mode can fail to answer; a feed titled with ids is better than no feed.
    return values;
  }
}

/**
 * "Launch provider: SpaceX; Year: 2024; matching “falcon”" for a parsed list query, so a feed or
 * calendar subscription says what it holds. Empty for an unfiltered list.
 */
export async function summariseListQuery(
  key: ResourceKey,
  parsed: ParsedListQuery,
): Promise<string> {
  const def = resourceDef(key);
  const parts = await Promise.all(
    parsed.query.filters.map(async ({ filter, values }) => {
      const field = def.fields[filter.field];
      const texts = await valueLabels(key, filter.field, values.map(String));
      const shown = texts.slice(0, MAX_VALUES).join(', ');
      const more = texts.length > MAX_VALUES ? ` +${texts.length - MAX_VALUES}` : '';
      const name =
        DATE_PARTS[filter.lookup] ??
        `${field?.label ?? filter.param}${COMPARISONS[filter.lookup] ?? ''}`;
      return `${name}: ${shown}${more}`;
    }),
  );
  if (parsed.query.search) parts.push(`matching “${parsed.query.search}”`);
  return parts.join('; ');
}
