import { z } from 'zod';
import { fetchImage, isAllowedImageUrl } from '@/lib/images/image-proxy';
import { placeholderPng } from '@/lib/images/placeholder-png';

const querySchema = z.object({
  url: z.string().max(2048),
  name: z.string().max(120).default(''),
});

export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = querySchema.safeParse(params);
  if (!parsed.success) {
    return new Response(
      'url: expected an LL2 image URL (max 2,048 characters); name: text (max 120)',
      {
        status: 400,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      },
    );
  }
  const target = isAllowedImageUrl(parsed.data.url);
  if (!target) {
    return new Response(new Uint8Array(placeholderPng(parsed.data.name)), {
      status: 200,
      headers: {
        'content-type': 'image/png',
        'cache-control': 'public, max-age=86400',
        'x-image-fallback': 'not-allowed',
      },
    });
  }
  const image = await fetchImage(target, parsed.data.name);
  return new Response(image.body instanceof ArrayBuffer ? image.body : new Uint8Array(image.body), {
    headers: {
      'content-type': image.type,
      // A placeholder is kept briefly so the real image shows once the host is reachable again.
      'cache-control': image.fallback ? 'public, max-age=300' : 'public, max-age=604800, immutable',
      'x-content-type-options': 'nosniff',
      ...(image.fallback ? { 'x-image-fallback': 'unreachable' } : {}),
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}
