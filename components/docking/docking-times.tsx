import { Link } from '@/components/ui/link';
import { Facts } from '@/components/detail/facts';
import { LocalTime } from '@/components/time/local-time';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { DockingEventDetail } from '@/lib/domain/docking-event-detail';
import { humaniseDuration } from '@/lib/format/duration';

/** Port, docking and departure times, and how long it stayed (or has stayed so far). */
export function DockingTimes({ docking: d }: { docking: DockingEventDetail }) {
  const stayed = d.durationSeconds !== null ? humaniseDuration(d.durationSeconds) : null;
  return (
    <Card>
      <Facts
        facts={[
          {
            label: 'Docking port',
            value: d.port ? (
              d.port.dockingsHref ? (
                <Link
                  href={d.port.dockingsHref}
                  className="text-link hover:underline"
                  title="All dockings at this port"
                >
                  {d.port.name}
                </Link>
              ) : (
                d.port.name
              )
            ) : null,
          },
          {
            label: 'Port on',
            value: d.port?.station ? (
              <Link href={d.port.station.href} className="text-link hover:underline">
                {d.port.station.name}
              </Link>
            ) : null,
          },
          {
            label: d.upcoming ? 'Docking planned' : 'Docked',
            value: d.docking ? (
              <LocalTime iso={d.docking.iso} precision={d.docking.precision} />
            ) : (
              'Unknown'
            ),
          },
          {
            label:
              d.departure && !d.departed
                ? 'Departure planned'
                : d.dockedNow
                  ? 'Departure'
                  : 'Departed',
            value: d.departure ? (
              <LocalTime iso={d.departure.iso} precision={d.departure.precision} />
            ) : d.dockedNow ? (
              <Badge tone="success" dot>
                Still docked
              </Badge>
            ) : null,
          },
          {
            label: d.dockedNow ? 'Docked for' : 'Time docked',
            value: stayed ? (d.dockedNow ? `${stayed} so far` : stayed) : null,
          },
        ]}
      />
    </Card>
  );
}
