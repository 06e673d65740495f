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

const SEGMENT = /<div hidden id="S:([0-9a-z]+)">/g;
const PENDING = /<!--\$\?--><template id="B:([0-9a-z]+)"><\/template>/g;
const REVEAL = /\$RC\("B:([0-9a-z]+)","S:\1"\)/g;

/**
 * In one pass over the document (a page can stream a dozen boundaries; swapping them one at a
 * time rescanned and copied the whole page for each): takes out every streamed segment, then
 * puts each in place of its boundary's fallback, nested ones included.
 */
export function inlineStreamedBoundaries(html: string): string {
  const segments = new Map<string, string>();
  const awaited = new Set(Array.from(html.matchAll(PENDING), (m) => m[1]!));
  let page = '';
  let last = 0;
  const segment = new RegExp(SEGMENT);
  for (let m = segment.exec(html); m; m = segment.exec(html)) {
    // A segment no boundary waits for is left where it is.
    if (!awaited.has(m[1]!)) continue;
    const end = endOfDiv(html, m.index);
    if (end < 0) return html;
    segments.set(m[1]!, html.slice(m.index + m[0].length, end - '</div>'.length));
    page += html.slice(last, m.index);
    segment.lastIndex = last = end;
  }
  if (segments.size === 0) return html;
  page += html.slice(last);

  const revealed = new Set<string>();
  const fill = (part: string, depth: number): string | null => {
    if (depth > 50) return null;
    const pending = new RegExp(PENDING);
    let out = '';
    let from = 0;
    for (let m = pending.exec(part); m; m = pending.exec(part)) {
      const content = segments.get(m[1]!);
      // Never completed: its fallback stays.
      if (content === undefined) continue;
      const close = endOfBoundary(part, m.index + m[0].length);
      const inner = close < 0 ? null : fill(content, depth + 1);
      if (inner === null) return null;
      out += `${part.slice(from, m.index)}<!--$-->${inner}`;
      pending.lastIndex = from = close;
      revealed.add(m[1]!);
    }
    return out + part.slice(from);
  };
  const filled = fill(page, 0);
  if (filled === null) return html;
  return filled.replace(REVEAL, (call, id: string) => (revealed.has(id) ? '' : call));
}
