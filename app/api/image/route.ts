import { createHash } from 'node:crypto';
import { z } from 'zod';
import { imageProxy } from '@/lib/images/image-proxy';
import { IMAGE_WIDTHS, isImageWidth } from '@/lib/images/image-widths';
import { matchesEtag } from '@/lib/page-cache/page-cache';

const WIDTHS = IMAGE_WIDTHS.join(', ');

const querySchema = z.object({
  url: z.string().max(2048),
  name: z.string().max(120).default(''),
  // Only the layout's widths, so the disk cache cannot be filled with arbitrary sizes.
  w: z.coerce
    .number()
    .refine(isImageWidth)
    .default(IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]!),
});

const MESSAGE = `url: expected an LL2 image URL (max 2,048 characters); name: text (max 120); w: one of ${WIDTHS}`;

export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = querySchema.safeParse(params);
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
    return new Response(`Invalid ${names.join(', ')}. ${MESSAGE}`, {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const { url, name, w } = parsed.data;
  const image = await imageProxy().get(url, name, w, request.headers.get('accept'));
  const { buffer, byteOffset, length } = image.body;
  // The bytes name themselves: a different format or a placeholder is a different tag.
  const etag = `"${createHash('sha1').update(image.body).digest('base64url')}"`;
  const headers = {
    'content-type': image.type,
    // A placeholder is kept briefly so the real image shows once the host is reachable again.
    'cache-control': image.fallback
      ? 'public, max-age=300, s-maxage=300, stale-while-revalidate=3600'
      : 'public, max-age=604800, s-maxage=604800, stale-while-revalidate=86400, immutable',
    // The format follows the browser's Accept header, so a shared cache must key on it.
    vary: 'Accept',
    etag,
    'x-content-type-options': 'nosniff',
    ...(image.fallback ? { 'x-image-fallback': image.fallback } : {}),
  };
  if (matchesEtag(request.headers.get('if-none-match') ?? undefined, etag))
    return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(buffer as ArrayBuffer, byteOffset, length), { headers });
}
