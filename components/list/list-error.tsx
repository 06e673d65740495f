'use client';

import { ErrorPanel } from '@/components/ui/error-panel';
import { LIST_ERROR_STYLES } from '@/components/ui/error-panel-styles';

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
  return (
    <ErrorPanel
      error={error}
      retry={retry}
      styles={LIST_ERROR_STYLES}
      title={`${title} didn’t load`}
      message="Something went wrong while reading the list. It is usually a short hiccup; try again."
      link={{ href: home, label: 'Start over without filters' }}
    />
  );
}
