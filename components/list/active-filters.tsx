import { Link } from '@/components/ui/link';

export interface ActiveFilter {
  id: string;
  label: string;
  href: string;
}

/** The filters in effect, each a link to the URL without it, and "Clear all". */
export function ActiveFilters({
  filters,
  clearHref,
}: {
  filters: ActiveFilter[];
  clearHref: string;
}) {
  if (filters.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h2 className="sr-only">Active filters</h2>
      <ul className="flex flex-wrap gap-2">
        {filters.map((f) => (
          <li key={f.id}>
            <Link
              href={f.href}
              prefetch={false}
              aria-label={`Remove filter: ${f.label}`}
              className="border-accent/40 bg-accent-soft text-accent-soft-ink hover:border-accent inline-flex max-w-full items-center gap-1.5 rounded-full border py-1 pr-2 pl-3 text-sm"
            >
              <span className="truncate">{f.label}</span>
              <svg
                aria-hidden="true"
                viewBox="0 0 16 16"
                className="size-3.5 shrink-0"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
              >
                <path d="M4 4l8 8M12 4l-8 8" />
              </svg>
            </Link>
          </li>
        ))}
      </ul>
      {filters.length > 1 ? (
        <Link
          href={clearHref}
          className="text-link px-1 text-sm font-medium underline-offset-2 hover:underline"
        >
          Clear all
        </Link>
      ) : null}
    </div>
  );
}
