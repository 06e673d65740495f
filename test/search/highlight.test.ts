import { describe, expect, it } from 'vitest';
import { highlightParts } from '@/lib/search/highlight';

const marked = (text: string, q: string) =>
  highlightParts(text, q)
    .map((p) => (p.match ? `[${p.text}]` : p.text))
    .join('');

describe('highlightParts', () => {
  it('marks every occurrence of each word, ignoring case', () => {
    expect(marked('Crew Dragon dragon', 'DRAGON')).toBe('Crew [Dragon] [dragon]');
    expect(marked('Falcon 9 Block 5 | Crew-9', 'crew 9')).toBe('Falcon [9] Block 5 | [Crew]-[9]');
  });

  it('keeps the text intact', () => {
    const text = 'Soyuz 2.1a | Progress MS-27 (88P)';
    expect(
      highlightParts(text, 'progress ms')
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });

  it('treats regular-expression characters literally', () => {
    expect(marked('a.b axb (x) [y] c++', '.')).toBe('a[.]b axb (x) [y] c++');
    expect(marked('a.b (x) c++', '(x) c++')).toBe('a.b [(x)] [c++]');
    expect(() => highlightParts('anything', '[')).not.toThrow();
  });

  it('prefers the longest word where words overlap', () => {
    expect(marked('Dragonfly', 'drag dragonfly')).toBe('[Dragonfly]');
  });

  it('drops quotes and commas like the search does', () => {
    expect(marked('Crew Dragon', '"crew, dragon"')).toBe('[Crew] [Dragon]');
  });

  it('returns the text unmarked for an empty query, and nothing for empty text', () => {
    expect(highlightParts('Soyuz', '  ')).toEqual([{ text: 'Soyuz', match: false }]);
    expect(highlightParts('', 'soyuz')).toEqual([]);
  });
});
