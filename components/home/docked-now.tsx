import { Link } from '@/components/ui/link';
import { DetailSection } from '@/components/detail/section';
import { LocalTime } from '@/components/time/local-time';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { snapshotCaveat } from '@/components/layout/data-status';
import { getDockedNow, unlessUnavailable } from '@/lib/home/highlights';
import { LiveSectionUnavailable } from './slow-section';

/** Space stations (and other targets) with who is docked to them right now. */
export async function DockedNow() {
  const [targets, caveat] = await Promise.all([
    unlessUnavailable(getDockedNow()),
    snapshotCaveat(),
  ]);
  if (!targets) return <LiveSectionUnavailable title="Docked now" />;
  return (
    <DetailSection
      title="Docked now"
      description={caveat ?? 'Dockings with no departure yet, from the docking log.'}
      action={
        <Link href="/docking-events" className="text-link font-medium hover:underline">
          Docking timeline<span aria-hidden="true"> →</span>
        </Link>
      }
    >
      {targets.length > 0 ? (
        <ul className="space-y-4">
          {targets.map((target) => (
            <Card as="li" key={target.key} padding="none" className="overflow-hidden">
              <div className="border-line bg-surface-muted/60 flex items-baseline justify-between gap-3 border-b px-4 py-2.5">
                <h3 className="text-ink min-w-0 truncate font-semibold">
                  {target.station ? (
                    <Link href={target.station.href} className="hover:underline">
                      {target.name}
                    </Link>
                  ) : (
                    target.name
                  )}
                </h3>
                <span className="text-ink-muted shrink-0 text-sm">
                  {target.vehicles.length} docked
                </span>
              </div>
              <ul className="divide-line divide-y">
                {target.vehicles.map((v) => (
                  <li
                    key={v.href}
                    className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 px-4 py-2.5"
                  >
                    <div className="min-w-0">
                      <Link
                        href={v.vehicle?.href ?? v.href}
                        className="text-ink font-medium hover:underline"
                      >
                        {v.name}
                      </Link>
                      {/* A docking to a free-flyer names the flyer as its "port"; say it once. */}
                      {v.port && v.port !== target.name ? (
                        <span className="text-ink-muted text-sm"> at {v.port}</span>
                      ) : null}
                    </div>
                    <p className="text-ink-muted text-sm">
                      since <LocalTime iso={v.since} precision="Minute" />
                      {v.vehicle ? (
                        <>
                          {' · '}
                          <Link
                            href={v.href}
                            className="text-link underline decoration-current/40 underline-offset-2 hover:decoration-current"
                          >
                            Docking<span className="sr-only"> of {v.name}</span>
                          </Link>
                        </>
                      ) : null}
                    </p>
                  </li>
                ))}
              </ul>
            </Card>
          ))}
        </ul>
      ) : (
        <EmptyState
          level={3}
          title="Nothing docked right now"
          description="Every docking in the log has a departure time."
        />
      )}
    </DetailSection>
  );
}
