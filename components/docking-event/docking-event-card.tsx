import { CardImage, CardTitle, Facts } from '@/components/list/card-parts';
import { LocalTime } from '@/components/time/local-time';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
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
    <Card as="article" padding="none" interactive className="flex w-full flex-col overflow-hidden">
      <CardImage image={docking.image} fallbackAlt={chaser} icon="station" ratio="2/1" />
      <div className="flex flex-1 flex-col gap-3 p-4">
        <div className="flex flex-wrap items-center gap-2">
          {docking.departure ? (
            <Badge tone="neutral">Departed</Badge>
          ) : docking.docking ? (
            <Badge tone="success" dot>
              Docked
            </Badge>
          ) : null}
        </div>
        <CardTitle href={docking.href}>
          {chaser} <span aria-hidden="true">→</span>
          <span className="sr-only"> docking with </span> {target}
        </CardTitle>
        <Facts
          items={[
            ['Port', docking.port],
            [
              'Docked',
              docking.docking ? <LocalTime iso={docking.docking} relative={false} /> : null,
            ],
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
            ...(detailed
              ? ([
                  [
                    'Chaser',
                    docking.chaser
                      ? `${KIND[docking.chaser.kind]}${docking.chaser.serial ? ` · ${docking.chaser.serial}` : ''}`
                      : null,
                  ],
                  ['Target', docking.target ? KIND[docking.target.kind] : null],
                  ['Launch', docking.launch],
                ] as [string, React.ReactNode][])
              : []),
          ]}
        />
      </div>
    </Card>
  );
}
