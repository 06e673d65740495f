'use client';

import { useEffect, useEffectEvent, useRef } from 'react';
import { cleanListParams } from '@/lib/url/list-params';
import { listHref, type ParamDefaults, type ParamPair } from '@/lib/url/list-url';
import { useListNavigation } from './list-navigation';

const TYPING_DELAY = 300;
const CHOICE_DELAY = 120;

export interface FilterEnhancerProps {
  formId: string;
  route: string;
  defaults: ParamDefaults;
  commaKeys: string[];
  /**
   * The URL the page was rendered for, as the form would write it. When it changes for another
   * reason (a chip, a histogram bar, Back), the form resets to show it.
   */
  current: string;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement && !['checkbox', 'radio'].includes(target.type);
}

/** Whether a control no longer shows what the server rendered: someone used it before hydration. */
function changedBeforeHydration(form: HTMLFormElement): boolean {
  for (const element of form.elements) {
    if (element instanceof HTMLInputElement) {
      const toggled = element.type === 'checkbox' || element.type === 'radio';
      if (
        toggled
          ? element.checked !== element.defaultChecked
          : element.value !== element.defaultValue
      )
        return true;
    } else if (element instanceof HTMLSelectElement) {
      for (const option of element.options)
        if (option.selected !== option.defaultSelected) return true;
    }
  }
  return false;
}

/**
 * Makes the generated GET form live: a change updates the URL (debounced while typing) to the
 * same canonical URL the form would submit, inside a transition so the list dims. Renders nothing.
 */
export function FilterEnhancer({
  formId,
  route,
  defaults,
  commaKeys,
  current,
}: FilterEnhancerProps) {
  const { navigate } = useListNavigation();
  const lastPushed = useRef<string | null>(null);
  const rendered = useRef(current);

  // The button that submitted the form, like a GET form, adds its own name and value ("More
  // filters" asks for `filters=all`).
  const apply = useEffectEvent((form: HTMLFormElement, submitter?: HTMLElement | null) => {
    const entries: ParamPair[] = [];
    for (const [key, value] of new FormData(form, submitter))
      if (typeof value === 'string') entries.push([key, value]);
    const href = listHref(
      route,
      cleanListParams(entries, { defaults, commaKeys: new Set(commaKeys) }).entries,
      defaults,
    );
    if (href === window.location.pathname + window.location.search) return;
    lastPushed.current = href;
    navigate(href, { replace: true });
  });

  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (delay: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => apply(form), delay);
    };
    // Controls outside the <form> element join it with the `form` attribute, so listen on the document.
    // An unnamed control (a filter list's search box) is never part of the URL.
    const ours = (target: EventTarget | null) =>
      (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) &&
      target.form === form &&
      target.name !== '';
    const onInput = (event: Event) => {
      if (ours(event.target) && isTyping(event.target)) schedule(TYPING_DELAY);
    };
    const onChange = (event: Event) => {
      if (ours(event.target) && !isTyping(event.target)) schedule(CHOICE_DELAY);
    };
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      clearTimeout(timer);
      apply(form, event.submitter);
    };
    document.addEventListener('input', onInput);
    document.addEventListener('change', onChange);
    form.addEventListener('submit', onSubmit);
    // A choice made while the page was still loading fired no listener: apply it now.
    if (changedBeforeHydration(form))
      schedule(isTyping(document.activeElement) ? TYPING_DELAY : CHOICE_DELAY);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('input', onInput);
      document.removeEventListener('change', onChange);
      form.removeEventListener('submit', onSubmit);
    };
  }, [formId]);

  // React updates the controls' default values on every render; reset shows them. Never while
  // someone is typing in the form.
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement) || rendered.current === current) return;
    rendered.current = current;
    const active = document.activeElement;
    const typing =
      (active instanceof HTMLInputElement || active instanceof HTMLSelectElement) &&
      active.form === form;
    if (current === lastPushed.current || typing) return;
    form.reset();
    // React leaves an uncontrolled <select> alone when its default changes; each one carries the
    // value the server rendered in data-value.
    for (const element of form.elements) {
      if (element instanceof HTMLSelectElement && element.dataset.value !== undefined)
        element.value = element.dataset.value;
    }
  }, [current, formId]);

  return null;
}
