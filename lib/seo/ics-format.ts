/**
 * RFC 5545 content-line primitives: TEXT escaping, UTC/DATE values and 75-octet folding.
 */

export const CRLF = '\r\n';
const MAX_OCTETS = 75;

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. Control
 * characters other than tab are not allowed in content lines, and lone surrogates cannot be
 * encoded as UTF-8, so both are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]|[\uD800-\uDFFF]/gu, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line so no physical line exceeds 75 octets (RFC 5545 §3.1). The limit is in
 * UTF-8 octets, not characters, and a fold never lands inside a multi-byte character: we walk
 * code points and break before the one that would overflow. Continuation lines start with a
 * space, which counts towards their 75.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Octets(ch.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `20240928`, the DATE value of the UTC day. */
export function formatIcsDate(at: Date): string {
  return `${at.getUTCFullYear()}${pad2(at.getUTCMonth() + 1)}${pad2(at.getUTCDate())}`;
}

/** `20240928T141700Z`, a UTC DATE-TIME value. */
export function formatIcsDateTime(at: Date): string {
  return `${formatIcsDate(at)}T${pad2(at.getUTCHours())}${pad2(at.getUTCMinutes())}${pad2(
    at.getUTCSeconds(),
  )}Z`;
}

/** One unfolded content line `NAME;PARAM=V:value`; the caller escapes TEXT values. */
export function contentLine(name: string, value: string, params: string[] = []): string {
  return [name, ...params].join(';') + ':' + value;
}
