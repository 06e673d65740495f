import { Link } from '@/components/ui/link';
import { EmptyState } from '@/components/ui/empty-state';
import type { SearchGroup } from '@/lib/search/types';
import { Highlighted } from './highlighted';
import { SearchHelp } from './search-help';

const numberFormat = new Intl.NumberFormat('en-US');

function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function GroupSection({ group, q }: { group: SearchGroup; q: string }) {
  const headingId = `results-${group.resource}`;
  const more = group.total > group.items.length;
  return (
    <section aria-labelledby={headingId} className="scroll-mt-32 space-y-3" id={group.resource}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={headingId} className="text-ink text-lg font-semibold">
          {group.label}{' '}
          <span className="text-ink-muted numeric text-base font-normal">
            ({numberFormat.format(group.total)})
          </span>
        </h2>
        <Link href={group.href} className="text-link text-sm font-medium hover:underline">
          {more
            ? `See all ${numberFormat.format(group.total)} ${group.label.toLowerCase()}`
            : `Open in ${group.label.toLowerCase()}`}
          <span aria-hidden="true"> →</span>
        </Link>
      </div>
      <ol className="divide-line border-line bg-surface shadow-card divide-y overflow-hidden rounded-xl border">
        {group.items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className="hover:bg-surface-muted block px-4 py-3 focus-visible:-outline-offset-2"
            >
              <span className="text-ink block font-medium">
                <Highlighted text={item.title} term={q} />
              </span>
              {item.subtitle ? (
                <span className="text-ink-muted mt-0.5 block text-sm">{item.subtitle}</span>
              ) : null}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Full results for `q`: a count and the top matches of each resource, with links to the rest. */
export function SearchResults({ q, groups }: { q: string; groups: readonly SearchGroup[] }) {
  const found = groups.filter((g) => g.total > 0);
  const missing = groups.filter((g) => g.total === 0).map((g) => g.label);
  const total = found.reduce((sum, g) => sum + g.total, 0);

  if (found.length === 0) {
    return (
      <div className="space-y-10">
        <EmptyState
          title={`No results for “${q}”`}
          description="Nothing in the index matches every word. Check the spelling, use fewer words, or try part of a name."
        />
        <SearchHelp />
      </div>
    );
  }

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <p className="text-ink-muted" role="status">
          <span className="text-ink numeric font-semibold">{numberFormat.format(total)}</span>{' '}
          {total === 1 ? 'result' : 'results'} for “<span className="text-ink">{q}</span>” in{' '}
          {found.length} {found.length === 1 ? 'section' : 'sections'}.
        </p>
        <nav aria-label="Result sections">
          <ul className="flex flex-wrap gap-2">
            {found.map((g) => (
              <li key={g.resource}>
                <a
                  href={`#${g.resource}`}
                  className="border-line bg-surface text-ink hover:border-line-strong inline-flex h-8 items-center gap-1.5 rounded-full border px-3 text-sm font-medium"
                >
                  {g.label}
                  <span className="text-ink-muted numeric">{numberFormat.format(g.total)}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {found.map((group) => (
        <GroupSection key={group.resource} group={group} q={q} />
      ))}
      {missing.length > 0 ? (
        <p className="text-ink-muted border-line border-t pt-4 text-sm">
          No matches in {listNames(missing)}.
        </p>
      ) : null}
    </div>
  );
}
