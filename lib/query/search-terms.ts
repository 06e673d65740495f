/**
 * DRF SearchFilter's term splitting: null characters removed, commas treated as spaces, then
 * whitespace-separated terms where a quoted phrase ("crew dragon") stays one term.
 */
export function splitSearchTerms(input: string): string[] {
  const text = input.replaceAll('\u0000', '').replaceAll(',', ' ');
  const terms: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\S+)/g;
  for (const match of text.matchAll(pattern)) {
    const quoted = match[1] ?? match[2];
    const term = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (match[3] ?? '');
    if (term.trim() !== '') terms.push(term);
  }
  return terms;
}
