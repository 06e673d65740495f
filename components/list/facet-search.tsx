'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';

/** Accents and case do not matter: "arianespace" finds "Arianespace", "sao" finds "São". */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Narrows a long list of filter options to those whose label holds what is typed, the top ones
 * and the rest alike. It sits inside the list's "Show all" section, so without JavaScript (where
 * it cannot work) it is simply not there, and adding it moves nothing on screen. It has no name,
 * so the form never submits it.
 */
const subscribe = () => () => {};

export function FacetSearch({ label, total }: { label: string; total: number }) {
  // False on the server and while hydrating, true after: the box exists only with JavaScript.
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const box = useRef<HTMLInputElement>(null);
  const [term, setTerm] = useState('');
  const [shown, setShown] = useState(total);

  useEffect(() => {
    const fieldset = box.current?.closest('fieldset');
    if (!fieldset) return;
    const needle = fold(term.trim());
    const apply = () => {
      let count = 0;
      for (const option of fieldset.querySelectorAll<HTMLLabelElement>('.filter-checks > label')) {
        const match = needle === '' || fold(option.textContent).includes(needle);
        option.hidden = !match;
        if (match) count += 1;
      }
      setShown(count);
    };
    apply();
    // A new selection re-renders the options (a ticked one moves to the top): filter them again.
    const observer = new MutationObserver(apply);
    observer.observe(fieldset, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [term, hydrated]);

  useEffect(() => {
    // The form resets its controls when the URL changes from elsewhere (a chip, Back).
    const form = box.current?.form;
    const clear = () => setTerm('');
    form?.addEventListener('reset', clear);
    return () => form?.removeEventListener('reset', clear);
  }, [hydrated]);

  if (!hydrated) return null;
  return (
    <div className="mb-1.5">
      <input
        ref={box}
        type="search"
        value={term}
        onChange={(event) => setTerm(event.target.value)}
        onKeyDown={(event) => {
          // Enter would submit the filter form; here it only means "done typing".
          if (event.key === 'Enter') event.preventDefault();
        }}
        aria-label={`Search ${label} options`}
        placeholder={`Search ${total.toLocaleString('en-US')}…`}
        autoComplete="off"
        className="field"
      />
      <p aria-live="polite" className="text-ink-muted mt-1 text-xs empty:hidden">
        {term.trim() === ''
          ? ''
          : shown === 0
            ? 'No option matches.'
            : `${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} shown`}
      </p>
    </div>
  );
}
