import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImageProxy, type ImageProxyOptions } from '@/lib/images/image-proxy';
import { IMAGE_SLOTS, IMAGE_WIDTHS } from '@/lib/images/image-widths';
import { placeholderPng } from '@/lib/images/placeholder-png';
import { checkSource, negotiateFormat, renderVariant } from '@/lib/images/render-variant';
import {
  noisyPhoto,
  startImageHost,
  transparentLogo,
  type LocalImageHost,
} from './local-image-host';

const CHROME_ACCEPT = 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8';
const SAFARI_15_ACCEPT = 'image/webp,image/png,image/svg+xml,image/*;q=0.8,video/*;q=0.8,*/*;q=0.5';
const OLD_ACCEPT = 'image/png,image/*;q=0.8,*/*;q=0.5';

let host: LocalImageHost;
let photo: Buffer;
const dirs: string[] = [];

function proxy(options: Partial<ImageProxyOptions> = {}) {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbit-images-'));
  dirs.push(cacheDir);
  return createImageProxy({
    hosts: [new URL(host.origin).host],
    cacheDir,
    cacheBytes: 64 * 1024 * 1024,
    maxDownloadBytes: 8 * 1024 * 1024,
    timeoutMs: 2000,
    ...options,
  });
}

const at = (file: string) => `${host.origin}/${file}`;

beforeAll(async () => {
  photo = await noisyPhoto();
  host = await startImageHost({ photo, logo: await transparentLogo() });
}, 60_000);

afterAll(async () => {
  await host.close();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('image proxy: variants', () => {
  it('serves a card-width variant of a 5 MB photo in at most 60 kB, in every format', async () => {
    expect(photo.length).toBeGreaterThan(1024 * 1024);
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const images = proxy();
    const width = IMAGE_SLOTS.card.fallback;
    for (const [accept, type] of [
      [CHROME_ACCEPT, 'image/avif'],
      [SAFARI_15_ACCEPT, 'image/webp'],
      [OLD_ACCEPT, 'image/jpeg'],
    ] as const) {
      const answer = await images.get(at('photo.jpg'), 'Photo', width, accept);
      expect(answer.fallback).toBeNull();
      expect(answer.type).toBe(type);
      expect(answer.body.length).toBeLessThanOrEqual(60 * 1024);
      const meta = await sharp(answer.body).metadata();
      // Aspect kept (4:3), and the photographer's EXIF block is not passed on.
      expect([meta.width, meta.height]).toEqual([width, (width * 3) / 4]);
      expect(meta.exif).toBeUndefined();
    }
  });

  it('never enlarges, and keeps transparency for browsers without AVIF or WebP', async () => {
    const answer = await proxy().get(at('logo.png'), 'Logo', 640, OLD_ACCEPT);
    expect(answer.type).toBe('image/png');
    const meta = await sharp(answer.body).metadata();
    expect([meta.width, meta.height, meta.hasAlpha]).toEqual([200, 100, true]);
  });

  it('chooses the format from Accept: AVIF, then WebP, then the original kind', () => {
    expect(negotiateFormat(CHROME_ACCEPT)).toBe('avif');
    expect(negotiateFormat(SAFARI_15_ACCEPT)).toBe('webp');
    expect(negotiateFormat(OLD_ACCEPT)).toBe('legacy');
    expect(negotiateFormat('image/avif;q=0, image/webp')).toBe('webp');
    expect(negotiateFormat('*/*')).toBe('legacy');
    expect(negotiateFormat(null)).toBe('legacy');
  });
});

describe('image proxy: hostile answers get the placeholder', () => {
  const placeholder = placeholderPng('Hostile');

  it.each([
    ['page.html', 'not-an-image'],
    ['lying.png', 'not-an-image'],
    ['missing.jpg', 'not-an-image'],
    ['declared-huge.jpg', 'too-large'],
    ['bomb.png', 'too-large'],
    ['redirect-out', 'not-an-image'],
    ['redirect-bad', 'not-an-image'],
  ])('%s → placeholder (%s)', async (file, reason) => {
    const answer = await proxy().get(at(file), 'Hostile', 640, CHROME_ACCEPT);
    expect(answer).toMatchObject({ type: 'image/png', fallback: reason });
    expect(answer.body.equals(placeholder)).toBe(true);
  });

  it('cuts off a body that never ends once it passes the cap', async () => {
    const cap = 2 * 1024 * 1024;
    const started = performance.now();
    const answer = await proxy({ maxDownloadBytes: cap }).get(at('endless.jpg'), 'X', 640, null);
    expect(answer.fallback).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(2000);
    // The server stops once the proxy hangs up: socket buffers aside, far from its gigabyte.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(host.endlessBytesSent()).toBeLessThan(cap + 8 * 1024 * 1024);
  });

  it('refuses a decompression bomb from its header, in milliseconds', async () => {
    const { pngBomb } = await import('./local-image-host');
    const started = performance.now();
    expect(await checkSource(pngBomb())).toEqual({ ok: false, reason: 'too-large' });
    expect(performance.now() - started).toBeLessThan(100);
    // And sharp's own pixel limit holds should anything reach the resize unchecked.
    await expect(renderVariant(pngBomb(), 640, 'webp')).rejects.toThrow(/pixel limit/i);
  });

  it('does not ask again for an original it refused, until ten minutes have passed', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const images = proxy({ now: () => now });
    const hits = () => host.hits.get('/page.html') ?? 0;
    const before = hits();
    expect((await images.get(at('page.html'), 'X', 640, null)).fallback).toBe('not-an-image');
    now += 10 * 60 * 1000 - 1;
    expect((await images.get(at('page.html'), 'X', 640, null)).fallback).toBe('not-an-image');
    expect(hits() - before).toBe(1);
    now += 2;
    expect((await images.get(at('page.html'), 'X', 640, null)).fallback).toBe('not-an-image');
    expect(hits() - before).toBe(2);
  });

  it('gives up on a silent host at the timeout and leaves it alone for a while', async () => {
    const images = proxy({ timeoutMs: 300 });
    const started = performance.now();
    expect((await images.get(at('slow.jpg'), 'X', 640, null)).fallback).toBe('unreachable');
    expect(performance.now() - started).toBeLessThan(1500);
    const before = host.hits.get('/photo.jpg') ?? 0;
    expect((await images.get(at('photo.jpg'), 'X', 640, null)).fallback).toBe('unreachable');
    expect(host.hits.get('/photo.jpg') ?? 0).toBe(before);
  });

  it('fetches only from allowed hosts, and follows redirects only within them', async () => {
    const images = proxy();
    expect((await images.get('http://127.0.0.2:9/a.jpg', 'X', 640, null)).fallback).toBe(
      'not-allowed',
    );
    expect((await images.get(at('redirect-in'), 'X', 64, null)).fallback).toBeNull();
  });
});

describe('image proxy: caching', () => {
  it('fetches and resizes once for concurrent requests of one variant', async () => {
    const images = proxy();
    const before = host.hits.get('/photo.jpg') ?? 0;
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => images.get(at('photo.jpg'), 'X', 384, CHROME_ACCEPT)),
    );
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    // Other widths come from the stored original, not another download.
    await images.get(at('photo.jpg'), 'X', 128, CHROME_ACCEPT);
    expect((host.hits.get('/photo.jpg') ?? 0) - before).toBe(1);
  });

  it('answers from disk after a restart, without asking the host', async () => {
    const first = proxy();
    const original = await first.get(at('photo.jpg'), 'X', 256, OLD_ACCEPT);
    const before = host.hits.get('/photo.jpg') ?? 0;
    const restarted = createImageProxy({
      hosts: [new URL(host.origin).host],
      cacheDir: first.cache.dir,
      cacheBytes: first.cache.maxBytes,
      maxDownloadBytes: 1,
      timeoutMs: 1,
    });
    const again = await restarted.get(at('photo.jpg'), 'X', 256, OLD_ACCEPT);
    expect(again.body.equals(original.body)).toBe(true);
    expect(host.hits.get('/photo.jpg') ?? 0).toBe(before);
    expect(fs.readdirSync(first.cache.dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('keeps the disk cache under its cap, evicting the least recently used', async () => {
    const cap = 200 * 1024;
    const images = proxy({ cacheBytes: cap });
    const sizeOnDisk = () =>
      fs
        .readdirSync(images.cache.dir)
        .reduce((sum, f) => sum + fs.statSync(path.join(images.cache.dir, f)).size, 0);
    // The 5.5 MB original is over the cap, so it is not kept; every variant is.
    const first = await images.get(at('logo.png'), 'X', 64, CHROME_ACCEPT);
    for (const width of IMAGE_WIDTHS) {
      for (const accept of [CHROME_ACCEPT, SAFARI_15_ACCEPT, OLD_ACCEPT]) {
        await images.get(at('photo.jpg'), 'X', width, accept);
        // Reading the logo keeps it the most recently used.
        await images.get(at('logo.png'), 'X', 64, CHROME_ACCEPT);
        expect(sizeOnDisk()).toBeLessThanOrEqual(cap);
      }
    }
    expect(images.cache.bytes).toBe(sizeOnDisk());
    const hits = host.hits.get('/logo.png');
    const last = await images.get(at('logo.png'), 'X', 64, CHROME_ACCEPT);
    expect(last.body.equals(first.body)).toBe(true);
    expect(host.hits.get('/logo.png')).toBe(hits);
  }, 60_000);
});
