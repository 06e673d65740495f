import { Link } from '@/components/ui/link';
import { GlobalSearch } from '@/components/search/global-search';
import { searchPageHref } from '@/lib/search/search';

const EXAMPLES = ['Soyuz', 'Crew Dragon', 'SpaceX', 'Baikonur'];

/** The home page's opening: what this is, and a search box big enough to start with. */
export function HomeHero() {
  return (
    <section aria-labelledby="home-title" className="border-line bg-surface relative z-10 border-b">
      {/* Clipped on its own, not by the section, so the search suggestions can hang below. */}
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-0 -z-10 overflow-hidden"
      >
        <svg
          viewBox="0 0 600 600"
          className="text-accent absolute top-1/2 right-[-12rem] hidden h-[36rem] w-[36rem] -translate-y-1/2 opacity-[0.14] md:block lg:right-[-6rem] dark:opacity-25"
          fill="none"
          stroke="currentColor"
        >
          <circle cx="300" cy="300" r="70" strokeWidth="2" />
          <ellipse
            cx="300"
            cy="300"
            rx="250"
            ry="95"
            transform="rotate(-22 300 300)"
            strokeWidth="1.5"
          />
          <ellipse
            cx="300"
            cy="300"
            rx="190"
            ry="150"
            transform="rotate(35 300 300)"
            strokeWidth="1.5"
            strokeDasharray="4 10"
          />
          <circle cx="532" cy="205" r="9" fill="currentColor" />
          <circle cx="165" cy="452" r="6" fill="currentColor" />
        </svg>
      </div>
      <div className="mx-auto max-w-7xl px-4 py-10 sm:px-6 sm:py-14 lg:px-8 lg:py-16">
        <p className="text-accent text-sm font-semibold tracking-widest uppercase">
          Launch Library 2, indexed
        </p>
        <h1
          id="home-title"
          className="text-ink sm:text-display mt-2 text-4xl font-bold tracking-tight"
        >
          Every launch, one index.
        </h1>
        <p className="text-ink-muted mt-3 max-w-2xl text-lg">
          Launches, events, agencies, spacecraft and space stations from The Space Devs’ Launch
          Library 2 — fast to search, easy to browse.
        </p>
        <GlobalSearch
          id="search-hero"
          landmarkLabel="Search the index"
          size="lg"
          className="mt-6 max-w-2xl"
        />
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          <span className="text-ink-muted">Try</span>
          <ul className="contents">
            {EXAMPLES.map((example) => (
              <li key={example}>
                <Link
                  href={searchPageHref(example)}
                  className="border-line bg-surface-muted text-ink hover:border-line-strong inline-flex h-7 items-center rounded-full border px-2.5 font-medium"
                >
                  {example}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
