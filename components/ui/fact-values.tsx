import type { ReactNode } from 'react';
import { LocalTime } from '@/components/time/local-time';
import { Link } from '@/components/ui/link';

/*
 * Values for label/value facts (the list cards' and the detail pages'). Each gives null for an
 * unknown value, and a fact whose value is null is left out.
 */

export function yesNo(value: boolean | null): string | null {
  return value === null ? null : value ? 'Yes' : 'No';
}

/** A calendar day in the reader's zone. */
export function dayFact(iso: string | null | undefined): ReactNode {
  return iso ? <LocalTime iso={iso} precision="Day" relative={false} /> : null;
}

/** "A, B, C"; null for an empty list. */
export function listFact(items: readonly string[]): string | null {
  return items.length > 0 ? items.join(', ') : null;
}

/** A link to a related record on this site. */
export function linkFact(ref: { href: string; name: string } | null | undefined): ReactNode {
  return ref ? (
    <Link href={ref.href} className="text-link hover:underline">
      {ref.name}
    </Link>
  ) : null;
}
