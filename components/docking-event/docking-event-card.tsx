import { ResourceCard } from '@/components/list/resource-card';
import { LocalTime } from '@/components/time/local-time';
import { Badge } from '@/components/ui/badge';
import { humaniseDuration } from '@/lib/format/duration';
import type { DockingEventSummary } from '@/lib/domain/docking-event';

const KIND = { spacecraft: 'Spacecraft', payload: 'Payload', station: 'Station' } as const;

/** A docking in a list: chaser → target, port, docking and departure, how long it stayed. */
export function DockingEventCard({
  docking,
  detailed = false,
}: {
  docking: DockingEventSummary;
  detailed?: boolean;
}) {
  const chaser = docking.chaser?.name ?? 'Unknown vehicle';
  const target = docking.target?.name ?? 'Unknown target';
  return (
    <ResourceCard
      image={{ image: docking.image, fallbackAlt: chaser, icon: 'station', ratio: '2/1' }}
      badges={
        docking.departure ? (
          <Badge tone="neutral">Departed</Badge>
        ) : docking.docking ? (
          <Badge tone="success" dot>
            Docked
          </Badge>
        ) : null
      }
      href={docking.href}
      title={
        <>
          {chaser} <span aria-hidden="true">→</span>
          <span className="sr-only"> docking with </span> {target}
        </>
      }
      facts={[
        ['Port', docking.port],
        ['Docked', docking.docking ? <LocalTime iso={docking.docking} relative={false} /> : null],
        [
          'Departed',
          docking.departure ? (
            <LocalTime iso={docking.departure} relative={false} />
          ) : docking.docking ? (
            'Still docked'
          ) : null,
        ],
        [
          'Stayed',
          docking.durationSeconds !== null ? humaniseDuration(docking.durationSeconds) : null,
        ],
      ]}
      detailed={detailed}
      more={[
        [
          'Chaser',
          docking.chaser
            ? `${KIND[docking.chaser.kind]}${docking.chaser.serial ? ` · ${docking.chaser.serial}` : ''}`
            : null,
        ],
        ['Target', docking.target ? KIND[docking.target.kind] : null],
        ['Launch', docking.launch],
      ]}
    />
  );
}
