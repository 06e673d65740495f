import { describe, expect, it } from 'vitest';
import {
  chooseLogo,
  imageAlt,
  imageCreditInfo,
  imageUrl,
  initialsOf,
  tintIndex,
  variantBackdrop,
  type LL2Image,
} from '@/lib/format/images';

const BASE = 'https://thespacedevs-dev.nyc3.digitaloceanspaces.com/media';

// Skyrora's logo as LL2 2.3.0 returns it (agencies seed): both transparent variants.
const skyroraLogo: LL2Image = {
  name: 'Skyrora logo',
  image_url: `${BASE}/images/skyrora_logo_image_20240325081537.png`,
  thumbnail_url: `${BASE}/images/skyrora_logo_image_thumbnail_20240325081537.png`,
  credit: 'Skyrora',
  license: { name: 'Unknown', link: null },
  variants: [
    {
      type: { name: 'transparent for light background' },
      image_url: `${BASE}/image_variants/lightbg.png_tra_image_20240325081537.png`,
    },
    {
      type: { name: 'transparent for dark background' },
      image_url: `${BASE}/image_variants/darkbg.png_tran_image_20240325081538.png`,
    },
  ],
};

const skyroraSocial: LL2Image = {
  name: 'Skyrora social logo',
  image_url: `${BASE}/images/skyrora_social__image_20240325081654.png`,
  variants: [],
};

describe('variantBackdrop', () => {
  it.each([
    ['transparent for light background', 'light'],
    ['transparent for dark background', 'dark'],
    ['Light Background', 'light'],
    ['Dark Background', 'dark'],
    ['light logo for dark background', 'dark'],
    ['dark_bg', 'dark'],
    ['Square', null],
    [null, null],
  ])('%j → %j', (name, backdrop) => {
    expect(variantBackdrop(name)).toBe(backdrop);
  });
});

describe('chooseLogo', () => {
  it('uses the transparent variant made for each background', () => {
    expect(chooseLogo({ logo: skyroraLogo, social_logo: skyroraSocial })).toEqual({
      light: `${BASE}/image_variants/lightbg.png_tra_image_20240325081537.png`,
      dark: `${BASE}/image_variants/darkbg.png_tran_image_20240325081538.png`,
      darkNeedsLightTile: false,
    });
  });

  it('falls back to logo, and flags that dark mode needs a light tile', () => {
    const logo: LL2Image = { image_url: `${BASE}/images/innospace.png`, variants: [] };
    expect(chooseLogo({ logo, social_logo: skyroraSocial })).toEqual({
      light: `${BASE}/images/innospace.png`,
      dark: `${BASE}/images/innospace.png`,
      darkNeedsLightTile: true,
    });
  });

  it('falls back to social_logo when logo is missing or unsafe', () => {
    expect(chooseLogo({ logo: null, social_logo: skyroraSocial }).light).toBe(
      skyroraSocial.image_url,
    );
    expect(
      chooseLogo({ logo: { image_url: 'javascript:alert(1)' }, social_logo: skyroraSocial }).dark,
    ).toBe(skyroraSocial.image_url);
  });

  it('finds variants on social_logo and skips unsafe variant URLs', () => {
    const logo: LL2Image = {
      image_url: `${BASE}/a.png`,
      variants: [{ type: { name: 'Dark Background' }, image_url: 'data:image/png;base64,AAAA' }],
    };
    const social: LL2Image = {
      image_url: `${BASE}/b.png`,
      variants: [{ type: { name: 'Dark Background' }, image_url: `${BASE}/b-dark.png` }],
    };
    expect(chooseLogo({ logo, social_logo: social })).toEqual({
      light: `${BASE}/a.png`,
      dark: `${BASE}/b-dark.png`,
      darkNeedsLightTile: false,
    });
  });

  it('copes with absent fields and returns nothing to show', () => {
    expect(chooseLogo({})).toEqual({ light: null, dark: null, darkNeedsLightTile: false });
    expect(
      chooseLogo({ logo: { variants: null, image_url: null }, social_logo: { variants: [{}] } }),
    ).toEqual({ light: null, dark: null, darkNeedsLightTile: false });
  });

  it('can prefer thumbnails for the plain logo', () => {
    const logo: LL2Image = { image_url: `${BASE}/full.png`, thumbnail_url: `${BASE}/thumb.png` };
    expect(chooseLogo({ logo }, { thumbnail: true }).light).toBe(`${BASE}/thumb.png`);
  });
});

describe('imageUrl', () => {
  it('picks full or thumbnail with fallback to the other', () => {
    const img: LL2Image = { image_url: `${BASE}/full.jpg`, thumbnail_url: `${BASE}/thumb.jpg` };
    expect(imageUrl(img)).toBe(`${BASE}/full.jpg`);
    expect(imageUrl(img, { thumbnail: true })).toBe(`${BASE}/thumb.jpg`);
    expect(imageUrl({ thumbnail_url: `${BASE}/thumb.jpg` })).toBe(`${BASE}/thumb.jpg`);
    expect(imageUrl({ image_url: `${BASE}/full.jpg` }, { thumbnail: true })).toBe(
      `${BASE}/full.jpg`,
    );
    expect(imageUrl(null)).toBeNull();
    // LL2 2.0.0 launches hold a bare URL string.
    expect(imageUrl(`${BASE}/images/soyuz.jpg`)).toBe(`${BASE}/images/soyuz.jpg`);
    expect(imageUrl('javascript:alert(1)')).toBeNull();
  });
});

describe('imageAlt', () => {
  it('tidies machine-made names', () => {
    expect(imageAlt({ name: '[AUTO] Orbex - social_logo' }, 'x')).toBe('Orbex social logo');
    expect(imageAlt({ name: 'HANBIT-TLV launch from Alcântara' }, 'x')).toBe(
      'HANBIT-TLV launch from Alcântara',
    );
    expect(imageAlt({ name: '  ' }, 'Orbex logo')).toBe('Orbex logo');
    expect(imageAlt(null, 'Orbex logo')).toBe('Orbex logo');
  });
});

describe('imageCreditInfo', () => {
  it('links licenses only to http(s) and names unknown licenses', () => {
    expect(
      imageCreditInfo({
        credit: 'Latitude',
        license: { name: 'CC BY-SA 4.0', link: 'https://creativecommons.org/licenses/by-sa/4.0/' },
      }),
    ).toEqual({
      credit: 'Latitude',
      creditUrl: null,
      licenseName: 'CC BY-SA 4.0',
      licenseUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
    });
    expect(imageCreditInfo({ credit: null, license: { name: 'Unknown', link: null } })).toEqual({
      credit: null,
      creditUrl: null,
      licenseName: 'Unknown',
      licenseUrl: null,
    });
    expect(imageCreditInfo({ license: { name: '', link: 'javascript:x' } }).licenseUrl).toBeNull();
    expect(imageCreditInfo({ credit: 'https://flickr.com/x' }).creditUrl).toBe(
      'https://flickr.com/x',
    );
  });
});

describe('initialsOf / tintIndex', () => {
  it.each([
    ['Rocket Factory Augsburg', 'RF'],
    ['SpaceX', 'SX'],
    ['Innospace', 'IN'],
    ['i-Space', 'IS'],
    ['[AUTO] Orbex', 'OR'],
    ['NASA', 'NASA'],
    ['RFA', 'RFA'],
    ['ISRO2', 'IS'],
    ['', ''],
  ])('%j → %j', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });

  it('is stable and in range', () => {
    expect(tintIndex('Skyrora', 6)).toBe(tintIndex('Skyrora', 6));
    expect(tintIndex('Skyrora', 6)).toBeGreaterThanOrEqual(0);
    expect(tintIndex('Skyrora', 6)).toBeLessThan(6);
    expect(tintIndex(null, 6)).toBe(0);
  });
});
