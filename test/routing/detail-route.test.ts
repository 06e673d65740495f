import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resources } from '@/lib/resources';

const findRecord = vi.fn();

vi.mock('@/lib/data', () => ({
  findRecord: (...args: unknown[]) => findRecord(...args),
  resourceDef: (key: keyof typeof resources) => resources[key],
}));
vi.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('NOT_FOUND');
  },
  permanentRedirect: (path: string) => {
    throw new Error(`REDIRECT ${path}`);
  },
}));

const { requireDetail } = await import('@/lib/routing/detail-route');
const { detailMetadata } = await import('@/lib/routing/detail-metadata');

const spacex = { id: 121, name: 'SpaceX', abbrev: 'SpX' };

describe('requireDetail', () => {
  beforeEach(() => findRecord.mockReset());

  it('returns the record and its canonical path for the canonical segment', async () => {
    findRecord.mockResolvedValue({ record: spacex, canonical: '121-spx' });
    await expect(requireDetail('agencies', '121-spx')).resolves.toEqual({
      record: spacex,
      path: '/agencies/121-spx',
      stale: undefined,
    });
    expect(findRecord).toHaveBeenCalledWith('agencies', '121-spx');
  });

  it('redirects (308) a bare id or an old slug to the canonical path', async () => {
    findRecord.mockResolvedValue({ record: spacex, canonical: '121-spx' });
    await expect(requireDetail('agencies', '121')).rejects.toThrow('REDIRECT /agencies/121-spx');
    await expect(requireDetail('agencies', '121-spacex')).rejects.toThrow(
      'REDIRECT /agencies/121-spx',
    );
  });

  it('redirects a launch UUID to its slug, and accepts a percent-encoded canonical segment', async () => {
    findRecord.mockResolvedValue({
      record: { id: 'cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d' },
      canonical: 'soyuz-ms-26',
    });
    await expect(requireDetail('launches', 'cb26e9e5-0d72-44e8-b1e3-5ec5e3b44e9d')).rejects.toThrow(
      'REDIRECT /launches/soyuz-ms-26',
    );
    await expect(requireDetail('launches', 'soyuz%2Dms%2D26')).resolves.toMatchObject({
      path: '/launches/soyuz-ms-26',
    });
  });

  it('answers 404 for an unknown record', async () => {
    findRecord.mockResolvedValue({ record: null, canonical: null });
    await expect(requireDetail('agencies', '999999')).rejects.toThrow('NOT_FOUND');
  });
});

describe('detailMetadata', () => {
  it('sets the canonical URL, Open Graph and Twitter card, leaving the image to opengraph-image.tsx', () => {
    const meta = detailMetadata({
      title: 'SpaceX',
      description: 'A launch provider.',
      path: '/agencies/121-spx',
      image: { image_url: 'javascript:alert(1)' },
    });
    expect(meta.title).toBe('SpaceX');
    expect(meta.description).toBe('A launch provider.');
    expect(meta.alternates?.canonical).toBe('/agencies/121-spx');
    expect(meta.openGraph).toMatchObject({
      title: 'SpaceX',
      description: 'A launch provider.',
      url: '/agencies/121-spx',
    });
    expect(meta.openGraph && 'images' in meta.openGraph).toBe(false);
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', title: 'SpaceX' });
  });

  it('drops the site name from a title that would not fit in 70 characters', () => {
    const title = 'Docking: Crew Dragon Freedom → International Space Station';
    expect(detailMetadata({ title, description: '', path: '/docking-events/611' }).title).toEqual({
      absolute: title,
    });
  });
});
