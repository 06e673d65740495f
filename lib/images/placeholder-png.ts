import zlib from 'node:zlib';
import { tintIndex } from '@/lib/format/images';

/**
 * The image the proxy answers when an LL2 image cannot be shown: a diagonal gradient in a tint
 * derived from the name, with a faint disc, as a small PNG. A raster and not SVG: the browser
 * decodes a PNG off the main thread, while every SVG image is a document of its own whose
 * layout and paint (text above all) run on the main thread, 10-25 ms for the first on a page.
 * The page's own placeholder (initials or an icon) is for images that have no URL at all.
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

/** 16:9; a smooth gradient scales up without visible steps. */
export const PLACEHOLDER_WIDTH = 96;
export const PLACEHOLDER_HEIGHT = 54;
const DISC = { x: 0.8, y: 0.2, radius: 0.44, opacity: 0.07 } as const;

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** One PNG chunk: length, type, data and the CRC a decoder checks. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

function drawPng([from, to]: readonly [string, string]): Buffer {
  const [a, b] = [rgb(from), rgb(to)];
  const w = PLACEHOLDER_WIDTH;
  const h = PLACEHOLDER_HEIGHT;
  const radius = DISC.radius * h;
  // Each row: PNG filter type 1 ("Sub", the difference from the pixel to the left), which
  // turns a gradient into near-constant bytes that deflate to almost nothing.
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    const row = y * (w * 3 + 1);
    raw[row] = 1;
    const previous = [0, 0, 0];
    for (let x = 0; x < w; x++) {
      const t = (x / (w - 1) + y / (h - 1)) / 2;
      const distance = Math.hypot(x + 0.5 - DISC.x * w, y + 0.5 - DISC.y * h);
      const cover = Math.min(1, Math.max(0, radius - distance + 0.5)) * DISC.opacity;
      for (let c = 0; c < 3; c++) {
        const base = a[c]! + (b[c]! - a[c]!) * t;
        const value = Math.round(base + (255 - base) * cover);
        raw[row + 1 + x * 3 + c] = (value - previous[c]! + 256) & 0xff;
        previous[c] = value;
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, filtered rows, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const drawn = new Map<number, Buffer>();

/** The placeholder PNG for a name (one of eight tints, each drawn once per process). */
export function placeholderPng(name: string): Buffer {
  const tint = tintIndex(name, TINTS.length);
  let png = drawn.get(tint);
  if (!png) {
    png = drawPng(TINTS[tint]!);
    drawn.set(tint, png);
  }
  return png;
}
