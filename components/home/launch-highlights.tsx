import { Link } from '@/components/ui/link';
import { DetailSection } from '@/components/detail/section';
import { EmptyState } from '@/components/ui/empty-state';
import { Notice } from '@/components/ui/notice';
import { getLaunchHighlights, unlessUnavailable } from '@/lib/home/highlights';
import { LaunchTile } from './launch-tile';
import { LiveSectionUnavailable } from './slow-section';

const SHOWN = 4;

/** The next launches, or, when nothing is scheduled in the data, the most recent ones. */
export async function LaunchHighlights() {
  const data = await unlessUnavailable(getLaunchHighlights(SHOWN));
  if (!data) return <LiveSectionUnavailable title="Launches" />;
  const { mode, items, total } = data;
  const upcoming = mode === 'upcoming';
  const [first, ...rest] = items;
  return (
    <DetailSection
      title={upcoming ? 'Next launches' : 'Latest launches'}
      action={
        <Link
          href={upcoming ? '/launches/upcoming' : '/launches/previous'}
          className="text-link font-medium hover:underline"
        >
          {upcoming ? `All ${total.toLocaleString('en-US')} upcoming` : 'All previous launches'}
          <span aria-hidden="true"> →</span>
        </Link>
      }
    >
      {!upcoming && first ? (
        <Notice className="mb-4">
          No upcoming launches in this dataset, so here are the most recent ones.
        </Notice>
      ) : null}
      {first ? (
        <div className="space-y-4">
          <LaunchTile launch={first} featured upcoming={upcoming} />
          {rest.length > 0 ? (
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {rest.map((launch) => (
                <LaunchTile key={launch.id} launch={launch} upcoming={upcoming} />
              ))}
            </ul>
          ) : null}
        </div>
      ) : (
        <EmptyState
          level={3}
          title="No launches yet"
          description="The index has no launches to show."
        />
      )}
    </DetailSection>
  );
}
