import { LocalTime } from '@/components/time/local-time';
import { ExternalLink } from '@/components/ui/external-link';
import type { UpdateEntry } from '@/lib/domain/media-links';

/** LL2's update feed, newest first: what changed, who said so, when, and the source. */
export function UpdatesFeed({ updates }: { updates: readonly UpdateEntry[] }) {
  if (updates.length === 0) return null;
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
