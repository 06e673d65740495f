import { Link } from '@/components/ui/link';
import { DetailSection } from '@/components/detail/section';
import { DataStatus } from '@/components/layout/data-status';
import { getQuickLinks, getResourceCounts, unlessUnavailable } from '@/lib/home/highlights';
import { LiveSectionUnavailable } from './slow-section';

const numberFormat = new Intl.NumberFormat('en-US');

/** A strip of record counts per resource, each a way into its list. */
export async function ByTheNumbers() {
  const data = await unlessUnavailable(getResourceCounts());
  if (!data) return <LiveSectionUnavailable title="By the numbers" />;
  const { counts, status } = data;
  return (
    <DetailSection
      title="By the numbers"
      action={
        <Link
          href="/statistics"
          className="text-link text-sm font-medium underline-offset-2 hover:underline"
        >
          Launch statistics in charts
        </Link>
      }
      description={
        status?.asOf ? (
          <>
            Records in the index. <DataStatus asOf={status.asOf} origin={status.origin} />.
          </>
        ) : (
          'Records in the index.'
        )
      }
    >
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {counts.map((c) => (
          <li key={c.key}>
            <Link
              href={c.href}
              className="border-line bg-surface shadow-card hover:border-line-strong block rounded-xl border px-4 py-3 transition"
            >
              <span className="numeric text-ink block text-2xl font-semibold">
                {numberFormat.format(c.count)}
              </span>
              <span className="text-ink-muted block text-sm">{c.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </DetailSection>
  );
}

/** Shortcuts into filtered lists: launches by year, agencies and events by type. */
export async function QuickLinks() {
  const groups = await unlessUnavailable(getQuickLinks());
  if (!groups) return <LiveSectionUnavailable title="Jump in" />;
  return (
    <DetailSection title="Jump in">
      <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {groups
          .filter((g) => g.links.length > 0)
          .map((group) => (
            <nav key={group.title} aria-label={group.title}>
              <h3 className="text-ink-muted text-xs font-semibold tracking-wide uppercase">
                {group.title}
              </h3>
              <ul className="mt-2 flex flex-wrap gap-2">
                {group.links.map((link) => (
                  <li key={link.href}>
                    <Link
                      href={link.href}
                      className="border-line bg-surface text-ink hover:border-line-strong inline-flex h-8 items-center gap-1.5 rounded-full border px-3 text-sm font-medium"
                    >
                      {link.label}
                      {link.count !== null ? (
                        <span className="text-ink-muted numeric font-normal">
                          {numberFormat.format(link.count)}
                        </span>
                      ) : null}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          ))}
      </div>
    </DetailSection>
  );
}
