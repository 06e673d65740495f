'use client';

import { useEffect, useLayoutEffect } from 'react';
import { applyTheme } from '@/components/theme/theme-store';
import './globals.css';

/** Replaces the root layout when it fails, so it brings its own <html>, styles and theme. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  useLayoutEffect(() => {
    applyTheme();
  }, []);

  return (
    <html lang="en" suppressHydrationWarning>
      <body className="bg-canvas text-ink flex min-h-dvh items-center justify-center px-4 font-sans antialiased">
        <title>Something went wrong · Orbit Index</title>
        <main className="max-w-lg text-center" role="alert">
          <p className="text-failure-ink text-sm font-semibold tracking-widest uppercase">
            Orbit Index is having trouble
          </p>
          <h1 className="mt-3 text-3xl font-bold tracking-tight">The site didn’t load</h1>
          <p className="text-ink-muted mt-4">
            Something failed before the page could be shown. Please try again.
          </p>
          <div className="mt-8 flex justify-center gap-3 text-sm font-medium">
            <button
              type="button"
              onClick={() => retry()}
              className="bg-accent text-accent-ink hover:bg-accent-strong rounded-lg px-4 py-2"
            >
              Try again
            </button>
            {/* A full reload: the app's router may be what broke. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a
              href="/"
              className="border-line bg-surface hover:border-line-strong rounded-lg border px-4 py-2"
            >
              Home page
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
