import { Link } from '@/components/ui/link';

export interface ViewTab {
  label: string;
  href: string;
  current: boolean;
}

/** Tabs between sibling lists (All / Upcoming / Previous launches), as real links. */
export function ViewTabs({ label, tabs }: { label: string; tabs: ViewTab[] }) {
  return (
    <nav aria-label={label}>
      <ul className="border-line flex gap-1 border-b">
        {tabs.map((tab) => (
          <li key={tab.label}>
            <Link
              href={tab.href}
              aria-current={tab.current ? 'page' : undefined}
              className={`relative inline-flex h-10 items-center px-3 text-sm font-medium after:absolute after:inset-x-2 after:-bottom-px after:h-0.5 after:rounded-full ${
                tab.current
                  ? 'text-ink after:bg-accent'
                  : 'text-ink-muted hover:text-ink after:bg-transparent'
              }`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
