import { StageLanding } from '@/components/launch/launch-vehicles';
import { LocalTime } from '@/components/time/local-time';
import { Badge } from '@/components/ui/badge';
import { Link } from '@/components/ui/link';
import type { BoosterFlight } from '@/lib/domain/booster-detail';

/**
 * A booster's flights, oldest first: each launch, the time since the flight before, and how the
 * booster came back (landing attempt, zone and outcome). A list, not a table, so each flight
 * reads as one sentence on a phone too.
 */
export function BoosterFlights({ flights }: { flights: readonly BoosterFlight[] }) {
  return (
    <ol className="space-y-3">
      {flights.map((f, i) => (
        <li key={f.key} className="border-line bg-surface shadow-card rounded-xl border px-4 py-3">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
            <p className="text-ink font-medium">
              <span className="text-ink-muted font-normal">
                Flight {f.flightNumber ?? i + 1}
                {' · '}
              </span>
              {f.launch ? (
                <Link href={f.launch.href} className="text-link underline underline-offset-2">
                  {f.launch.name}
                </Link>
              ) : (
                'Launch'
              )}
            </p>
            {f.launchStatus ? (
              <Badge tone={f.launchStatus.tone} dot>
                {f.launchStatus.name}
              </Badge>
            ) : null}
          </div>
          <p className="text-ink-muted mt-1 text-sm">
            {f.net ? (
              <LocalTime iso={f.net.iso} precision={f.net.precision} relative={false} />
            ) : (
              'Date unknown'
            )}
            {f.turnaround ? (
              <> · {f.turnaround.text} after its previous flight</>
            ) : i === 0 ? (
              ' · first flight'
            ) : null}
          </p>
          <div className="mt-1.5 text-sm">
            {f.landing ? (
              <>
                <StageLanding landing={f.landing} site={f.landingSite} />
                {f.landing.description ? (
                  <p className="text-ink-muted mt-1">{f.landing.description}</p>
                ) : null}
              </>
            ) : (
              <span className="text-ink-muted">No landing recorded</span>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
