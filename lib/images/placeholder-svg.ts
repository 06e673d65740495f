/**
 * A designed stand-in for an image that cannot be shown: the initials (or a mark) on a tint
 * derived from the name, as SVG text so it scales to any box and costs no request.
 */

const TINTS = [
  ['#1e3a8a', '#3b82f6'],
  ['#134e4a', '#14b8a6'],
  ['#4c1d95', '#8b5cf6'],
  ['#7c2d12', '#f97316'],
  ['#1f2937', '#64748b'],
  ['#831843', '#ec4899'],
  ['#14532d', '#22c55e'],
  ['#713f12', '#eab308'],
] as const;

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function initials(name: string): string {
  const words = name
    .replace(/\[[^\]]*\]/g, ' ')
    .split(/[\s|/()–—-]+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return '·';
  if (words.length === 1) return [...words[0]!].slice(0, 2).join('').toUpperCase();
  return words
    .slice(0, 2)
    .map((w) => [...w][0])
    .join('')
    .toUpperCase();
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function placeholderSvg(name: string): string {
  const [from, to] = TINTS[hash(name) % TINTS.length]!;
  const text = escapeXml(initials(name));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90" viewBox="0 0 160 90" preserveAspectRatio="xMidYMid slice"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs><rect width="160" height="90" fill="url(#g)"/><circle cx="128" cy="18" r="40" fill="#fff" fill-opacity=".07"/><text x="80" y="45" dy=".35em" text-anchor="middle" font-family="system-ui,sans-serif" font-size="30" font-weight="600" fill="#fff" fill-opacity=".92">${text}</text></svg>`;
}
