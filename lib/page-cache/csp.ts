import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import { themeScript } from '@/components/theme/theme-script';
import { contentSecurityPolicy } from '@/lib/security-policy';

/**
 * A strict Content-Security-Policy for pages that are cached whole. Next's usual answer, a nonce
 * per request, would make every page unique; instead each page's policy lists the SHA-256 of
 * each inline script it holds, computed from the final bytes, after every rewrite the front
 * server makes. The page stays cacheable by us and a CDN: the same bytes carry the same policy.
 *
 * Only scripts the framework or we wrote are hashed, recognised by their shape, so markup
 * injected into a page (data rendered unescaped) cannot vouch for itself: Next's flight data and
 * chunk list, React's instructions and runtime (code found verbatim in Next's own server
 * runtime), the theme script, and scripts the front server itself added. Anything else is left
 * out of the policy and the browser refuses to run it.
 *
 * No 'strict-dynamic': it would make browsers ignore 'self', and Next's parser-inserted
 * `<script src>` chunks carry no hash or nonce to be trusted by.
 */

// `<script …>…</script>`: attribute values may hold `>`; the text ends at the first `</script`
// followed by a space, `/` or `>` (HTML's script data state; React escapes `<` in its data).
const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script(?=[\s/>])/gi;
const STYLE = /<style\b(?:[^>"']|"[^"]*"|'[^']*')*>([\s\S]*?)<\/style(?=[\s/>])/gi;
const TYPE = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const SRC = /(?:^|\s)src(?:\s*=|\s|$)/i;
/** Types a browser runs; anything else (`application/ld+json`) is a data block and never runs. */
const JAVASCRIPT_TYPE =
  /^(?:|module|(?:text|application)\/(?:x-)?(?:javascript|ecmascript)|text\/(?:jscript|livescript|javascript1\.[0-5]))$/i;

/** Statements that are code of ours, word for word. */
const OWN_CODE = new Set([themeScript, '(self.__next_f=self.__next_f||[]).push([0])']);
/** Functions the framework calls with data: a statement `callee(<JSON>, …)` only passes data. */
const DATA_CALLEES = [
  'self.__next_f.push',
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push',
];
/** React's streaming instructions, `$RC("B:0","S:0")`: a short global name called with data. */
const REACT_INSTRUCTION = /^(\$R[A-Z]{1,2})\(/;
/** React's runtime definitions (`$RC=function(a,b){…}`), checked against Next's server runtime. */
const REACT_RUNTIME = /^(?:\$R[A-Z]{1,2}=|requestAnimationFrame\(function\(\)\{\$RT=)/;

let runtimeSource: string | null = null;
/** The server runtimes Next renders pages with, which hold React's runtime as string constants. */
function nextRuntimeSource(): string {
  if (runtimeSource !== null) return runtimeSource;
  // From the project root, not import.meta.url: the compiled server (dist/server/*.cjs) has none.
  const require = createRequire(path.resolve('package.json'));
  const parts: string[] = [];
  for (const name of [
    'app-page-turbo',
    'app-page',
    'app-page-turbo-experimental',
    'app-page-experimental',
  ]) {
    try {
      parts.push(
        fs.readFileSync(
          require.resolve(`next/dist/compiled/next-server/${name}.runtime.prod.js`),
          'utf8',
        ),
      );
    } catch {
      // Not shipped with this version (or traced out of a standalone build).
    }
  }
  runtimeSource = parts.join('\n');
  return runtimeSource;
}

/**
 * Splits a script into its top-level statements (at `;` outside brackets and strings), or null
 * when it holds something this small scanner does not follow (template or regex literals,
 * comments): such a script is not recognised, which only ever blocks it.
 */
function statements(code: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"' || c === "'") {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
      if (i >= code.length) return null;
    } else if (c === '`' || (c === '/' && (code[i + 1] === '/' || code[i + 1] === '*'))) {
      return null;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ';' && depth === 0) {
      out.push(code.slice(from, i).trim());
      from = i + 1;
    }
    if (depth < 0) return null;
  }
  if (depth !== 0) return null;
  out.push(code.slice(from).trim());
  return out.filter(Boolean);
}

/** `callee(<args>)` whose arguments are JSON literals: data handed to a known function. */
function isDataCall(statement: string): boolean {
  const callee =
    DATA_CALLEES.find((c) => statement.startsWith(`${c}(`)) ??
    REACT_INSTRUCTION.exec(statement)?.[1];
  if (callee === undefined || !statement.endsWith(')')) return false;
  try {
    JSON.parse(`[${statement.slice(callee.length + 1, -1)}]`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a script is the framework's or ours (see above). `own` lists scripts the caller wrote
 * into the page itself.
 */
export function isTrustedScript(code: string, own: ReadonlySet<string> = new Set()): boolean {
  if (own.has(code)) return true;
  const parts = statements(code);
  if (!parts) return false;
  return parts.every(
    (part) =>
      OWN_CODE.has(part) ||
      isDataCall(part) ||
      (REACT_RUNTIME.test(part) && nextRuntimeSource().includes(part)),
  );
}

const reported = new Set<string>();
function reportUntrusted(hash: string, code: string) {
  if (reported.size >= 100 || reported.has(hash)) return;
  reported.add(hash);
  console.warn(
    `csp: an inline script is not one the framework or this site writes, so it will not run: ${JSON.stringify(code.slice(0, 120))}`,
  );
}

/** `sha256-<base64>` of an element's text as the browser sees it (newlines normalised, UTF-8). */
function hashOf(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  return `sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}`;
}

function isExecutable(attributes: string): boolean {
  if (SRC.test(attributes)) return false;
  const type = TYPE.exec(attributes);
  const value = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim();
  return JAVASCRIPT_TYPE.test(value);
}

/** The texts of a page's inline scripts that run, in order. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(SCRIPT)].filter((m) => isExecutable(m[1]!)).map((m) => m[2]!);
}

/**
 * The hashes a page's policy lists: each trusted inline script and `<style>` element, once.
 * `own`: scripts the caller added to the page.
 */
export function inlineHashes(
  html: string,
  own: ReadonlySet<string> = new Set(),
): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  for (const code of inlineScripts(html)) {
    const hash = hashOf(code);
    if (isTrustedScript(code, own)) scripts.add(hash);
    else reportUntrusted(hash, code);
  }
  const styles = new Set<string>();
  for (const m of html.matchAll(STYLE)) styles.add(hashOf(m[1]!));
  return { scripts: [...scripts], styles: [...styles] };
}

/** The policy a page's own bytes need, and nothing more. */
export function pagePolicy(html: string, own?: ReadonlySet<string>): string {
  const { scripts, styles } = inlineHashes(html, own);
  return contentSecurityPolicy({ scriptHashes: scripts, styleHashes: styles });
}

const HTML = /^\s*text\/html\b/i;
const CSP = 'content-security-policy';

/**
 * Replaces an HTML response's policy (every copy of it: two policies would both apply) with the
 * one its bytes need. `own`: scripts the caller added to the page.
 */
export function withPagePolicy(
  headers: [string, string][],
  body: Buffer,
  own?: ReadonlySet<string>,
): [string, string][] {
  const type = headers.find(([name]) => name === 'content-type')?.[1] ?? '';
  if (!HTML.test(type)) return headers;
  return [
    ...headers.filter(([name]) => name !== CSP),
    [CSP, pagePolicy(body.toString('utf8'), own)],
  ];
}

/** Scripts that are in `after` but not in `before`: what a rewrite of ours added. */
export function addedScripts(before: string, after: string): Set<string> {
  const had = new Set(inlineScripts(before));
  return new Set(inlineScripts(after).filter((code) => !had.has(code)));
}

type Chunk = string | Uint8Array;
type Head = Parameters<http.ServerResponse['writeHead']>;

/** The text of a body Next may have compressed (it gzips for clients that accept it). */
function decoded(body: Buffer, encoding: string): string | null {
  try {
    if (!encoding || encoding === 'identity') return body.toString('utf8');
    if (encoding === 'br') return zlib.brotliDecompressSync(body).toString('utf8');
    if (encoding === 'gzip' || encoding === 'deflate') return zlib.unzipSync(body).toString('utf8');
  } catch {
    // Unreadable: no inline script is vouched for.
  }
  return null;
}

/** What `writeHead(status, [message], [headers])` would have set, set on the response instead. */
function applyHead(res: http.ServerResponse, [status, ...rest]: Head) {
  res.statusCode = status;
  if (typeof rest[0] === 'string') res.statusMessage = rest[0];
  const headers = rest[rest.length - 1];
  if (Array.isArray(headers)) {
    const flat = headers.flat() as unknown[];
    for (let i = 0; i + 1 < flat.length; i += 2)
      res.setHeader(String(flat[i]), String(flat[i + 1]));
  } else if (headers && typeof headers === 'object') {
    for (const [name, value] of Object.entries(headers))
      if (value !== undefined) res.setHeader(name, value);
  }
}

/**
 * For responses Next writes itself (the cache is off, or the request is one it never keeps):
 * an HTML body is held back until it is complete, then sent with the policy its inline scripts
 * need. Any other response streams through untouched. Holding the page costs its streaming
 * (the reader gets it when the render ends); such pages reach the reader whole anyway whenever
 * the cache is on.
 */
export function hashPolicyOnTheWayOut(res: http.ServerResponse): void {
  const original = {
    writeHead: res.writeHead.bind(res) as (...head: Head) => http.ServerResponse,
    flushHeaders: res.flushHeaders.bind(res),
    write: res.write.bind(res),
    end: res.end.bind(res),
  };
  // `undecided` until the first byte (the head may still change); then `stream` (not HTML),
  // or `hold` (HTML, until its end), then `send`.
  let mode: 'undecided' | 'stream' | 'hold' | 'send' = 'undecided';
  let head: Head | null = null;
  const held: Buffer[] = [];
  const passing = () => mode === 'stream' || mode === 'send';

  const decide = () => {
    if (mode !== 'undecided') return;
    if (head) applyHead(res, head);
    head = null;
    const type = res.getHeader('content-type');
    mode = typeof type === 'string' && HTML.test(type) ? 'hold' : 'stream';
  };
  const toBuffer = (chunk: Chunk, encoding: unknown) =>
    typeof chunk === 'string'
      ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
      : Buffer.from(chunk);

  // Compression middleware wrapped around this response calls these too, once per chunk.
  res.writeHead = ((...args: Head) => {
    if (passing()) return original.writeHead(...args);
    head = args;
    return res;
  }) as typeof res.writeHead;
  res.flushHeaders = () => {
    if (passing()) original.flushHeaders();
  };
  res.write = ((chunk: Chunk, encoding?: unknown, callback?: unknown) => {
    decide();
    if (passing()) return original.write(chunk, encoding as BufferEncoding, callback as () => void);
    held.push(toBuffer(chunk, encoding));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') queueMicrotask(() => (done as () => void)());
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    decide();
    if (passing())
      return original.end(chunk as Chunk, encoding as BufferEncoding, callback as () => void);
    let done = [chunk, encoding, callback].find((a) => typeof a === 'function') as
      (() => void) | undefined;
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function')
      held.push(toBuffer(chunk as Chunk, encoding));
    mode = 'send';
    if (head) applyHead(res, head);
    const body = Buffer.concat(held);
    const text = decoded(body, String(res.getHeader('content-encoding') ?? ''));
    res.setHeader(CSP, text === null ? contentSecurityPolicy() : pagePolicy(text));
    done ??= () => {};
    return original.end(body, done);
  }) as typeof res.end;
}
