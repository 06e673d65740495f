import { describe, expect, it } from 'vitest';
import { inlineStreamedBoundaries } from '@/lib/page-cache/inline-boundaries';

const RC = '<script>$RC=function(b,a){};$RC("B:0","S:0")</script>';

describe('inlining streamed Suspense boundaries', () => {
  it('puts the streamed content where the fallback was, as a completed boundary', () => {
    const html = `<main><!--$?--><template id="B:0"></template><div role="status">Loading…</div><!--/$--></main><div hidden id="S:0"><div><h1>SpaceX</h1><div>facts</div></div></div>${RC}`;
    const out = inlineStreamedBoundaries(html);
    expect(out).toBe(
      '<main><!--$--><div><h1>SpaceX</h1><div>facts</div></div><!--/$--></main><script>$RC=function(b,a){};</script>',
    );
  });

  it('handles boundaries nested inside streamed content', () => {
    const html =
      '<main><!--$?--><template id="B:0"></template>skeleton<!--/$--></main>' +
      '<div hidden id="S:0"><p>a</p><!--$?--><template id="B:1"></template>inner skeleton<!--/$--></div><script>$RC("B:0","S:0")</script>' +
      '<div hidden id="S:1"><p>b</p></div><script>$RC("B:1","S:1")</script>';
    const out = inlineStreamedBoundaries(html);
    expect(out).toBe(
      '<main><!--$--><p>a</p><!--$--><p>b</p><!--/$--><!--/$--></main><script></script><script></script>',
    );
  });

  it('swaps many sibling boundaries in one pass, and leaves a boundary that never completed', () => {
    const boundaries = Array.from(
      { length: 12 },
      (_, i) =>
        `<section><!--$?--><template id="B:${i.toString(36)}"></template>…<!--/$--></section>`,
    );
    const segments = Array.from({ length: 12 }, (_, i) =>
      i === 5
        ? ''
        : `<div hidden id="S:${i.toString(36)}"><p>${i}</p></div><script>$RC("B:${i.toString(36)}","S:${i.toString(36)}")</script>`,
    );
    const out = inlineStreamedBoundaries(`<main>${boundaries.join('')}</main>${segments.join('')}`);
    const expected = Array.from({ length: 12 }, (_, i) =>
      i === 5 ? boundaries[5] : `<section><!--$--><p>${i}</p><!--/$--></section>`,
    );
    expect(out).toBe(`<main>${expected.join('')}</main>${'<script></script>'.repeat(11)}`);
  });

  it('keeps fallbacks that contain complete boundaries intact around them', () => {
    const html =
      '<!--$?--><template id="B:0"></template><!--$-->x<!--/$-->y<!--/$--><div hidden id="S:0">z</div>';
    expect(inlineStreamedBoundaries(html)).toBe('<!--$-->z<!--/$-->');
  });

  it('leaves documents without streamed content unchanged, and unmatched markup alone', () => {
    const plain = '<main><!--$--><p>done</p><!--/$--></main>';
    expect(inlineStreamedBoundaries(plain)).toBe(plain);
    const broken = '<main><div hidden id="S:0"><p>orphan</p></div></main>';
    expect(inlineStreamedBoundaries(broken)).toBe(broken);
  });
});
