import { describe, expect, it } from 'vitest';
import { fetchImage, isAllowedImageUrl } from '@/lib/images/image-proxy';
import zlib from 'node:zlib';
import {
  PLACEHOLDER_HEIGHT,
  PLACEHOLDER_WIDTH,
  placeholderPng,
} from '@/lib/images/placeholder-png';
import { proxiedImageUrl } from '@/lib/images/proxied-url';

const LL2 = 'https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/images/soyuz.jpg';

describe('image proxy', () => {
  it('only fetches from LL2 image hosts', () => {
    expect(isAllowedImageUrl(LL2)).not.toBeNull();
    expect(isAllowedImageUrl('https://evil.example.com/x.png')).toBeNull();
    expect(isAllowedImageUrl('https://thespacedevs.com.evil.com/x.png')).toBeNull();
    expect(isAllowedImageUrl('javascript:alert(1)')).toBeNull();
    expect(isAllowedImageUrl('http://127.0.0.1/x.png')).toBeNull();
    expect(
      isAllowedImageUrl('https://user:pw@thespacedevs-prod.nyc3.digitaloceanspaces.com/x.png'),
    ).toBeNull();
    expect(proxiedImageUrl('https://evil.example.com/x.png', 'x')).toBeNull();
    expect(proxiedImageUrl(LL2, 'Soyuz')).toBe(
      `/api/image?url=${encodeURIComponent(LL2)}&name=Soyuz`,
    );
  });

  it('passes raster images through and caches them', async () => {
    let calls = 0;
    const fetcher = (async () => {
      calls += 1;
      return new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'image/jpeg' } });
    }) as unknown as typeof fetch;
    const url = new URL(`${LL2}?a=1`);
    const first = await fetchImage(url, 'Soyuz', fetcher);
    const second = await fetchImage(url, 'Soyuz', fetcher);
    expect(first).toMatchObject({ type: 'image/jpeg', fallback: false });
    expect(second.fallback).toBe(false);
    expect(calls).toBe(1);
  });

  it('answers a placeholder when the host fails, and stops asking it for a while', async () => {
    let calls = 0;
    const failing = (async () => {
      calls += 1;
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    const url = new URL('https://thespacedevs-dev.nyc3.digitaloceanspaces.com/media/images/a.png');
    const answer = await fetchImage(url, 'SpaceX', failing, 1000);
    expect(answer).toMatchObject({ type: 'image/png', fallback: true });
    expect(Buffer.from(answer.body as Uint8Array).equals(placeholderPng('SpaceX'))).toBe(true);
    await fetchImage(
      new URL('https://thespacedevs-dev.nyc3.digitaloceanspaces.com/media/images/b.png'),
      'B',
      failing,
      2000,
    );
    expect(calls).toBe(1);
  });

  it('never passes through SVG or non-images', async () => {
    const svg = (async () =>
      new Response('<svg onload="x"/>', {
        headers: { 'content-type': 'image/svg+xml' },
      })) as unknown as typeof fetch;
    const answer = await fetchImage(new URL(`${LL2}?svg`), 'X', svg);
    expect(answer.fallback).toBe(true);
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
