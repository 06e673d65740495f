import { Link } from '@/components/ui/link';
import { dataStatus } from '@/lib/data';
import { DataStatus } from './data-status';
import { LogoMark } from './logo';
import { NAV_ITEMS } from './nav-items';

const linkClass = 'text-ink-muted hover:text-ink underline-offset-2 hover:underline';

export async function SiteFooter() {
  // The footer reads how current the data is itself, so every page shows it without plumbing.
  const status = await dataStatus().catch(() => null);
  return (
    <footer className="border-line bg-surface mt-16 border-t">
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-10 sm:px-6 md:grid-cols-[2fr_1fr_1fr] lg:px-8">
        <div className="max-w-md">
          <p className="text-ink flex items-center gap-2 font-semibold">
            <LogoMark className="size-6" />
            Orbit Index
          </p>
          <p className="text-ink-muted mt-3 text-sm">
            Launches, events, agencies and spacecraft from{' '}
            <a
              href="https://thespacedevs.com"
              rel="noopener noreferrer"
              className="text-link font-medium underline underline-offset-2"
            >
              The Space Devs
            </a>
            ’ Launch Library 2. Orbit Index is an independent project and is not affiliated with The
            Space Devs.
          </p>
          {status?.asOf ? (
            <p className="text-ink-muted mt-3 text-sm">
              <DataStatus asOf={status.asOf} origin={status.origin} />.
            </p>
          ) : null}
        </div>
        <nav aria-label="Browse">
          <h2 className="text-ink text-xs font-semibold tracking-wide uppercase">Browse</h2>
          <ul className="mt-3 grid gap-2 text-sm">
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className={linkClass}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div>
          <h2 className="text-ink text-xs font-semibold tracking-wide uppercase">Data</h2>
          <ul className="mt-3 grid gap-2 text-sm">
            <li>
              {/* A JSON endpoint, not a page: a plain link so Next does not prefetch it. */}
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
              <a href="/api/2.3.0/" className={linkClass}>
                API (LL2 2.3.0 compatible)
              </a>
            </li>
            <li>
              <Link href="/docs/api" className={linkClass}>
                API documentation
              </Link>
            </li>
            <li>
              <a href="https://thespacedevs.com" rel="noopener noreferrer" className={linkClass}>
                Data source: Launch Library 2
              </a>
            </li>
            <li>
              <Link href="/search" className={linkClass}>
                Search
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
