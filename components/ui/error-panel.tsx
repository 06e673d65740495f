'use client';

import { Link } from '@/components/ui/link';
import { useEffect } from 'react';
import { hasLiveUnavailableDigest } from '@/lib/data/live-error';
import type { ErrorPanelStyles } from './error-panel-styles';

/**
 * The error boundaries' panel: logs the error, says what failed, shows the server's digest for
 * support, and offers a retry (Next 16.4 `retry` re-fetches the segment) and a way out.
 */
export function ErrorPanel({
  error,
  retry,
  title,
  message,
  eyebrow,
  link,
  styles,
  titleClassName,
}: {
  error: unknown;
  retry: () => void;
  title: string;
  message: string;
  eyebrow?: string;
  link: { href: string; label: string };
  /** PAGE_ERROR_STYLES or LIST_ERROR_STYLES, imported by the boundary that uses it. */
  styles: ErrorPanelStyles;
  /** Extra classes for the heading, e.g. a larger size on the root error page. */
  titleClassName?: string;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest =
    error instanceof Error && 'digest' in error && typeof error.digest === 'string'
      ? error.digest
      : null;

  return (
    <div role="alert" className={styles.box}>
      {eyebrow ? (
        <p className="text-failure-ink text-sm font-semibold tracking-widest uppercase">
          {eyebrow}
        </p>
      ) : null}
      <h1 className={titleClassName ? `${styles.title} ${titleClassName}` : styles.title}>
        {title}
      </h1>
      <p className={styles.message}>
        {/* A client navigation meets the error itself; a page load gets the server's 503 page. */}
        {hasLiveUnavailableDigest(error)
          ? 'Launch Library 2 isn’t answering right now and there is no saved copy of this page. Try again in a minute or two.'
          : message}
      </p>
      {digest ? (
        <p className="text-ink-subtle mt-2 text-xs">
          Reference: <code className="font-mono">{digest}</code>
        </p>
      ) : null}
      <div className={styles.actions}>
        <button type="button" onClick={() => retry()} className={styles.retry}>
          Try again
        </button>
        <Link href={link.href} className={styles.link}>
          {link.label}
        </Link>
      </div>
    </div>
  );
}
