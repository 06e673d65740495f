import sharp from 'sharp';

/**
 * Resizing with sharp (libvips): the original decoded once at the nearest size it can shrink to
 * on load, scaled to the width asked for (never up, aspect kept), turned upright from its EXIF
 * orientation and written without metadata in the format the browser takes.
 */

/** `legacy`: JPEG, or PNG when the picture has transparency (logos). */
export type OutputFormat = 'avif' | 'webp' | 'legacy';

/**
 * 50 megapixels is twice the largest LL2 photo we know of; above it a picture is refused before
 * it is decoded (a 30000×30000 PNG of a few hundred bytes would otherwise claim 2.7 GB).
 */
export const MAX_INPUT_PIXELS = 50_000_000;
const ENCODE_TIMEOUT_S = 15;

const ACCEPT_ITEM = /^\s*([^;\s]+)\s*(?:;(.*))?$/;

/** The best format the `Accept` header names outright (`image/*` promises neither AVIF nor WebP). */
export function negotiateFormat(accept: string | null): OutputFormat {
  const accepted = new Set<string>();
  for (const item of (accept ?? '').toLowerCase().split(',')) {
    const [, type, params = ''] = ACCEPT_ITEM.exec(item) ?? [];
    const q = /(?:^|;)\s*q=([\d.]+)/.exec(params)?.[1];
    if (type && (q === undefined || Number(q) > 0)) accepted.add(type);
  }
  if (accepted.has('image/avif')) return 'avif';
  if (accepted.has('image/webp')) return 'webp';
  return 'legacy';
}

const SIGNATURES: [string, (b: Buffer) => boolean][] = [
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['image/png', (b) => b.readUInt32BE(0) === 0x89504e47],
  ['image/gif', (b) => b.toString('latin1', 0, 4) === 'GIF8'],
  [
    'image/webp',
    (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
  ],
  [
    'image/avif',
    (b) => b.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]$/.test(b.toString('latin1', 8, 12)),
  ],
];

/** The raster type the bytes really are, whatever the server claimed, or null. */
export function sniffImageType(bytes: Buffer): string | null {
  if (bytes.length < 12) return null;
  return SIGNATURES.find(([, test]) => test(bytes))?.[0] ?? null;
}

export type SourceCheck = { ok: true } | { ok: false; reason: 'not-an-image' | 'too-large' };

/**
 * Reads only the header: the declared size is checked before anything is decoded, so a
 * decompression bomb costs microseconds. `limitInputPixels` below is the second line.
 */
export async function checkSource(bytes: Buffer): Promise<SourceCheck> {
  if (!sniffImageType(bytes)) return { ok: false, reason: 'not-an-image' };
  try {
    const { width, height } = await sharp(bytes, { limitInputPixels: false }).metadata();
    if (!width || !height) return { ok: false, reason: 'not-an-image' };
    return width * height > MAX_INPUT_PIXELS ? { ok: false, reason: 'too-large' } : { ok: true };
  } catch {
    return { ok: false, reason: 'not-an-image' };
  }
}

/** A variant of a checked original; rejects when libvips cannot decode it. */
export async function renderVariant(
  source: Buffer,
  width: number,
  format: OutputFormat,
): Promise<Buffer> {
  const image = sharp(source, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
    .rotate()
    .resize({ width, withoutEnlargement: true })
    .timeout({ seconds: ENCODE_TIMEOUT_S });
  if (format === 'avif') return image.avif({ quality: 50, effort: 1 }).toBuffer();
  if (format === 'webp') return image.webp({ quality: 75 }).toBuffer();
  const { hasAlpha } = await sharp(source, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  return hasAlpha
    ? image.png({ palette: true, quality: 90, compressionLevel: 9 }).toBuffer()
    : image.jpeg({ quality: 75, mozjpeg: true }).toBuffer();
}
