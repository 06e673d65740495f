/**
 * `npm run icons`: renders `public/icon.svg` into the PNG app icons of `lib/seo/app-icons.ts` and
 * writes them to `public/`. Run it after changing the SVG; a unit test fails while they differ.
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderAppIcon } from '@/components/og/app-icon';
import { APP_ICONS } from '@/lib/seo/app-icons';

async function main() {
  for (const icon of APP_ICONS) {
    const file = path.join('public', icon.src);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, await renderAppIcon(icon));
    console.log(`${file} (${icon.size}×${icon.size}, ${icon.purpose})`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
