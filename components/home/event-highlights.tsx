import { Link } from '@/components/ui/link';
import { DetailSection } from '@/components/detail/section';
import { LocalTime } from '@/components/time/local-time';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { getEventHighlights, unlessUnavailable } from '@/lib/home/highlights';
import { LiveSectionUnavailable } from './slow-section';

const SHOWN = 4;

/** Coming events, or the latest ones when none are scheduled. */
export async function EventHighlights() {
  const data = await unlessUnavailable(getEventHighlights(SHOWN));
  if (!data) return <LiveSectionUnavailable title="Events" />;
  const { mode, items } = data;
  const upcoming = mode === 'upcoming';
  return (
    <DetailSection
      title={upcoming ? 'Coming up' : 'Latest events'}
      description={
        upcoming ? undefined : 'No events are scheduled in this dataset; these are the most recent.'
      }
      action={
        <Link href="/events" className="text-link font-medium hover:underline">
          All events<span aria-hidden="true"> →</span>
        </Link>
      }
    >
      {items.length > 0 ? (
        <ul className="divide-line border-line bg-surface shadow-card divide-y overflow-hidden rounded-2xl border">
          {items.map((event) => (
            <li
              key={event.id}
              className="hover:bg-surface-muted has-[a:focus-visible]:outline-ring relative px-4 py-3 has-[a:focus-visible]:outline-2 has-[a:focus-visible]:-outline-offset-2 [&_a:focus-visible]:outline-none"
            >
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                {event.type ? <Badge tone="info">{event.type}</Badge> : null}
                <span className="text-ink-muted text-sm">
                  <LocalTime iso={event.date} precision={event.datePrecision} />
                </span>
              </div>
              <Link
                href={event.href}
                className="text-ink mt-1 block font-semibold after:absolute after:inset-0"
              >
                {event.name}
              </Link>
              {event.location && event.location !== 'None' ? (
                <p className="text-ink-muted truncate text-sm">{event.location}</p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState
          level={3}
          title="No events yet"
          description="The index has no events to show."
        />
      )}
    </DetailSection>
  );
}
