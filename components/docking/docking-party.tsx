import { Link } from '@/components/ui/link';
import { LandingOutcome } from '@/components/launch/launch-vehicles';
import { LocalTime } from '@/components/time/local-time';
import type { DockingParty } from '@/lib/domain/docking-event-detail';

const KIND_LABEL = {
  spacecraft: 'Spacecraft',
  payload: 'Payload',
  station: 'Space station',
} as const;

/** One side of a docking: the chaser or the target, with its flight when it has one. */
export function DockingPartyCard({
  role,
  party,
}: {
  role: 'Chaser' | 'Target';
  party: DockingParty;
}) {
  const flight = party.flight;
  return (
    <div className="border-line bg-surface shadow-card h-full rounded-2xl border">
      <div className="p-5">
        <p className="text-ink-muted text-xs font-semibold tracking-wide uppercase">
          {role} · {KIND_LABEL[party.kind]}
        </p>
        <p className="text-ink mt-1 text-lg font-semibold">
          {party.link ? (
            <Link href={party.link.href} className="hover:underline">
              {party.name}
            </Link>
          ) : (
            party.name
          )}
        </p>
        {party.detail ? <p className="text-ink-muted text-sm">{party.detail}</p> : null}
        {flight ? (
          <dl className="mt-4 space-y-2 text-sm">
            {flight.launch ? (
              <div>
                <dt className="text-ink-muted">Launched on</dt>
                <dd>
                  <Link href={flight.launch.href} className="text-link font-medium hover:underline">
                    {flight.launch.name}
                  </Link>
                </dd>
              </div>
            ) : null}
            {flight.destination ? (
              <div>
                <dt className="text-ink-muted">Destination</dt>
                <dd className="text-ink">{flight.destination}</dd>
              </div>
            ) : null}
            {flight.landing ? (
              <div>
                <dt className="text-ink-muted">Landing</dt>
                <dd>
                  <LandingOutcome landing={flight.landing} />
                </dd>
              </div>
            ) : null}
            {flight.missionEnd ? (
              <div>
                <dt className="text-ink-muted">Mission end</dt>
                <dd className="text-ink">
                  <LocalTime iso={flight.missionEnd.iso} precision={flight.missionEnd.precision} />
                </dd>
              </div>
            ) : null}
            {flight.duration ? (
              <div>
                <dt className="text-ink-muted">Flight duration</dt>
                <dd className="text-ink">{flight.duration.text}</dd>
              </div>
            ) : null}
          </dl>
        ) : null}
        {flight?.dockingsHref ? (
          <Link
            href={flight.dockingsHref}
            className="text-link mt-4 inline-block text-sm font-medium hover:underline"
          >
            All dockings on this flight
          </Link>
        ) : null}
      </div>
    </div>
  );
}
