import { Link } from '@/components/ui/link';
import { resources } from '@/lib/resources';
import { SEARCH_SOURCES } from '@/lib/search/describe';
import { searchPageHref } from '@/lib/search/search';

const EXAMPLES = ['Soyuz', 'Crew Dragon', 'SpaceX', 'Starship', 'Progress MS'];

/** How search works and what to try: shown for an empty query and under "no results". */
export function SearchHelp({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="search-tips" className="space-y-3">
        <Heading id="search-tips" className="text-ink text-base font-semibold">
          Tips
        </Heading>
        <ul className="text-ink-muted list-disc space-y-1.5 pl-5 text-sm">
          <li>Every word must match, in any of the fields searched; case does not matter.</li>
          <li>
            Keep a phrase together with quotes:{' '}
            <code className="text-ink">&quot;crew dragon&quot;</code>.
          </li>
          <li>
            Part of a word is enough: <code className="text-ink">progr</code> finds Progress.
          </li>
        </ul>
        <p className="text-ink-muted text-sm">Try:</p>
        <ul className="flex flex-wrap gap-2">
          {EXAMPLES.map((example) => (
            <li key={example}>
              <Link
                href={searchPageHref(example)}
                className="border-line bg-surface text-ink hover:border-line-strong inline-flex h-8 items-center rounded-full border px-3 text-sm font-medium"
              >
                {example}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="search-scope" className="space-y-3">
        <Heading id="search-scope" className="text-ink text-base font-semibold">
          What is searched
        </Heading>
        <dl className="divide-line border-line bg-surface divide-y rounded-xl border text-sm">
          {SEARCH_SOURCES.map((source) => {
            const def = resources[source.key];
            return (
              <div key={source.key} className="px-4 py-2">
                <dt>
                  <Link href={def.route} className="text-link font-medium hover:underline">
                    {def.plural}
                  </Link>
                </dt>
                <dd className="text-ink-muted">by {source.matches}</dd>
              </div>
            );
          })}
        </dl>
      </section>
    </div>
  );
}
