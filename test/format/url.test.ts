import { describe, expect, it } from 'vitest';
import { displayHost, safeHttpUrl } from '@/lib/format/url';

describe('safeHttpUrl', () => {
  it('keeps http and https URLs', () => {
    expect(safeHttpUrl('https://thespacedevs.com')).toBe('https://thespacedevs.com/');
    expect(safeHttpUrl('  http://example.org/a?b=1#c ')).toBe('http://example.org/a?b=1#c');
    expect(safeHttpUrl('HTTPS://Example.ORG/Path')).toBe('https://example.org/Path');
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox'],
    ['ftp://example.org/file'],
    ['mailto:someone@example.org'],
    ['//example.org/protocol-relative'],
    ['/relative/path'],
    ['example.org'],
    ['https://user:pass@example.org/'],
    ['https://'],
    [''],
    ['   '],
  ])('rejects %s', (input) => {
    expect(safeHttpUrl(input)).toBeNull();
  });

  it('rejects non-strings', () => {
    expect(safeHttpUrl(null)).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
    expect(safeHttpUrl(42)).toBeNull();
    expect(safeHttpUrl({ href: 'https://example.org' })).toBeNull();
  });
});

describe('displayHost', () => {
  it('strips www and ignores unsafe URLs', () => {
    expect(displayHost('https://www.wikipedia.org/wiki/X')).toBe('wikipedia.org');
    expect(displayHost('https://thespacedevs.com')).toBe('thespacedevs.com');
    expect(displayHost('javascript:alert(1)')).toBeNull();
  });
});
