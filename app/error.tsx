'use client';

import { ErrorPanel } from '@/components/ui/error-panel';
import { PAGE_ERROR_STYLES } from '@/components/ui/error-panel-styles';

/** Next 16.4 passes `retry` (re-fetches the segment, including Server Components) and `reset`. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorPanel
      error={error}
      retry={retry}
      styles={PAGE_ERROR_STYLES}
      eyebrow="Something went wrong"
      title="This page didn’t load"
      titleClassName="sm:text-4xl"
      message="It may be a short hiccup while we fetch data. Try again, or come back in a moment."
      link={{ href: '/', label: 'Go to the home page' }}
    />
  );
}
