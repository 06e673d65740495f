import { Link } from '@/components/ui/link';
import { ALL_FILTERS } from '@/lib/list/config';
import type { FilterModel } from '@/lib/list/filter-model';
import type { ParamPair } from '@/lib/url/list-url';
import { primaryButtonClass, secondaryButtonClass } from './control-styles';
import { FilterGroupControls } from './filter-controls';
import { MoreFiltersLoader } from './more-filters-loader';

export interface FilterPanelProps {
  formId: string;
  /** The page's own path: the GET form submits to it. */
  route: string;
  model: FilterModel;
  /** Parameters the form keeps as they are (mode, page parameters). */
  hidden: readonly ParamPair[];
  clearHref: string;
  activeCount: number;
  /** The URL asks for every filter (`?filters=all`). */
  allFilters: boolean;
  /** The options' counts are the whole index's, not this selection's. */
  countsIndexWide: boolean;
  /** What the list holds, lower case plural ("launches"). */
  noun: string;
}

function Chevron({ className = '' }: { className?: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className={`size-4 shrink-0 transition-transform ${className}`}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="m6 8 4 4 4-4" />
    </svg>
  );
}

/**
 * The filter panel, generated from the resource definition: a plain GET form that produces the
 * same URL with or without JavaScript. On small screens it folds into a <details>; on wide ones
 * it is always open (where the browser supports styling ::details-content).
 *
 * The rarer filters ("More filters") are rendered when the URL asks for them (`?filters=all`) or
 * one of them is set. Otherwise the section holds a submit button that asks for them, keeping what
 * has been typed; with JavaScript, opening the section presses it.
 */
export function FilterPanel({
  formId,
  route,
  model,
  hidden,
  clearHref,
  activeCount,
  allFilters,
  countsIndexWide,
  noun,
}: FilterPanelProps) {
  const moreActive = model.more.filter((g) => g.active).length;
  const showMore = allFilters || model.moreActive;
  const moreId = `${formId}-more`;
  return (
    <details className="group/panel border-line bg-surface shadow-card rounded-2xl border lg:[&::details-content]:block lg:[&::details-content]:[content-visibility:visible]">
      <summary className="text-ink flex items-center justify-between gap-2 rounded-2xl px-4 py-3 text-sm font-semibold lg:supports-[selector(::details-content)]:hidden">
        <span>
          Filters
          {activeCount > 0 ? (
            <span className="bg-accent-soft text-accent-soft-ink ml-2 rounded-full px-2 py-0.5 text-xs">
              {activeCount} active
            </span>
          ) : null}
        </span>
        <Chevron className="group-open/panel:rotate-180" />
      </summary>
      <h2 className="text-ink hidden px-4 pt-4 text-sm font-semibold lg:supports-[selector(::details-content)]:block">
        Filters
      </h2>
      <form
        id={formId}
        method="get"
        action={route}
        autoComplete="off"
        className="filter-form border-line space-y-5 border-t p-4 lg:supports-[selector(::details-content)]:border-t-0"
      >
        {hidden.map(([key, value]) => (
          <input key={`${key}=${value}`} type="hidden" name={key} defaultValue={value} />
        ))}
        {/* Once every filter shows, the form keeps them showing while they are used. */}
        {showMore && model.more.length > 0 ? (
          <input type="hidden" name={ALL_FILTERS.param} defaultValue={ALL_FILTERS.value} />
        ) : null}
        {countsIndexWide ? (
          <p className="text-ink-muted text-xs">{`Counts are for all ${noun} in the index, not this selection.`}</p>
        ) : null}
        {model.primary.map((group) => (
          <FilterGroupControls key={group.id} group={group} />
        ))}
        {model.more.length > 0 ? (
          <details id={moreId} open={showMore} className="group/more border-line border-t pt-4">
            <summary className="text-link flex items-center justify-between gap-2 rounded-md text-sm font-medium">
              <span>
                More filters
                {moreActive > 0 ? (
                  <span className="text-ink-muted ml-1">({moreActive} active)</span>
                ) : null}
              </span>
              <Chevron className="group-open/more:rotate-180" />
            </summary>
            {showMore ? (
              <div className="mt-4 space-y-5">
                {model.more.map((group) => (
                  <FilterGroupControls key={group.id} group={group} />
                ))}
              </div>
            ) : (
              <div className="mt-3">
                <button
                  type="submit"
                  name={ALL_FILTERS.param}
                  value={ALL_FILTERS.value}
                  className={secondaryButtonClass}
                >
                  {`Show ${model.more.length} more filters`}
                </button>
                <MoreFiltersLoader detailsId={moreId} />
              </div>
            )}
          </details>
        ) : null}
        {model.primary.length + model.more.length === 0 ? (
          <p className="text-ink-muted text-sm">This list has no filters besides search.</p>
        ) : null}
        <div className="border-line flex flex-wrap items-center gap-3 border-t pt-4">
          <button type="submit" className={primaryButtonClass}>
            Apply filters
          </button>
          {activeCount > 0 ? (
            <Link
              href={clearHref}
              className="text-link text-sm font-medium underline-offset-2 hover:underline"
            >
              Clear all
            </Link>
          ) : null}
        </div>
      </form>
    </details>
  );
}
