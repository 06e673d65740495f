'use client';

import { ErrorPanel } from '@/components/ui/error-panel';
import { PAGE_ERROR_STYLES } from '@/components/ui/error-panel-styles';

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
  return (
    <ErrorPanel
      error={error}
      retry={retry}
      styles={PAGE_ERROR_STYLES}
      eyebrow="Something went wrong"
      title={`This ${what} didn’t load`}
      message="It may be a short hiccup while we fetch data. Try again, or come back in a moment."
      link={{ href: '/', label: 'Go to the home page' }}
    />
  );
}
