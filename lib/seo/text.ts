/** Plain-text helpers shared by meta descriptions and feeds. */

export const META_DESCRIPTION_MAX = 160;

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Shortens text to at most `max` characters, cutting at a word boundary and ending with "…".
 * Falls back to a hard cut when the only boundary is too early, without splitting a surrogate pair.
 */
export function truncate(text: string, max = META_DESCRIPTION_MAX): string {
  const clean = collapseWhitespace(text);
  if (clean.length <= max) return clean;
  if (max < 2) return '…'.slice(0, Math.max(0, max));
  let cut = clean.slice(0, max - 1);
  const boundary = cut.lastIndexOf(' ');
  if (boundary >= max * 0.5) cut = cut.slice(0, boundary);
  else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.replace(/[\s,;:.\-–—|/(]+$/u, '') + '…';
}

/** Joins non-empty fragments with a separator. */
export function join(parts: readonly (string | false | null | undefined)[], sep = ' '): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(sep);
}

/** "a", "a and b", "a, b and c". */
export function listPhrase(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** "1 launch", "3 launches". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;
}

/** Ends a fragment with a full stop unless it already ends in punctuation. */
export function sentence(text: string): string {
  const t = text.trim();
  if (t === '') return '';
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

/** The main sentence, then as much of the optional detail as fits, truncated to `max`. */
export function compose(
  main: string,
  detail: string | null | undefined,
  max = META_DESCRIPTION_MAX,
): string {
  return truncate(join([main, detail && collapseWhitespace(detail)]), max);
}
