/**
 * Lets the browser paint a server-rendered page before it fetches and runs the JavaScript that
 * hydrates it.
 *
 * Next writes its chunks as `<script async>` tags (plus a preload) at the top of the document,
 * so about 140 kB of framework code competes with the stylesheet and the images for a slow
 * link, and when the chunks are already cached the browser runs them, hydration included,
 * before its first frame: the reader waits for JavaScript to see HTML that was there all along.
 * Every page here works without JavaScript (real links, GET forms), so the chunks can wait:
 * one small inline script adds the same `<script async>` elements once the first frame has been
 * painted. Turbopack chunks register themselves in any order, exactly as async scripts do, so
 * hydration itself is unchanged; it only starts after the content is on screen.
 */

const CHUNK_SCRIPT = /<script src="(\/_next\/static\/[^"]+\.js)" async=""><\/script>/g;
const CHUNK_PRELOAD = /<link rel="preload" as="script"[^>]* href="\/_next\/static\/[^"]+\.js"\/>/g;

/**
 * Adds the scripts once the browser reports the first contentful paint (the moment it is on
 * screen, not just produced), each in a task of its own: starting a script's request from
 * JavaScript costs the main thread 1-3 ms (more under Lighthouse's tracing), and ten of them in
 * one task made a long task of it. Where the Paint Timing API is missing, a frame later; in a hidden
 * tab, which paints nothing, at once; and after two seconds whatever happened.
 */
function loaderScript(sources: string[]): string {
  const list = JSON.stringify(sources).replace(/</g, '\\u003c');
  return (
    '<script>(function(s){var d=0;function l(){if(d)return;d=1;s.forEach(function(u){setTimeout(function(){' +
    'var e=document.createElement("script");e.src=u;e.async=true;document.head.appendChild(e)},0)})}' +
    'if(document.visibilityState==="hidden")return l();setTimeout(l,2000);' +
    'var P=window.PerformanceObserver;' +
    'if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf("paint")>=0)' +
    'new P(function(p){if(p.getEntriesByName("first-contentful-paint").length)l()}).observe({type:"paint",buffered:true});' +
    `else requestAnimationFrame(function(){setTimeout(l,0)})})(${list})</script>`
  );
}

export function hydrateAfterPaint(html: string): string {
  const headEnd = html.indexOf('</head>');
  const bodyEnd = html.lastIndexOf('</body>');
  if (headEnd < 0 || bodyEnd < headEnd) return html;
  const sources: string[] = [];
  let loaderAt = -1;
  let out = '';
  let last = 0;
  for (const match of html.matchAll(CHUNK_SCRIPT)) {
    out += html.slice(last, match.index);
    last = match.index + match[0].length;
    // Next's bootstrap script, the first in the body, marks where the content ends.
    if (match.index > headEnd && loaderAt < 0) loaderAt = out.length;
    if (!sources.includes(match[1]!)) sources.push(match[1]!);
  }
  if (sources.length === 0) return html;
  out += html.slice(last);
  if (loaderAt < 0) loaderAt = out.lastIndexOf('</body>');
  out = out.slice(0, loaderAt) + loaderScript(sources) + out.slice(loaderAt);
  const head = out.slice(0, out.indexOf('</head>'));
  return head.replace(CHUNK_PRELOAD, '') + out.slice(head.length);
}

/** Every script a served page loads from `/_next/static/`: its script tags and its loader's list. */
export function pageScripts(html: string): string[] {
  const tags = [...html.matchAll(/<script([^>]*) src="(\/_next\/static\/[^"]+\.js)"([^>]*)>/g)]
    // `noModule` polyfills are never loaded by the browsers that run modules.
    .filter((m) => !/noModule/i.test(`${m[1]}${m[3]}`))
    .map((m) => m[2]!);
  const loaded = [
    ...html.matchAll(/<script>\(function\(s\)[^<]*\}\)\((\[[^\]]*\])\)<\/script>/g),
  ].flatMap((m) => JSON.parse(m[1]!) as string[]);
  return [...new Set([...tags, ...loaded])];
}
