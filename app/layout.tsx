import type { Metadata, Viewport } from 'next';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { themeScript } from '@/components/theme/theme-script';
import { HydrationSlice } from '@/components/ui/hydration-slice';
import { env } from '@/lib/env';
import { APPLE_TOUCH_ICON, FAVICON, iconSizes } from '@/lib/seo/app-icons';
import {
  SITE_DESCRIPTION,
  SITE_LOCALE,
  SITE_NAME,
  SITE_TAGLINE,
  siteFeedTypes,
} from '@/lib/seo/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: {
    default: `${SITE_NAME} — ${SITE_TAGLINE}`,
    template: `%s · ${SITE_NAME}`,
  },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
  // No canonical here: pages that set none would all claim `/`.
  alternates: { types: siteFeedTypes() },
  openGraph: { type: 'website', siteName: SITE_NAME, locale: SITE_LOCALE },
  twitter: { card: 'summary_large_image' },
  appleWebApp: { title: SITE_NAME },
  icons: {
    icon: { url: FAVICON.src, type: FAVICON.type, sizes: 'any' },
    apple: {
      url: APPLE_TOUCH_ICON.src,
      sizes: iconSizes(APPLE_TOUCH_ICON),
      type: 'image/png',
    },
  },
  formatDetection: { telephone: false, address: false, email: false },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1524' },
  ],
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The head script changes <html>'s class and style before hydration.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="bg-canvas text-ink flex min-h-dvh flex-col font-sans antialiased">
        <a
          href="#main"
          className="bg-accent text-accent-ink sr-only rounded-lg font-semibold focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:px-4 focus:py-2"
        >
          Skip to content
        </a>
        <HydrationSlice>
          <SiteHeader />
        </HydrationSlice>
        {/* At least a screen tall: on a short page the footer stays below the fold, so it does not
            jump when a loading skeleton is replaced by shorter content (a layout shift). */}
        <main id="main" tabIndex={-1} className="min-h-dvh flex-1 outline-none">
          {children}
        </main>
        <HydrationSlice>
          <SiteFooter />
        </HydrationSlice>
      </body>
    </html>
  );
}
