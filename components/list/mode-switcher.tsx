import { Link } from '@/components/ui/link';
import type { Mode } from '@/lib/resources/types';

const MODES: Record<Mode, { label: string; icon: string }> = {
  list: { label: 'Table', icon: 'M3 5h14M3 10h14M3 15h14' },
  normal: { label: 'Cards', icon: 'M3 3h6v6H3zM11 3h6v6h-6zM3 11h6v6H3zM11 11h6v6h-6z' },
  detailed: { label: 'Detailed', icon: 'M3 3h14v6H3zM3 12h14M3 16h9' },
};

/** LL2's `mode` as a segmented control of links; only the modes the resource has. */
export function ModeSwitcher({
  modes,
  current,
  hrefFor,
}: {
  modes: readonly Mode[];
  current: Mode;
  hrefFor: (mode: Mode) => string;
}) {
  if (modes.length < 2) return null;
  return (
    <nav aria-label="Display mode">
      <p className="text-ink-muted text-xs font-medium" aria-hidden="true">
        View
      </p>
      <ul className="border-ink-subtle/75 bg-surface mt-1 flex h-9 items-stretch rounded-lg border p-0.5">
        {modes.map((mode) => {
          const active = mode === current;
          return (
            <li key={mode} className="flex">
              <Link
                href={hrefFor(mode)}
                prefetch={false}
                aria-current={active ? 'page' : undefined}
                className={`flex items-center gap-1.5 rounded-md px-2.5 text-sm font-medium ${
                  active
                    ? 'bg-accent-soft text-accent-soft-ink'
                    : 'text-ink-muted hover:bg-surface-muted hover:text-ink'
                }`}
              >
                <svg
                  aria-hidden="true"
                  viewBox="0 0 20 20"
                  className="size-4"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="1.75"
                  strokeLinejoin="round"
                >
                  <path d={MODES[mode].icon} />
                </svg>
                <span className="max-sm:sr-only">{MODES[mode].label}</span>
                <span className="sr-only"> view</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
