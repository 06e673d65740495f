'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Form from 'next/form';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { MIN_SUGGEST_LENGTH, suggestionsQuery } from '@/lib/search/suggestions-query';
import { SuggestionList, type SuggestionState } from './suggestion-list';
import { useDebouncedValue } from './use-debounced-value';

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
 * `/api/search` (debounced; a superseded request is aborted).
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

  const typed = value.trim();
  const term = useDebouncedValue(typed, 200);
  const expanded = open && typed.length >= MIN_SUGGEST_LENGTH;
  const query = useQuery({
    ...suggestionsQuery(term),
    enabled: expanded && term.length >= MIN_SUGGEST_LENGTH,
    placeholderData: keepPreviousData,
  });

  const groups = query.data?.groups ?? [];
  const allHref = `/search?${new URLSearchParams({ q: typed }).toString()}`;
  const hrefs = groups.flatMap((g) => g.items.map((i) => i.href));
  if (hrefs.length > 0) hrefs.push(allHref);
  const activeIndex = active < hrefs.length ? active : -1;
  const waiting = term !== typed || query.isFetching;
  const stale = query.data !== undefined && (waiting || query.isPlaceholderData);
  const state: SuggestionState = query.isError
    ? 'error'
    : query.data === undefined || (groups.length === 0 && waiting)
      ? 'loading'
      : groups.length === 0
        ? 'empty'
        : 'ready';

  const listboxId = `${id}-listbox`;
  const optionId = `${id}-option`;

  useEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(`${optionId}-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, optionId]);

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

  const s = SIZES[size];
  const statusText = !expanded
    ? ''
    : state === 'loading'
      ? 'Searching…'
      : state === 'error'
        ? 'Suggestions are unavailable.'
        : state === 'empty'
          ? `No suggestions for ${term}.`
          : `${hrefs.length - 1} suggestions. Use the up and down arrows to choose one.`;

  return (
    <Form
      action="/search"
      role="search"
      aria-label={landmarkLabel}
      className={`relative ${className}`}
      onSubmit={leave}
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
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={
          expanded && activeIndex >= 0 ? `${optionId}-${activeIndex}` : undefined
        }
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setOpen(true);
          setActive(-1);
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
      <SuggestionList
        listboxId={listboxId}
        optionId={optionId}
        expanded={expanded}
        state={state}
        stale={stale}
        term={typed}
        groups={groups}
        allHref={allHref}
        active={activeIndex}
        onHover={setActive}
        onPick={() => {
          leave();
          inputRef.current?.blur();
        }}
      />
      <div role="status" aria-live="polite" className="sr-only">
        {statusText}
      </div>
    </Form>
  );
}
