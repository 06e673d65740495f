import { Link } from '@/components/ui/link';
import { GlobalSearch } from '@/components/search/global-search';
import { ThemeToggle } from '@/components/theme/theme-toggle';
import { TimeZoneSwitcher } from '@/components/time/time-zone-switcher';
import { LogoMark } from './logo';
import { NavLink } from './nav-link';
import { NAV_ITEMS } from './nav-items';

/**
 * Two rows on wide screens (brand, search, theme / section tabs, time zone); on phones a
 * <details> menu, which opens and closes without JavaScript.
 */
export function SiteHeader() {
  return (
    <header className="border-line bg-surface/85 supports-[backdrop-filter]:bg-surface/75 sticky top-0 z-40 border-b backdrop-blur">
      <div className="relative mx-auto flex h-14 max-w-7xl items-center gap-4 px-4 sm:px-6 lg:px-8">
        <Link
          href="/"
          className="text-ink flex shrink-0 items-center gap-2 rounded-md"
          aria-label="Orbit Index, home"
        >
          <LogoMark />
          <span className="text-[1.0625rem] font-semibold tracking-tight">
            Orbit<span className="text-ink-muted"> Index</span>
          </span>
        </Link>

        <GlobalSearch id="search-desktop" className="ml-4 hidden max-w-md flex-1 md:block" />

        <div className="ml-auto flex items-center gap-3">
          <ThemeToggle />
          <details className="group md:hidden">
            <summary className="border-line bg-surface text-ink shadow-card flex h-9 list-none items-center gap-2 rounded-lg border px-3 text-sm font-medium">
              <svg
                aria-hidden="true"
                viewBox="0 0 24 24"
                className="size-4"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
              >
                <path d="M4 7h16M4 12h16M4 17h16" className="group-open:hidden" />
                <path d="M6 6l12 12M18 6 6 18" className="hidden group-open:block" />
              </svg>
              <span>Menu</span>
            </summary>
            <div className="border-line bg-surface shadow-raised absolute inset-x-0 top-full max-h-[calc(100dvh-3.5rem)] overflow-y-auto border-b px-4 pt-4 pb-6">
              <GlobalSearch id="search-mobile" landmarkLabel="Site search (menu)" />
              <nav aria-label="Sections (menu)" className="mt-4">
                <ul className="grid gap-1">
                  {NAV_ITEMS.map((item) => (
                    <li key={item.href}>
                      <NavLink href={item.href} variant="menu">
                        {item.label}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </nav>
              <TimeZoneSwitcher className="border-line mt-4 border-t pt-4" />
            </div>
          </details>
        </div>
      </div>

      <nav aria-label="Sections" className="border-line hidden border-t md:block">
        <ul className="mx-auto flex max-w-7xl items-center gap-1 overflow-x-auto px-2 sm:px-3 lg:px-5">
          {NAV_ITEMS.map((item) => (
            <li key={item.href}>
              <NavLink href={item.href}>{item.label}</NavLink>
            </li>
          ))}
          {/* One switcher for every wide layout (each copy is a client component to hydrate). */}
          <li className="ml-auto">
            <TimeZoneSwitcher />
          </li>
        </ul>
      </nav>
    </header>
  );
}
