'use client';

import { Link } from '@/components/ui/link';
import { useEffect } from 'react';
import { isLiveDataUnavailable } from '@/lib/data/live-error';
import { primaryButtonClass, secondaryButtonClass } from '@/components/list/control-styles';

const VARIANTS = {
  /** A whole page failed: large centred panel with an eyebrow line. */
  page: {
    box: 'mx-auto flex max-w-2xl flex-col items-center px-4 py-20 text-center',
    title: 'text-ink mt-3 text-3xl font-bold tracking-tight',
    message: 'text-ink-muted mt-4 max-w-prose',
    actions: 'mt-8 flex flex-wrap justify-center gap-3 text-sm font-medium',
    retry: 'bg-accent text-accent-ink shadow-card hover:bg-accent-strong rounded-lg px-4 py-2',
    link: 'border-line bg-surface text-ink shadow-card hover:border-line-strong rounded-lg border px-4 py-2',
  },
  /** A list failed: quieter panel whose buttons match the list controls. */
  list: {
    box: 'mx-auto max-w-2xl px-4 py-16 text-center',
    title: 'text-ink text-2xl font-bold tracking-tight',
    message: 'text-ink-muted mt-3',
    actions: 'mt-6 flex flex-wrap justify-center gap-3',
    retry: primaryButtonClass,
    link: secondaryButtonClass,
  },
} as const;

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
  variant,
  titleClassName,
}: {
  error: unknown;
  retry: () => void;
  title: string;
  message: string;
  eyebrow?: string;
  link: { href: string; label: string };
  variant: keyof typeof VARIANTS;
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
  const styles = VARIANTS[variant];

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
        {isLiveDataUnavailable(error)
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
