/** Shared classes for list controls. Borders use ink-subtle so fields meet 3:1 against the surface. */
export const fieldClass =
  'h-9 w-full min-w-0 rounded-lg border border-ink-subtle/75 bg-surface px-2.5 text-sm text-ink placeholder:text-ink-subtle aria-[invalid=true]:border-failure-ink';

export const labelClass = 'block text-xs font-medium text-ink-muted';

export const buttonClass =
  'inline-flex h-9 items-center justify-center gap-1.5 rounded-lg px-3.5 text-sm font-medium shadow-card';

export const primaryButtonClass = `${buttonClass} bg-accent text-accent-ink hover:bg-accent-strong`;

export const secondaryButtonClass = `${buttonClass} border border-line-strong bg-surface text-ink hover:bg-surface-muted`;
