'use client';

import Link from 'next/link';
import { useEffect } from 'react';

/** Shared by each detail route's error.tsx: says what failed and offers a retry. */
export function DetailError({
  error,
  retry,
  what,
}: {
  error: unknown;
  retry: () => void;
  what: string;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest =
    error instanceof Error && 'digest' in error && typeof error.digest === 'string'
      ? error.digest
      : null;

  return (
    <div
      role="alert"
      className="mx-auto flex max-w-2xl flex-col items-center px-4 py-20 text-center"
    >
      <p className="text-failure-ink text-sm font-semibold tracking-widest uppercase">
        Something went wrong
      </p>
      <h1 className="text-ink mt-3 text-3xl font-bold tracking-tight">This {what} didn’t load</h1>
      <p className="text-ink-muted mt-4 max-w-prose">
        It may be a short hiccup while we fetch data. Try again, or come back in a moment.
      </p>
      {digest ? (
        <p className="text-ink-subtle mt-2 text-xs">
          Reference: <code className="font-mono">{digest}</code>
        </p>
      ) : null}
      <div className="mt-8 flex flex-wrap justify-center gap-3 text-sm font-medium">
        <button
          type="button"
          onClick={() => retry()}
          className="bg-accent text-accent-ink shadow-card hover:bg-accent-strong rounded-lg px-4 py-2"
        >
          Try again
        </button>
        <Link
          href="/"
          className="border-line bg-surface text-ink shadow-card hover:border-line-strong rounded-lg border px-4 py-2"
        >
          Go to the home page
        </Link>
      </div>
    </div>
  );
}
