import fs from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import type { AppIcon } from '@/lib/seo/app-icons';
import { BRAND } from '@/lib/seo/site';

const ICON_SVG = path.join(process.cwd(), 'public', 'icon.svg');

/** The PNG bytes of one app icon (`npm run icons` writes them to `public/`). */
export async function renderAppIcon(icon: AppIcon): Promise<Buffer> {
  const svg = fs.readFileSync(ICON_SVG, 'utf8');
  const response = new ImageResponse(<AppIconImage icon={icon} svg={svg} />, {
    width: icon.size,
    height: icon.size,
  });
  return Buffer.from(await response.arrayBuffer());
}

/**
 * The favicon's own SVG drawn as an image, so `public/icon.svg` stays the one drawing of the
 * mark. Padded icons get a full-bleed background in the icon's own colour, which the platform
 * may crop to any shape.
 */
function AppIconImage({ icon, svg }: { icon: AppIcon; svg: string }) {
  const inner = Math.round(icon.size * (1 - 2 * icon.padding));
  return (
    <div
      style={{
        width: icon.size,
        height: icon.size,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: icon.padding > 0 ? BRAND.surface : 'transparent',
      }}
    >
      {/* eslint-disable-next-line @next/next/no-img-element -- Satori draws <img>, not next/image */}
      <img
        src={`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`}
        width={inner}
        height={inner}
        alt=""
      />
    </div>
  );
}
