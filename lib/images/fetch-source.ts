/**
 * Downloads an original image within bounds: allowed hosts only (each redirect hop too), a
 * deadline for the whole download, and a byte cap enforced while streaming, so a huge or endless
 * response is cut off instead of filling memory.
 */

export type SourceFailure = 'unreachable' | 'not-an-image' | 'too-large';

export type SourceResult = { ok: true; body: Buffer } | { ok: false; reason: SourceFailure };

export interface FetchLimits {
  allowed: (url: string) => URL | null;
  timeoutMs: number;
  maxBytes: number;
  fetcher?: typeof fetch;
}

const MAX_REDIRECTS = 3;
// SVG can carry script and is a document, not a picture: raster types only.
const RASTER_TYPE = /^image\/(?:jpeg|pjpeg|png|gif|webp|avif)\b/i;

async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number) {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks, total);
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
}

/**
 * A network failure or timeout is `unreachable`; an answer that is not a raster image (an error
 * page, HTML, SVG, a 404) is `not-an-image`; one past the cap is `too-large`.
 */
export async function fetchSource(url: URL, limits: FetchLimits): Promise<SourceResult> {
  const { allowed, timeoutMs, maxBytes, fetcher = fetch } = limits;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    let target = url;
    for (let hop = 0; ; hop++) {
      const response = await fetcher(target, { signal, redirect: 'manual' });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        const next =
          hop < MAX_REDIRECTS && URL.canParse(location, target)
            ? allowed(new URL(location, target).toString())
            : null;
        if (!next) return { ok: false, reason: 'not-an-image' };
        target = next;
        continue;
      }
      const type = response.headers.get('content-type') ?? '';
      if (!response.ok || !RASTER_TYPE.test(type) || !response.body) {
        await response.body?.cancel();
        return { ok: false, reason: 'not-an-image' };
      }
      if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
        await response.body.cancel();
        return { ok: false, reason: 'too-large' };
      }
      const body = await readCapped(response.body, maxBytes);
      return body ? { ok: true, body } : { ok: false, reason: 'too-large' };
    }
  } catch {
    return { ok: false, reason: 'unreachable' };
  }
}
