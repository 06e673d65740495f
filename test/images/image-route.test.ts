import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGE_WIDTHS } from '@/lib/images/image-widths';
import {
  noisyPhoto,
  startImageHost,
  transparentLogo,
  type LocalImageHost,
} from './local-image-host';

let host: LocalImageHost;
let cacheDir: string;
let GET: (request: Request) => Promise<Response>;

const image = (
  file: string,
  extra: Record<string, string> = {},
  accept = 'image/avif,image/webp,*/*',
) =>
  GET(
    new Request(
      `http://localhost/api/image?${new URLSearchParams({ url: `${host.origin}/${file}`, name: 'Falcon 9', ...extra })}`,
      { headers: { accept } },
    ),
  );

beforeAll(async () => {
  host = await startImageHost({
    photo: await noisyPhoto(1600, 1200),
    logo: await transparentLogo(),
  });
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbit-image-route-'));
  // The route's proxy reads these when first used; the allow-list is what makes the local host reachable.
  process.env.IMAGE_HOSTS = new URL(host.origin).host;
  process.env.IMAGE_CACHE_DIR = cacheDir;
  process.env.IMAGE_MAX_MB = '2';
  ({ GET } = await import('@/app/api/image/route'));
}, 60_000);

afterAll(async () => {
  await host.close();
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

describe('GET /api/image', () => {
  it('answers an allowed width in the negotiated format, varying on Accept', async () => {
    const avif = await image('photo.jpg', { w: '384' });
    expect(avif.status).toBe(200);
    expect(avif.headers.get('content-type')).toBe('image/avif');
    expect(avif.headers.get('vary')).toBe('Accept');
    expect(avif.headers.get('cache-control')).toContain('immutable');
    expect(avif.headers.get('cache-control')).toContain('s-maxage=604800');
    const etag = avif.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await image('photo.jpg', { w: '384' })).headers.get('etag')).toBe(etag);
    expect(avif.headers.get('x-content-type-options')).toBe('nosniff');
    expect(avif.headers.get('x-image-fallback')).toBeNull();
    const jpeg = await image('photo.jpg', { w: '384' }, 'image/png,image/*;q=0.8');
    expect(jpeg.headers.get('content-type')).toBe('image/jpeg');
    // Another format, another tag: a cache holding the AVIF cannot revalidate the JPEG with it.
    expect(jpeg.headers.get('etag')).not.toBe(etag);
    expect((await jpeg.arrayBuffer()).byteLength).toBeLessThan(60 * 1024);
  });

  it('refuses widths the layout does not use, naming the parameter', async () => {
    for (const w of ['500', '0', '-64', '64.5', 'huge', '100000']) {
      const response = await image('photo.jpg', { w });
      expect(response.status, w).toBe(400);
      expect(await response.text(), w).toMatch(
        new RegExp(`^Invalid w\\. .*w: one of ${IMAGE_WIDTHS.join(', ')}`),
      );
    }
  });

  it('answers the placeholder with 200, never an error, for anything that is not a usable image', async () => {
    for (const [file, reason] of [
      ['page.html', 'not-an-image'],
      ['declared-huge.jpg', 'too-large'],
      ['endless.jpg', 'too-large'],
      ['bomb.png', 'too-large'],
    ]) {
      const response = await image(file!, { w: '640' });
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe('image/png');
      expect(response.headers.get('x-image-fallback'), file).toBe(reason);
      expect(response.headers.get('cache-control'), file).toBe(
        'public, max-age=300, s-maxage=300, stale-while-revalidate=3600',
      );
    }
    const elsewhere = await GET(
      new Request(
        `http://localhost/api/image?url=${encodeURIComponent('https://evil.example.com/a.png')}`,
      ),
    );
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.headers.get('x-image-fallback')).toBe('not-allowed');
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const first = await image('logo.png', { w: '128' });
    const etag = first.headers.get('etag')!;
    const params = new URLSearchParams({
      url: `${host.origin}/logo.png`,
      name: 'Falcon 9',
      w: '128',
    });
    const again = await GET(
      new Request(`http://localhost/api/image?${params}`, {
        headers: { accept: 'image/avif,image/webp,*/*', 'if-none-match': etag },
      }),
    );
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
  });
});
