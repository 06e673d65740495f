'use client';

import { groupThousands } from '@/lib/format/group-thousands';

/** One checkbox of a filter list: its value, its label and how many records have it (0: none shown). */
export type CheckOption = readonly [value: string, label: string, count: number];

/**
 * A filter's checkboxes, rendered from compact data. The server renders the same markup into the
 * HTML (so the form is complete without JavaScript); as a client component, the RSC payload carries
 * each option as `["value","label",count]` instead of its markup: a hundred launch providers and
 * sixty rockets were half a list page's elements, and each sent twice made every render dearer.
 */
export function CheckList({
  param,
  options,
  checked,
  whole = false,
}: {
  param: string;
  options: readonly CheckOption[];
  /** The values among `options` that are ticked. */
  checked: readonly string[];
  /** The list is short enough to show without its own scroll box. */
  whole?: boolean;
}) {
  return (
    <div className={whole ? 'filter-checks max-h-none' : 'filter-checks'}>
      {options.map(([value, label, count]) => (
        <label key={value}>
          <input
            type="checkbox"
            name={param}
            value={value}
            defaultChecked={checked.includes(value)}
          />
          {label}
          {count ? <span>{groupThousands(count)}</span> : null}
        </label>
      ))}
    </div>
  );
}
