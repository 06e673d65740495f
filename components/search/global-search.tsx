'use client';

import { useRouter } from 'next/navigation';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { MIN_SUGGEST_LENGTH } from '@/lib/search/suggest-length';
import type { SuggestionsReport } from './search-suggestions';

// The popup and TanStack Query load when a reader first focuses a search field, not with every
// page; the plain GET form works until then (and without JavaScript).
const SearchSuggestions = lazy(() =>
  import('./search-suggestions').then((m) => ({ default: m.SearchSuggestions })),
);

const NO_SUGGESTIONS: SuggestionsReport = { hrefs: [], status: '' };

const SIZES = {
  md: {
    input:
      'h-9 rounded-lg pr-18 pl-9 text-base shadow-inner sm:text-sm bg-surface-muted focus:bg-surface',
    icon: 'left-3 size-4',
    button: 'right-1 h-7 rounded-md px-2.5 text-xs',
  },
  lg: {
    input: 'h-13 rounded-xl pr-26 pl-12 text-base shadow-card bg-surface sm:text-lg',
    icon: 'left-4 size-5',
    button: 'right-1.5 h-10 rounded-lg px-4 text-sm',
  },
} as const;

export interface GlobalSearchProps {
  /** Unique per page: the header renders one for desktop and one in the mobile menu. */
  id?: string;
  /** Names the search landmark; give each visible search on a page its own. */
  landmarkLabel?: string;
  /** `lg` for a page's main search (home hero, /search). */
  size?: keyof typeof SIZES;
  /** Prefills the field, e.g. with the current query on /search. */
  defaultValue?: string;
  className?: string;
}

/**
 * Site search: a GET form to /search?q=, so it works before (and without) JavaScript. Once
 * hydrated it is an ARIA 1.2 combobox suggesting matches across resources as you type, from
 * `/api/search` (debounced; a superseded request is aborted); the suggestions' code loads when
 * the field is first focused.
 */
export function GlobalSearch({
  id = 'global-search',
  landmarkLabel = 'Site search',
  size = 'md',
  defaultValue = '',
  className = '',
}: GlobalSearchProps) {
  const router = useRouter();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(defaultValue);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [wanted, setWanted] = useState(false);
  const [report, setReport] = useState<SuggestionsReport | null>(null);

  // Text typed while the page was still loading is in the field but not in state: adopt it, and
  // suggest for it if the reader is still in the field.
  useEffect(() => {
    const input = inputRef.current;
    if (!input || input.value === defaultValue) return;
    setValue(input.value);
    if (document.activeElement !== input) return;
    setOpen(true);
    setWanted(true);
  }, [defaultValue]);

  const typed = value.trim();
  const expanded = open && typed.length >= MIN_SUGGEST_LENGTH;
  // Until the popup has loaded there is nothing to expand.
  const shown = expanded && report !== null;
  const hrefs = (report ?? NO_SUGGESTIONS).hrefs;
  const activeIndex = active < hrefs.length ? active : -1;

  const listboxId = `${id}-listbox`;
  const optionId = `${id}-option`;

  function close() {
    setOpen(false);
    setActive(-1);
  }

  /** Leaving for another page: also folds the mobile menu (a <details>) this form may sit in. */
  function leave() {
    close();
    inputRef.current?.closest('details')?.removeAttribute('open');
  }

  function move(step: 1 | -1) {
    if (!expanded) {
      setOpen(true);
      return;
    }
    const n = hrefs.length;
    if (n === 0) return;
    setActive(activeIndex < 0 ? (step === 1 ? 0 : n - 1) : (activeIndex + step + n) % n);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        move(event.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Enter': {
        const href = expanded && activeIndex >= 0 ? hrefs[activeIndex] : undefined;
        if (href) {
          event.preventDefault();
          leave();
          router.push(href);
        } else {
          // The form submits to /search (see onSubmit).
          close();
        }
        break;
      }
      case 'Escape':
        // First Escape closes the list, the next clears the field (the APG combobox pattern).
        if (expanded) {
          event.preventDefault();
          close();
        } else if (value !== '') {
          event.preventDefault();
          setValue('');
        }
        break;
      case 'Tab':
        close();
        break;
      default:
    }
  }

  /** The form's own GET, as a client-side navigation. */
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q');
    leave();
    router.push(`/search?${new URLSearchParams({ q: typeof q === 'string' ? q : '' }).toString()}`);
  }

  // The listbox the field controls exists from the first render; the loaded popup replaces it.
  const placeholder = (
    <div hidden>
      <div id={listboxId} role="listbox" aria-label="Search suggestions" hidden />
    </div>
  );

  const s = SIZES[size];
  return (
    <form
      action="/search"
      role="search"
      aria-label={landmarkLabel}
      className={`relative ${className}`}
      onSubmit={onSubmit}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) close();
      }}
    >
      <label htmlFor={id} className="sr-only">
        Search launches, agencies, spacecraft and more
      </label>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className={`text-ink-subtle pointer-events-none absolute top-1/2 -translate-y-1/2 ${s.icon}`}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      >
        <circle cx="11" cy="11" r="7" />
        <path d="m20 20-3.5-3.5" />
      </svg>
      <input
        ref={inputRef}
        id={id}
        name="q"
        type="search"
        required
        maxLength={100}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="search"
        // Short enough to show whole in a phone-width field.
        placeholder={size === 'lg' ? 'Search the index…' : 'Search launches, agencies…'}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listboxId}
        aria-activedescendant={shown && activeIndex >= 0 ? `${optionId}-${activeIndex}` : undefined}
        value={value}
        onFocus={() => setWanted(true)}
        onChange={(event) => {
          setValue(event.target.value);
          setOpen(true);
          setActive(-1);
          setWanted(true);
        }}
        onKeyDown={onKeyDown}
        className={`border-line text-ink placeholder:text-ink-subtle hover:border-line-strong w-full border ${s.input}`}
      />
      <button
        type="submit"
        className={`bg-accent text-accent-ink hover:bg-accent-strong absolute top-1/2 -translate-y-1/2 font-semibold ${s.button}`}
      >
        Search
      </button>
      {wanted ? (
        <Suspense fallback={placeholder}>
          <SearchSuggestions
            typed={typed}
            expanded={expanded}
            active={activeIndex}
            listboxId={listboxId}
            optionId={optionId}
            onHover={setActive}
            onPick={() => {
              leave();
              inputRef.current?.blur();
            }}
            onReport={setReport}
          />
        </Suspense>
      ) : (
        placeholder
      )}
      <div role="status" aria-live="polite" className="sr-only">
        {shown ? report?.status : ''}
      </div>
    </form>
  );
}
