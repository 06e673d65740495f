import { Link } from '@/components/ui/link';
import { LandingOutcome } from '@/components/launch/launch-vehicles';
import { LocalTime } from '@/components/time/local-time';
import type { FlightSummary } from '@/lib/domain/related-summaries';

/** A spacecraft's flights: launch, destination, time aloft, landing and turnaround. */
export function FlightList({ flights }: { flights: readonly FlightSummary[] }) {
  if (flights.length === 0) return null;
  return (
    <ol className="space-y-3">
      {flights.map((f) => (
        <li key={f.key} className="border-line bg-surface shadow-card rounded-2xl border p-4">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <p className="text-ink font-semibold">
              {f.launch ? (
                <Link href={f.launch.href} className="hover:underline">
                  {f.launch.name}
                </Link>
              ) : (
                `Flight ${f.key}`
              )}
            </p>
            {f.launchDate ? (
              <span className="text-ink-muted text-sm">
                <LocalTime
                  iso={f.launchDate.iso}
                  precision={f.launchDate.precision}
                  relative={false}
                />
              </span>
            ) : null}
          </div>
          <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
            {f.destination ? (
              <div className="flex gap-2">
                <dt className="text-ink-muted">Destination</dt>
                <dd className="text-ink">{f.destination}</dd>
              </div>
            ) : null}
            {f.duration ? (
              <div className="flex gap-2">
                <dt className="text-ink-muted">Time in flight</dt>
                <dd className="text-ink">{f.duration.text}</dd>
              </div>
            ) : null}
            {f.missionEnd ? (
              <div className="flex gap-2">
                <dt className="text-ink-muted">Mission end</dt>
                <dd className="text-ink">
                  <LocalTime iso={f.missionEnd.iso} precision={f.missionEnd.precision} />
                </dd>
              </div>
            ) : null}
            {f.turnaround ? (
              <div className="flex gap-2">
                <dt className="text-ink-muted">Turnaround</dt>
                <dd className="text-ink">{f.turnaround.text}</dd>
              </div>
            ) : null}
          </dl>
          {f.landing ? (
            <div className="mt-2">
              <LandingOutcome landing={f.landing} />
            </div>
          ) : null}
          <Link
            href={f.dockingsHref}
            className="text-link mt-2 inline-block text-sm font-medium hover:underline"
          >
            Dockings on this flight
          </Link>
        </li>
      ))}
    </ol>
  );
}
