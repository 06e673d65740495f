import { Link } from '@/components/ui/link';
import { Badge } from '@/components/ui/badge';
import type { LaunchBooster, LaunchSpacecraft } from '@/lib/domain/launch-detail';
import type { RecordLink } from '@/lib/domain/detail-shared';
import type { LandingSummary } from '@/lib/domain/related-summaries';

export function LandingOutcome({ landing }: { landing: LandingSummary }) {
  const outcome =
    landing.success === true ? (
      <Badge tone="success" dot>
        Landed
      </Badge>
    ) : landing.success === false ? (
      <Badge tone="failure" dot>
        Landing failed
      </Badge>
    ) : landing.attempted === false ? (
      <Badge>No landing attempt</Badge>
    ) : (
      <Badge tone="pending" dot>
        Outcome pending
      </Badge>
    );
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {outcome}
      <span className="text-ink-muted text-sm">
        {[landing.type, landing.location].filter(Boolean).join(' · ')}
      </span>
    </span>
  );
}

/** How a first stage came back, and near which landing site. */
export function StageLanding({
  landing,
  site,
}: {
  landing: LandingSummary;
  site: RecordLink | null;
}) {
  return (
    <>
      <LandingOutcome landing={landing} />
      {site ? (
        <span className="text-ink-muted">
          {' '}
          · near{' '}
          <Link href={site.href} className="text-link underline underline-offset-2">
            {site.name}
          </Link>
        </span>
      ) : null}
    </>
  );
}

/** First stages (serial, flight number, landing) and the spacecraft the rocket carried. */
export function LaunchVehicles({
  boosters,
  spacecraft,
}: {
  boosters: readonly LaunchBooster[];
  spacecraft: readonly LaunchSpacecraft[];
}) {
  return (
    <ul className="space-y-3">
      {boosters.map((b) => (
        <li key={b.key} className="border-line bg-surface shadow-card rounded-xl border px-4 py-3">
          <p className="text-ink font-medium">
            Booster{' '}
            {b.link ? (
              <Link href={b.link.href} className="text-link underline underline-offset-2">
                {b.serial ?? b.link.name}
              </Link>
            ) : (
              (b.serial ?? 'serial unknown')
            )}
            {b.flightNumber !== null ? (
              <span className="text-ink-muted font-normal"> · flight {b.flightNumber}</span>
            ) : null}
            {b.reused ? <span className="text-ink-muted font-normal"> · reused</span> : null}
            {b.turnaround ? (
              <span className="text-ink-muted font-normal">
                {' '}
                · {b.turnaround.text} after its previous flight
              </span>
            ) : null}
          </p>
          {b.landing ? (
            <div className="mt-1.5 text-sm">
              <StageLanding landing={b.landing} site={b.landingSite} />
            </div>
          ) : (
            <p className="text-ink-muted mt-1.5 text-sm">No landing recorded</p>
          )}
        </li>
      ))}
      {spacecraft.map((s) => (
        <li key={s.key} className="border-line bg-surface shadow-card rounded-xl border px-4 py-3">
          <p className="text-ink font-medium">
            {s.spacecraft ? (
              <Link href={s.spacecraft.href} className="text-link hover:underline">
                {s.spacecraft.name}
              </Link>
            ) : (
              'Spacecraft'
            )}
            {s.destination ? (
              <span className="text-ink-muted font-normal"> · to {s.destination}</span>
            ) : null}
          </p>
          {s.crew.length ? (
            <p className="text-ink-muted mt-1 text-sm">Crew: {s.crew.join(', ')}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
