/**
 * A local stand-in for LL2's image host (127.0.0.1, a random port), serving a realistic photo
 * and the hostile answers the image proxy must survive. Shared by the tests and
 * `scripts/bench-images.ts`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import sharp from 'sharp';
import { pngChunk } from '@/lib/images/placeholder-png';

/**
 * A 4000×3000 JPEG: gradients and a checker of 256px squares under per-pixel noise, which keeps
 * it as large as a camera photo (about 5.5 MB at quality 90).
 */
export async function noisyPhoto(width = 4000, height = 3000): Promise<Buffer> {
  const raw = new Uint8ClampedArray(width * height * 3);
  let state = 0x9e3779b9;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      const noise = (state & 63) - 32;
      const band = ((x >> 8) + (y >> 8)) & 1 ? 30 : 0;
      const i = (y * width + x) * 3;
      raw[i] = 40 + (150 * y) / height + noise;
      raw[i + 1] = 60 + (120 * x) / width + band + noise;
      raw[i + 2] = 200 - (120 * x) / width + noise;
    }
  }
  return (
    sharp(Buffer.from(raw.buffer), { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 90 })
      // An EXIF block the variants must not carry on.
      .withExif({ IFD0: { Copyright: 'Test photographer', Software: 'orbit-index test' } })
      .toBuffer()
  );
}

/** A logo: transparent background, 200×100. */
export function transparentLogo(): Promise<Buffer> {
  return sharp({
    create: { width: 200, height: 100, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
  })
    .composite([
      {
        input: { create: { width: 120, height: 60, channels: 4, background: '#1d4ed8' } },
        top: 20,
        left: 40,
      },
    ])
    .png()
    .toBuffer();
}

/**
 * A decompression bomb: a PNG of a few hundred bytes whose header declares `side`×`side` RGB
 * pixels (30000² is 2.7 GB decoded), its data the first rows of zeros.
 */
export function pngBomb(side = 30000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(Buffer.alloc((side * 3 + 1) * 4))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export interface LocalImageHost {
  origin: string;
  /** Requests seen per path. */
  hits: Map<string, number>;
  /** Bytes of `/endless.jpg` written before the client hung up. */
  endlessBytesSent: () => number;
  close: () => Promise<void>;
}

export interface HostFiles {
  photo: Buffer;
  logo: Buffer;
}

/**
 * Paths: `/photo.jpg`, `/logo.png`, `/bomb.png`, `/page.html` (text/html), `/lying.png` (HTML
 * sent as image/png), `/declared-huge.jpg` (Content-Length past any cap), `/endless.jpg` (an
 * image/jpeg body that never ends, no length), `/slow.jpg` (never answers), `/redirect-in`
 * (to `/photo.jpg`), `/redirect-out` (to another host), `/redirect-bad` (to no URL at all).
 */
export async function startImageHost({ photo, logo }: HostFiles): Promise<LocalImageHost> {
  const hits = new Map<string, number>();
  let endlessSent = 0;
  const chunk = Buffer.alloc(64 * 1024, 0xab);
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const send = (type: string, body: Buffer | string) => {
      res.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
      res.end(body);
    };
    switch (path) {
      case '/photo.jpg':
        return send('image/jpeg', photo);
      case '/logo.png':
        return send('image/png', logo);
      case '/bomb.png':
        return send('image/png', pngBomb());
      case '/page.html':
        return send('text/html; charset=utf-8', '<!doctype html><title>Not found</title>');
      case '/lying.png':
        return send('image/png', '<!doctype html><svg onload="alert(1)"></svg>');
      case '/declared-huge.jpg':
        res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': 1 << 30 });
        return res.write(Buffer.from([0xff, 0xd8, 0xff]));
      case '/endless.jpg': {
        res.writeHead(200, { 'content-type': 'image/jpeg' });
        const pump = () => {
          while (!res.destroyed && endlessSent < 1 << 30) {
            endlessSent += chunk.length;
            if (!res.write(chunk)) return res.once('drain', pump);
          }
        };
        res.on('close', () => res.removeAllListeners('drain'));
        return pump();
      }
      case '/slow.jpg':
        return; // never answers
      case '/redirect-in':
        res.writeHead(302, { location: '/photo.jpg' });
        return res.end();
      case '/redirect-bad':
        res.writeHead(302, { location: 'http://[not-a-host/photo.jpg' });
        return res.end();
      case '/redirect-out':
        res.writeHead(302, { location: 'http://example.invalid/photo.jpg' });
        return res.end();
      default:
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    endlessBytesSent: () => endlessSent,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
