'use client';

import { useEffect } from 'react';

/**
 * With JavaScript, opening "More filters" loads them straight away: it presses the section's own
 * submit button, which the form enhancer turns into the URL the GET form would submit
 * (`?filters=all` plus what has been typed). The <details> and its summary stay in place, so focus
 * stays where it was. Only a person opening it (a click, or Enter/Space on the summary) loads;
 * opened before hydration, the section shows the button. Renders nothing.
 */
export function MoreFiltersLoader({ detailsId }: { detailsId: string }) {
  useEffect(() => {
    const details = document.getElementById(detailsId);
    const summary = details?.querySelector('summary');
    const button = details?.querySelector('button[type="submit"]');
    if (!(details instanceof HTMLDetailsElement) || !summary) return;
    if (!(button instanceof HTMLButtonElement)) return;
    const onClick = () => {
      // Still closed while its summary's click is handled: this click opens it.
      if (!details.open) button.form?.requestSubmit(button);
    };
    summary.addEventListener('click', onClick);
    return () => summary.removeEventListener('click', onClick);
  }, [detailsId]);
  return null;
}
