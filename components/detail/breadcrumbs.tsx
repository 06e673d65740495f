import { Link } from '@/components/ui/link';
import type { Crumb } from '@/lib/domain/detail-shared';

/** Home › Agencies › SpaceX. The last crumb is the current page. */
export function Breadcrumbs({ crumbs }: { crumbs: readonly Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="text-ink-muted flex flex-wrap items-center gap-x-1.5 gap-y-1">
        {crumbs.map((crumb, i) => {
          const last = i === crumbs.length - 1;
          return (
            <li key={crumb.href} className="flex min-w-0 items-center gap-1.5">
              {i > 0 ? (
                <svg
                  aria-hidden="true"
                  viewBox="0 0 16 16"
                  className="text-ink-subtle size-3 shrink-0"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinecap="round"
                  strokeLinejoin="round"
                >
                  <path d="m6 3 5 5-5 5" />
                </svg>
              ) : null}
              {last ? (
                <span
                  aria-current="page"
                  className="text-ink max-w-[16rem] truncate font-medium sm:max-w-md"
                >
                  {crumb.name}
                </span>
              ) : (
                <Link href={crumb.href} className="hover:text-ink rounded hover:underline">
                  {crumb.name}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
