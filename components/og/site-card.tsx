import { BRAND } from '@/lib/seo/site';
import { CardFrame } from './card-frame';

/** The site's own card (home, lists, and unknown records): what the site covers. */
export function SiteCard({
  host,
  heading = 'Spaceflight, indexed.',
}: {
  host: string;
  heading?: string;
}) {
  return (
    <CardFrame host={host}>
      <div style={{ display: 'flex', fontSize: 84, letterSpacing: -2, color: '#ffffff' }}>
        {heading}
      </div>
      <div
        style={{ display: 'flex', fontSize: 36, marginTop: 20, color: BRAND.muted, maxWidth: 700 }}
      >
        Launches, events, agencies, spacecraft and space stations from The Space Devs’ Launch
        Library 2.
      </div>
    </CardFrame>
  );
}
