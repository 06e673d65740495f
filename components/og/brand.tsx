import { BRAND, SITE_NAME } from '@/lib/seo/site';

/** The logo mark for `ImageResponse` (Satori draws inline SVG; classes do not apply). */
export function OgLogoMark({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" fill="none">
      <circle cx="16" cy="16" r="7" fill={BRAND.accent} />
      <ellipse
        cx="16"
        cy="16"
        rx="14"
        ry="5.5"
        transform="rotate(-28 16 16)"
        stroke={BRAND.ink}
        strokeWidth="1.75"
      />
      <circle cx="28.3" cy="9.5" r="2.25" fill={BRAND.ink} />
    </svg>
  );
}

/** Mark and name, top left of every card. */
export function OgWordmark() {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
      <OgLogoMark size={52} />
      <div style={{ fontSize: 34, color: BRAND.ink, letterSpacing: -0.5 }}>{SITE_NAME}</div>
    </div>
  );
}

/**
 * The big orbit drawn behind the text: the designed stand-in for a record photo, which the card
 * never fetches (remote image hosts may be unreachable, and a card must render offline).
 */
export function OgBackdrop() {
  return (
    <svg
      width="760"
      height="760"
      viewBox="0 0 760 760"
      fill="none"
      style={{ position: 'absolute', right: -210, top: -150 }}
    >
      <circle cx="380" cy="380" r="150" fill={BRAND.accent} opacity="0.22" />
      <circle cx="380" cy="380" r="96" fill={BRAND.accent} opacity="0.35" />
      <ellipse
        cx="380"
        cy="380"
        rx="350"
        ry="132"
        transform="rotate(-28 380 380)"
        stroke={BRAND.accentSoft}
        strokeOpacity="0.35"
        strokeWidth="3"
      />
      <ellipse
        cx="380"
        cy="380"
        rx="250"
        ry="90"
        transform="rotate(-28 380 380)"
        stroke={BRAND.accentSoft}
        strokeOpacity="0.18"
        strokeWidth="2"
      />
      <circle cx="689" cy="216" r="14" fill={BRAND.ink} opacity="0.8" />
    </svg>
  );
}
