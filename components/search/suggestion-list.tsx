import { Link } from '@/components/ui/link';
import type { SearchGroup } from '@/lib/search/types';
import { Highlighted } from './highlighted';

export type SuggestionState = 'loading' | 'ready' | 'empty' | 'error';

export interface SuggestionListProps {
  listboxId: string;
  /** Prefix for option ids; option `i` is `${optionId}-${i}`. */
  optionId: string;
  expanded: boolean;
  state: SuggestionState;
  /** Results are for an earlier term while the current one loads. */
  stale: boolean;
  term: string;
  groups: readonly SearchGroup[];
  /** Link of the trailing "all results" option. */
  allHref: string;
  active: number;
  onHover: (index: number) => void;
  onPick: () => void;
}

const SPINNER = (
  <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4 animate-spin" fill="none">
    <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.25" strokeWidth="3" />
    <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
  </svg>
);

/**
 * The popup of the site search combobox: a listbox whose options are grouped by resource
 * (ARIA 1.2 grouped listbox). Focus stays in the text field; the active option is announced
 * through `aria-activedescendant`, so options take no focus (`tabIndex={-1}`).
 */
export function SuggestionList({
  listboxId,
  optionId,
  expanded,
  state,
  stale,
  term,
  groups,
  allHref,
  active,
  onHover,
  onPick,
}: SuggestionListProps) {
  let index = 0;
  const option = (href: string, content: React.ReactNode, extra = '') => {
    const i = index++;
    const selected = i === active;
    return (
      <Link
        key={`${i}-${href}`}
        id={`${optionId}-${i}`}
        href={href}
        role="option"
        aria-selected={selected}
        tabIndex={-1}
        prefetch={false}
        // Keeps focus (and the open list) in the text field while clicking.
        onMouseDown={(e) => e.preventDefault()}
        onMouseMove={() => (selected ? undefined : onHover(i))}
        onClick={onPick}
        className={`block rounded-lg px-3 py-2 outline-none ${
          selected ? 'bg-accent-soft text-ink' : 'text-ink hover:bg-surface-muted'
        } ${extra}`}
      >
        {content}
      </Link>
    );
  };

  return (
    <div
      className={`border-line bg-surface shadow-raised absolute inset-x-0 top-full z-50 mt-1.5 overflow-hidden rounded-xl border ${
        expanded ? '' : 'hidden'
      }`}
    >
      <div
        id={listboxId}
        role="listbox"
        aria-label="Search suggestions"
        aria-busy={state === 'loading' || stale}
        hidden={groups.length === 0}
        className={`max-h-[min(65vh,28rem)] overflow-y-auto overscroll-contain p-1.5 transition-opacity ${
          stale ? 'opacity-60' : ''
        }`}
      >
        {groups.map((group) => {
          const labelId = `${optionId}-group-${group.resource}`;
          return (
            <div key={group.resource} role="group" aria-labelledby={labelId} className="pb-1">
              <div
                id={labelId}
                role="presentation"
                className="text-ink-muted flex items-baseline justify-between gap-2 px-3 pt-2 pb-1 text-xs font-semibold tracking-wide uppercase"
              >
                <span>{group.label}</span>
                <span className="numeric font-medium tracking-normal normal-case">
                  {group.total > group.items.length
                    ? `${group.items.length} of ${group.total.toLocaleString('en-US')}`
                    : group.total}
                </span>
              </div>
              {group.items.map((item) =>
                option(
                  item.href,
                  <>
                    <span className="block truncate text-sm">
                      <Highlighted text={item.title} term={term} />
                    </span>
                    {item.subtitle ? (
                      <span className="text-ink-muted block truncate text-xs">{item.subtitle}</span>
                    ) : null}
                  </>,
                ),
              )}
            </div>
          );
        })}
        {groups.length > 0
          ? option(
              allHref,
              <span className="flex items-center gap-2 text-sm font-medium">
                <svg
                  aria-hidden="true"
                  viewBox="0 0 24 24"
                  className="text-ink-subtle size-4 shrink-0"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinecap="round"
                >
                  <circle cx="11" cy="11" r="7" />
                  <path d="m20 20-3.5-3.5" />
                </svg>
                <span className="min-w-0 truncate">All results for “{term}”</span>
              </span>,
              'border-line mt-1 border-t',
            )
          : null}
      </div>
      {groups.length === 0 ? (
        <div className="text-ink-muted flex items-center gap-2 px-4 py-3 text-sm">
          {state === 'loading' ? (
            <>
              {SPINNER}
              <span>Searching…</span>
            </>
          ) : state === 'error' ? (
            <span>Suggestions are unavailable right now. Press Enter to search.</span>
          ) : (
            <span>
              No matches for “<span className="text-ink font-medium">{term}</span>”. Check the
              spelling or try a shorter word.
            </span>
          )}
        </div>
      ) : (
        <p
          aria-hidden="true"
          className="border-line text-ink-subtle hidden items-center justify-between gap-3 border-t px-4 py-2 text-xs sm:flex"
        >
          <span>
            <kbd className="font-sans">↑</kbd> <kbd className="font-sans">↓</kbd> to move ·{' '}
            <kbd className="font-sans">Enter</kbd> to open · <kbd className="font-sans">Esc</kbd> to
            close
          </span>
          {stale ? <span className="flex items-center gap-1.5">{SPINNER} Updating</span> : null}
        </p>
      )}
    </div>
  );
}
