import { describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import { allowedImageUrl, parseImageHosts } from '@/lib/images/image-hosts';
import { IMAGE_SLOTS, IMAGE_WIDTHS } from '@/lib/images/image-widths';
import {
  PLACEHOLDER_HEIGHT,
  PLACEHOLDER_WIDTH,
  placeholderPng,
} from '@/lib/images/placeholder-png';
import { isAllowedImageUrl, proxiedImageSet, proxiedImageUrl } from '@/lib/images/proxied-url';

const LL2 = 'https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/images/soyuz.jpg';

describe('image proxy', () => {
  it('only fetches from LL2 image hosts by default', () => {
    expect(isAllowedImageUrl(LL2)).not.toBeNull();
    expect(isAllowedImageUrl('https://ll.thespacedevs.com/media/x.png')).not.toBeNull();
    expect(isAllowedImageUrl('https://thespacedevs.com/x.png')).not.toBeNull();
    expect(isAllowedImageUrl('https://evil.example.com/x.png')).toBeNull();
    expect(isAllowedImageUrl('https://thespacedevs.com.evil.com/x.png')).toBeNull();
    expect(isAllowedImageUrl('https://evilthespacedevs.com/x.png')).toBeNull();
    expect(isAllowedImageUrl('javascript:alert(1)')).toBeNull();
    expect(isAllowedImageUrl('http://127.0.0.1/x.png')).toBeNull();
    expect(isAllowedImageUrl(`${LL2.replace('.com/', '.com:8080/')}`)).toBeNull();
    expect(
      isAllowedImageUrl('https://user:pw@thespacedevs-prod.nyc3.digitaloceanspaces.com/x.png'),
    ).toBeNull();
    expect(proxiedImageUrl('https://evil.example.com/x.png', 'x')).toBeNull();
    expect(proxiedImageUrl(LL2, 'Soyuz')).toBe(
      `/api/image?url=${encodeURIComponent(LL2)}&name=Soyuz`,
    );
  });

  it('takes other hosts from IMAGE_HOSTS, a port only when named', () => {
    const rules = parseImageHosts(['127.0.0.1:4100', '*.example.org']);
    expect(allowedImageUrl('http://127.0.0.1:4100/a.jpg', rules)).not.toBeNull();
    expect(allowedImageUrl('http://127.0.0.1:4101/a.jpg', rules)).toBeNull();
    expect(allowedImageUrl('http://127.0.0.1/a.jpg', rules)).toBeNull();
    expect(allowedImageUrl('https://img.example.org/a.jpg', rules)).not.toBeNull();
    expect(allowedImageUrl('https://example.org/a.jpg', rules)).not.toBeNull();
    expect(allowedImageUrl('https://example.org:8443/a.jpg', rules)).toBeNull();
    expect(allowedImageUrl(LL2, rules)).toBeNull();
  });

  it('offers each layout slot only the allowed widths, up to twice its widest box', () => {
    for (const [slot, { widths, fallback, sizes }] of Object.entries(IMAGE_SLOTS)) {
      expect(widths.length, slot).toBeGreaterThan(0);
      expect(
        widths.every((w) => (IMAGE_WIDTHS as readonly number[]).includes(w)),
        slot,
      ).toBe(true);
      expect(widths, slot).toContain(fallback);
      expect(sizes, slot).toMatch(/\d+px\)?$/);
    }
    // A 64px logo box: 64 at 1x, 128 at 2x; a card (at most 608 CSS px): up to 1280.
    expect(IMAGE_SLOTS.logoMd.widths).toEqual([64, 128]);
    expect(IMAGE_SLOTS.card.widths).toEqual([384, 640, 960, 1280]);
    const set = proxiedImageSet(LL2, 'Soyuz', 'card');
    expect(set?.src).toBe(`/api/image?url=${encodeURIComponent(LL2)}&name=Soyuz&w=640`);
    expect(set?.srcSet.split(', ').map((c) => c.split(' ')[1])).toEqual([
      '384w',
      '640w',
      '960w',
      '1280w',
    ]);
    expect(proxiedImageSet('https://evil.example.com/x.png', 'x', 'card')).toBeNull();
  });

  it('draws the placeholder as a valid PNG: a tinted gradient with a faint disc', () => {
    const png = placeholderPng('Crew Dragon Freedom');
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(png.readUInt32BE(16)).toBe(PLACEHOLDER_WIDTH);
    expect(png.readUInt32BE(20)).toBe(PLACEHOLDER_HEIGHT);
    // Every chunk's CRC is what a decoder checks.
    const chunks: { type: string; data: Buffer }[] = [];
    for (let at = 8; at < png.length;) {
      const length = png.readUInt32BE(at);
      const type = png.toString('latin1', at + 4, at + 8);
      const data = png.subarray(at + 8, at + 8 + length);
      expect(png.readUInt32BE(at + 8 + length)).toBe(
        zlib.crc32(png.subarray(at + 4, at + 8 + length)),
      );
      chunks.push({ type, data });
      at += 12 + length;
    }
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    // Undo the "Sub" filter and read pixels back.
    const raw = zlib.inflateSync(chunks[1]!.data);
    const stride = PLACEHOLDER_WIDTH * 3 + 1;
    expect(raw.length).toBe(stride * PLACEHOLDER_HEIGHT);
    const pixel = (x: number, y: number) => {
      const row = raw.subarray(y * stride, (y + 1) * stride);
      expect(row[0]).toBe(1);
      const value = [0, 0, 0];
      for (let i = 0; i <= x; i++)
        for (let c = 0; c < 3; c++) value[c] = (value[c]! + row[1 + i * 3 + c]!) & 0xff;
      return value;
    };
    const brightness = (p: number[]) => p[0]! + p[1]! + p[2]!;
    // The dark end of the gradient at the top left, the light end at the bottom right.
    expect(brightness(pixel(0, 0))).toBeLessThan(
      brightness(pixel(PLACEHOLDER_WIDTH - 1, PLACEHOLDER_HEIGHT - 1)),
    );
    // Inside the disc is a little lighter than the same gradient step outside it.
    const inDisc = pixel(Math.round(PLACEHOLDER_WIDTH * 0.8), Math.round(PLACEHOLDER_HEIGHT * 0.2));
    const outside = pixel(
      Math.round(PLACEHOLDER_WIDTH * 0.8) - 30,
      Math.round(
        PLACEHOLDER_HEIGHT * 0.2 + (30 * (PLACEHOLDER_HEIGHT - 1)) / (PLACEHOLDER_WIDTH - 1),
      ),
    );
    expect(brightness(inDisc)).toBeGreaterThan(brightness(outside));
    // Small, and the same name always gets the same tint.
    expect(png.length).toBeLessThan(2048);
    expect(placeholderPng('Crew Dragon Freedom')).toBe(png);
  });
});
