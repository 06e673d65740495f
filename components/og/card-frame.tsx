import { BRAND } from '@/lib/seo/site';
import { OgBackdrop, OgWordmark } from './brand';

export interface CardFrameProps {
  /** "LAUNCH", "AGENCY", …; top right. */
  kind?: string;
  /** Host name for the footer, e.g. `orbit-index.example`. */
  host: string;
  children: React.ReactNode;
}

/** The 1200×630 frame every card shares: dark canvas, orbit backdrop, wordmark and footer. */
export function CardFrame({ kind, host, children }: CardFrameProps) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        position: 'relative',
        overflow: 'hidden',
        padding: '56px 72px 48px',
        backgroundColor: BRAND.night,
        backgroundImage: `linear-gradient(135deg, ${BRAND.night} 0%, ${BRAND.surface} 60%, #1d2148 100%)`,
        color: BRAND.ink,
      }}
    >
      <OgBackdrop />
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <OgWordmark />
        {kind ? (
          <div
            style={{
              display: 'flex',
              fontSize: 24,
              letterSpacing: 4,
              color: BRAND.accentSoft,
              textTransform: 'uppercase',
            }}
          >
            {kind}
          </div>
        ) : null}
      </div>
      <div
        style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }}
      >
        {children}
      </div>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          fontSize: 22,
          color: BRAND.muted,
          borderTop: `1px solid #1f2a3d`,
          paddingTop: 20,
        }}
      >
        <div style={{ display: 'flex' }}>{host}</div>
        <div style={{ display: 'flex' }}>Data: The Space Devs · Launch Library 2</div>
      </div>
    </div>
  );
}
