import { z } from 'zod';
import { imageProxy } from '@/lib/images/image-proxy';
import { IMAGE_WIDTHS, isImageWidth } from '@/lib/images/image-widths';

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
  return new Response(new Uint8Array(buffer as ArrayBuffer, byteOffset, length), {
    headers: {
      'content-type': image.type,
      // A placeholder is kept briefly so the real image shows once the host is reachable again.
      'cache-control': image.fallback ? 'public, max-age=300' : 'public, max-age=604800, immutable',
      // The format follows the browser's Accept header, so a shared cache must key on it.
      vary: 'Accept',
      'x-content-type-options': 'nosniff',
      ...(image.fallback ? { 'x-image-fallback': image.fallback } : {}),
    },
  });
}
