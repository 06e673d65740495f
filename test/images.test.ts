import { describe, expect, it } from 'vitest';
import { fetchImage, isAllowedImageUrl } from '@/lib/images/image-proxy';
import { initials, placeholderSvg } from '@/lib/images/placeholder-svg';
import { proxiedImageUrl } from '@/lib/images/proxied-url';

const LL2 = 'https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/images/soyuz.jpg';

describe('image proxy', () => {
  it('only fetches from LL2 image hosts', () => {
    expect(isAllowedImageUrl(LL2)).not.toBeNull();
    expect(isAllowedImageUrl('https://evil.example.com/x.png')).toBeNull();
    expect(isAllowedImageUrl('https://thespacedevs.com.evil.com/x.png')).toBeNull();
    expect(isAllowedImageUrl('javascript:alert(1)')).toBeNull();
    expect(isAllowedImageUrl('http://127.0.0.1/x.png')).toBeNull();
    expect(isAllowedImageUrl('https://user:pw@thespacedevs-prod.nyc3.digitaloceanspaces.com/x.png')).toBeNull();
    expect(proxiedImageUrl('https://evil.example.com/x.png', 'x')).toBeNull();
    expect(proxiedImageUrl(LL2, 'Soyuz')).toBe(`/api/image?url=${encodeURIComponent(LL2)}&name=Soyuz`);
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
    expect(answer).toMatchObject({ type: 'image/svg+xml', fallback: true });
    expect(String(answer.body)).toContain('>SP<');
    await fetchImage(new URL('https://thespacedevs-dev.nyc3.digitaloceanspaces.com/media/images/b.png'), 'B', failing, 2000);
    expect(calls).toBe(1);
  });

  it('never passes through SVG or non-images', async () => {
    const svg = (async () => new Response('<svg onload="x"/>', { headers: { 'content-type': 'image/svg+xml' } })) as unknown as typeof fetch;
    const answer = await fetchImage(new URL(`${LL2}?svg`), 'X', svg);
    expect(answer.fallback).toBe(true);
  });

  it('draws initials, escaping text', () => {
    expect(initials('Crew Dragon Freedom')).toBe('CD');
    expect(initials('SpaceX')).toBe('SP');
    expect(placeholderSvg('<b> & "x"')).not.toMatch(/<b>|& "/);
  });
});
