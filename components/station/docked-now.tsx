import { Link } from '@/components/ui/link';
import { LocalTime } from '@/components/time/local-time';
import type { DockedNowEntry } from '@/lib/domain/space-station-detail';
import { humaniseDuration } from '@/lib/format/duration';

/** Vehicles at the station right now, with their port and how long they have been there. */
export function DockedNow({ entries }: { entries: readonly DockedNowEntry[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {entries.map((e) => (
        <li
          key={e.key}
          className="border-success-line bg-surface shadow-card relative rounded-2xl border p-4"
        >
          <p className="text-ink flex items-center gap-2 font-semibold">
            <span aria-hidden="true" className="bg-success-ink size-2 shrink-0 rounded-full" />
            {e.vehicleLink ? (
              <Link href={e.vehicleLink.href} className="hover:underline">
                {e.vehicle}
              </Link>
            ) : (
              e.vehicle
            )}
          </p>
          <dl className="mt-2 space-y-1 text-sm">
            {e.port ? (
              <div className="flex gap-2">
                <dt className="text-ink-muted">Port</dt>
                <dd className="text-ink">{e.port}</dd>
              </div>
            ) : null}
            {e.since ? (
              <div className="flex gap-2">
                <dt className="text-ink-muted">Since</dt>
                <dd className="text-ink">
                  <LocalTime iso={e.since.iso} precision={e.since.precision} relative={false} />
                </dd>
              </div>
            ) : null}
            {e.elapsedSeconds !== null ? (
              <div className="flex gap-2">
                <dt className="text-ink-muted">Docked for</dt>
                <dd className="text-ink">{humaniseDuration(e.elapsedSeconds)}</dd>
              </div>
            ) : null}
          </dl>
          <Link
            href={e.href}
            className="text-link mt-2 inline-block text-sm font-medium hover:underline"
          >
            Docking details
          </Link>
        </li>
      ))}
    </ul>
  );
}
