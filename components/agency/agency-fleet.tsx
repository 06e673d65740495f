import { Link } from '@/components/ui/link';
import type { NamedWithLinks } from '@/lib/domain/agency-detail';

/** Rockets or spacecraft the agency builds or flies, each linked to what we know of it. */
export function AgencyFleet({ items }: { items: readonly NamedWithLinks[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="grid gap-2 sm:grid-cols-2">
      {items.map((item) => (
        <li
          key={item.name}
          className="border-line bg-surface shadow-card rounded-xl border px-4 py-3"
        >
          {item.href ? (
            <Link href={item.href} className="text-ink font-medium hover:underline">
              {item.name}
            </Link>
          ) : (
            <span className="text-ink font-medium">{item.name}</span>
          )}
          {item.listHref && item.listLabel ? (
            <Link href={item.listHref} className="text-link mt-0.5 block text-sm hover:underline">
              {item.listLabel}
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
