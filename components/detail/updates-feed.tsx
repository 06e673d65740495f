import { LocalTime } from '@/components/time/local-time';
import { ExternalLink } from '@/components/ui/external-link';
import type { UpdateEntry } from '@/lib/domain/media-links';

/**
 * LL2's update feed, newest first: what changed, who said so, when, and the source. A busy
 * launch gathers dozens; past `limit` the older ones fold away under a disclosure.
 */
export function UpdatesFeed({
  updates,
  limit = 6,
}: {
  updates: readonly UpdateEntry[];
  limit?: number;
}) {
  if (updates.length === 0) return null;
  const older = updates.slice(limit);
  return (
    <>
      <Entries updates={updates.slice(0, limit)} />
      {older.length ? (
        <details className="mt-4">
          <summary className="text-link cursor-pointer text-sm font-medium">
            {older.length} older {older.length === 1 ? 'update' : 'updates'}
          </summary>
          <div className="mt-4">
            <Entries updates={older} />
          </div>
        </details>
      ) : null}
    </>
  );
}

function Entries({ updates }: { updates: readonly UpdateEntry[] }) {
  return (
    <ol className="border-line relative space-y-5 border-l pl-5">
      {updates.map((u) => (
        <li key={u.key} className="relative">
          <span
            aria-hidden="true"
            className="border-surface bg-accent absolute top-1.5 -left-[1.6rem] size-2.5 rounded-full border-2"
          />
          <p className="text-ink">{u.comment}</p>
          <p className="text-ink-muted mt-1 text-sm">
            {u.createdOn ? (
              <LocalTime iso={u.createdOn.iso} precision={u.createdOn.precision} />
            ) : null}
            {u.createdBy ? <> · by {u.createdBy}</> : null}
            {u.infoUrl ? (
              <>
                {' · '}
                <ExternalLink href={u.infoUrl}>Source</ExternalLink>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
