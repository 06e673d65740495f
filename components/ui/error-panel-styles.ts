import { primaryButtonClass, secondaryButtonClass } from '@/components/list/control-styles';

export interface ErrorPanelStyles {
  box: string;
  title: string;
  message: string;
  actions: string;
  retry: string;
  link: string;
}

// Two objects, not one map by name: each error boundary's chunk carries only the classes it
// draws, since a page loads its segment's boundary and the root one.

/** A whole page failed: large centred panel with an eyebrow line. */
export const PAGE_ERROR_STYLES: ErrorPanelStyles = {
  box: 'mx-auto flex max-w-2xl flex-col items-center px-4 py-20 text-center',
  title: 'text-ink mt-3 text-3xl font-bold tracking-tight',
  message: 'text-ink-muted mt-4 max-w-prose',
  actions: 'mt-8 flex flex-wrap justify-center gap-3 text-sm font-medium',
  retry: 'bg-accent text-accent-ink shadow-card hover:bg-accent-strong rounded-lg px-4 py-2',
  link: 'border-line bg-surface text-ink shadow-card hover:border-line-strong rounded-lg border px-4 py-2',
};

/** A list failed: quieter panel whose buttons match the list controls. */
export const LIST_ERROR_STYLES: ErrorPanelStyles = {
  box: 'mx-auto max-w-2xl px-4 py-16 text-center',
  title: 'text-ink text-2xl font-bold tracking-tight',
  message: 'text-ink-muted mt-3',
  actions: 'mt-6 flex flex-wrap justify-center gap-3',
  retry: primaryButtonClass,
  link: secondaryButtonClass,
};
