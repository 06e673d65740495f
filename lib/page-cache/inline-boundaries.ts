/**
 * Moves streamed Suspense content into place on the server. React streams a slow boundary as a
 * fallback plus, later in the document, `<div hidden id="S:n">content</div>` and a `$RC()` call
 * that swaps them in the browser. Without JavaScript the swap never happens and the reader sees
 * a skeleton forever; since the page cache holds the whole document anyway, it does the swap
 * itself, producing exactly the markup `$RC` would (a completed `<!--$-->` boundary), so
 * hydration is unchanged.
 */

const OPEN_MARKERS = ['<!--$-->', '<!--$?-->', '<!--$!-->', '<!--$~-->', '<!--&-->'];
const CLOSE_MARKERS = ['<!--/$-->', '<!--/&-->'];

/** Index just past the `</div>` that closes the `<div` starting at `start`, or -1. */
function endOfDiv(html: string, start: number): number {
  const tag = /<div[\s>]|<\/div>/g;
  tag.lastIndex = start;
  let depth = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    depth += m[0] === '</div>' ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

/** Index of the boundary's own closing marker, skipping nested boundaries, or -1. */
function endOfBoundary(html: string, from: number): number {
  const marker = /<!--(?:\$|\$\?|\$!|\$~|&|\/\$|\/&)-->/g;
  marker.lastIndex = from;
  let depth = 1;
  for (let m = marker.exec(html); m; m = marker.exec(html)) {
    if (CLOSE_MARKERS.includes(m[0])) depth -= 1;
    else if (OPEN_MARKERS.includes(m[0])) depth += 1;
    if (depth === 0) return m.index;
  }
  return -1;
}

export function inlineStreamedBoundaries(html: string): string {
  let out = html;
  for (let guard = 0; guard < 500; guard++) {
    const segment = /<div hidden id="S:([0-9a-z]+)">/.exec(out);
    if (!segment) break;
    const id = segment[1]!;
    const contentStart = segment.index + segment[0].length;
    const divEnd = endOfDiv(out, segment.index);
    const open = `<!--$?--><template id="B:${id}"></template>`;
    const boundary = out.indexOf(open);
    if (divEnd < 0 || boundary < 0 || boundary > segment.index) return html;
    const fallbackStart = boundary + open.length;
    const close = endOfBoundary(out, fallbackStart);
    if (close < 0 || close > segment.index) return html;
    const content = out.slice(contentStart, divEnd - '</div>'.length);
    out =
      out.slice(0, boundary) +
      `<!--$-->${content}` +
      out.slice(close, segment.index) +
      out.slice(divEnd);
    out = out.replace(`$RC("B:${id}","S:${id}")`, '');
  }
  return out;
}
