/** The look shared by Share, feed and calendar controls: a quiet outlined pill. */
export const shareControlClass =
  'border-line bg-surface text-ink hover:bg-surface-muted focus-visible:outline-ring inline-flex items-center gap-1.5 rounded-lg border px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2';
