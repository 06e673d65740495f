/**
 * Splits `text` into pieces marking where any search word occurs (case-insensitive), for
 * highlighting suggestions. Pure and tiny, so the typeahead can run it in the browser.
 */
export interface TextPart {
  text: string;
  match: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function highlightParts(text: string, query: string): TextPart[] {
  const words = [
    ...new Set(
      query
        .replaceAll(',', ' ')
        .replace(/["']/g, ' ')
        .split(/\s+/)
        .map((w) => w.trim())
        .filter(Boolean),
    ),
  ]
    // Longest first, so "dragon" wins over "drag" where both match.
    .sort((a, b) => b.length - a.length);
  if (words.length === 0 || text === '') return text === '' ? [] : [{ text, match: false }];
  const pattern = new RegExp(`(${words.map(escapeRegExp).join('|')})`, 'gi');
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: m[0], match: true });
    last = start + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
