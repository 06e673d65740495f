import { Link } from '@/components/ui/link';
import { EmptyState } from '@/components/ui/empty-state';
import { primaryButtonClass, secondaryButtonClass } from './control-styles';

const numberFormat = new Intl.NumberFormat('en-US');

export interface EmptyResultsProps {
  plural: string;
  filtered: boolean;
  /** The filter whose removal brings back the most results. */
  suggestion: { label: string; href: string; count: number } | null;
  clearHref: string;
  /** Shown when nothing is filtered and the list is still empty. */
  hint?: React.ReactNode;
}

/** No results: offers to drop the most restrictive filter, or all of them. */
export function EmptyResults({ plural, filtered, suggestion, clearHref, hint }: EmptyResultsProps) {
  if (!filtered) {
    return (
      <EmptyState
        title={`No ${plural} yet`}
        description={hint ?? `The index has no ${plural} right now.`}
      />
    );
  }
  return (
    <EmptyState
      title={`No ${plural} match`}
      description={
        suggestion ? (
          <>
            The most restrictive filter is{' '}
            <strong className="text-ink font-semibold">{suggestion.label}</strong>; without it{' '}
            {numberFormat.format(suggestion.count)}{' '}
            {suggestion.count === 1 ? 'result matches' : 'results match'}.
          </>
        ) : (
          'No single filter is to blame: removing any one of them still finds nothing.'
        )
      }
      action={
        <div className="flex flex-wrap justify-center gap-3">
          {suggestion ? (
            <Link href={suggestion.href} className={primaryButtonClass}>
              Remove “{suggestion.label}”
            </Link>
          ) : null}
          <Link href={clearHref} className={suggestion ? secondaryButtonClass : primaryButtonClass}>
            Clear all filters
          </Link>
        </div>
      }
    />
  );
}
