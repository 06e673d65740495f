import { Blurb, CardImage, CardTitle, Facts, formatCount } from '@/components/list/card-parts';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { humaniseDuration } from '@/lib/format/duration';
import { durationSeconds } from '@/lib/ll2/read';
import { statusTone } from '@/lib/format/status';
import type { SpacecraftSummary } from '@/lib/domain/spacecraft';

/** "372 days 14 h"; nothing for a missing or zero duration (LL2 writes P0D for never). */
function positiveDuration(iso: string | null): string | null {
  const seconds = durationSeconds(iso);
  return seconds !== null && seconds > 0 ? humaniseDuration(seconds) : null;
}

/** A spacecraft in a list: picture, status, configuration, serial, flights, time in space. */
export function SpacecraftCard({
  craft,
  detailed = false,
}: {
  craft: SpacecraftSummary;
  detailed?: boolean;
}) {
  const config = craft.config;
  return (
    <Card as="article" padding="none" interactive className="flex w-full flex-col overflow-hidden">
      <CardImage image={craft.image} fallbackAlt={craft.name} icon="spacecraft" />
      <div className="flex flex-1 flex-col gap-3 p-4">
        <div className="flex flex-wrap items-center gap-2">
          {craft.status ? (
            <Badge tone={statusTone(craft.status.name)} dot>
              {craft.status.name}
            </Badge>
          ) : null}
          {craft.inSpace ? (
            <Badge tone="info" dot>
              In space
            </Badge>
          ) : null}
          {craft.isPlaceholder ? <Badge>Placeholder</Badge> : null}
        </div>
        <CardTitle href={craft.href}>{craft.name}</CardTitle>
        <Facts
          items={[
            [
              'Configuration',
              config ? [config.name, config.type].filter(Boolean).join(' · ') : null,
            ],
            ['Serial', craft.serialNumber],
            ['Flights', formatCount(craft.flightsCount)],
            ['In space', positiveDuration(craft.timeInSpace)],
            ...(detailed
              ? ([
                  ['Docked', positiveDuration(craft.timeDocked)],
                  ['Mission ends', formatCount(craft.missionEndsCount)],
                  ['Agency', config?.agency ?? null],
                ] as [string, React.ReactNode][])
              : []),
          ]}
        />
        {detailed ? <Blurb text={craft.description} /> : null}
      </div>
    </Card>
  );
}
