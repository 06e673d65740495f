import type { Tone } from '@/lib/stats/model';

/**
 * Class names per tone: the swatches as Tailwind utilities, the bars as the short `.f-*` classes
 * of globals.css. Colours are the `--chart-*` tokens of each theme.
 */
export const FILL: Record<Tone, string> = {
  success: 'f-success',
  failure: 'f-failure',
  partial: 'f-partial',
  pending: 'f-pending',
  unknown: 'f-unknown',
  c1: 'f-c1',
  c2: 'f-c2',
  c3: 'f-c3',
  c4: 'f-c4',
  c5: 'f-c5',
  c6: 'f-c6',
  other: 'f-other',
};

export const SWATCH: Record<Tone, string> = {
  success: 'bg-chart-success',
  failure: 'bg-chart-failure',
  partial: 'bg-chart-partial',
  pending: 'bg-chart-pending',
  unknown: 'bg-chart-unknown',
  c1: 'bg-chart-c1',
  c2: 'bg-chart-c2',
  c3: 'bg-chart-c3',
  c4: 'bg-chart-c4',
  c5: 'bg-chart-c5',
  c6: 'bg-chart-c6',
  other: 'bg-chart-other',
};
