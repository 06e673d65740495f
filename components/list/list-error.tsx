'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { primaryButtonClass, secondaryButtonClass } from './control-styles';

/** The list routes' error boundary: says what failed and offers a retry (Next 16.4 `retry`). */
export function ListError({
  error,
  retry,
  title,
  home,
}: {
  error: unknown;
  retry: () => void;
  title: string;
  home: string;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest =
    error instanceof Error && 'digest' in error && typeof error.digest === 'string'
      ? error.digest
      : null;
  return (
    <div role="alert" className="mx-auto max-w-2xl px-4 py-16 text-center">
      <h1 className="text-ink text-2xl font-bold tracking-tight">{title} didn’t load</h1>
      <p className="text-ink-muted mt-3">
        Something went wrong while reading the list. It is usually a short hiccup; try again.
      </p>
      {digest ? (
        <p className="text-ink-subtle mt-2 text-xs">
          Reference: <code className="font-mono">{digest}</code>
        </p>
      ) : null}
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={() => retry()} className={primaryButtonClass}>
          Try again
        </button>
        <Link href={home} className={secondaryButtonClass}>
          Start over without filters
        </Link>
      </div>
    </div>
  );
}
