import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { APP_ICONS } from '@/lib/seo/app-icons';
import { BRAND } from '@/lib/seo/site';
import { renderAppIcon } from '@/components/og/app-icon';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const read = (src: string) => fs.readFileSync(path.join('public', src));

/** Size, colour type and the top-left pixel of a PNG (8-bit RGB or RGBA). */
function decodeCorner(bytes: Buffer) {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  const colourType = bytes[25]!;
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT')
      idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  // Row 0's first pixel has no left or upper neighbour, so every filter type leaves it as is.
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const [r, g, b] = [raw[1]!, raw[2]!, raw[3]!];
  return {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    corner: { r, g, b, alpha: colourType === 6 ? raw[4]! : 255 },
  };
}

const hex = ({ r, g, b }: { r: number; g: number; b: number }) =>
  `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

describe('app icons', () => {
  test.each(APP_ICONS)('$src is a $size px PNG in public/', (icon) => {
    const png = decodeCorner(read(icon.src));
    expect([png.width, png.height]).toEqual([icon.size, icon.size]);
  });

  test.each(APP_ICONS)(
    '$src is what public/icon.svg renders to (`npm run icons`)',
    async (icon) => {
      expect((await renderAppIcon(icon)).equals(read(icon.src))).toBe(true);
    },
  );

  test('padded icons fill their square; unpadded ones keep the rounded corners', () => {
    // Platforms crop maskable icons to their own shape, and iOS paints transparency black.
    for (const icon of APP_ICONS) {
      const { corner } = decodeCorner(read(icon.src));
      if (icon.padding > 0) {
        expect(corner.alpha, icon.src).toBe(255);
        expect(hex(corner), icon.src).toBe(BRAND.surface);
      } else {
        expect(corner.alpha, icon.src).toBe(0);
      }
    }
  });
});
